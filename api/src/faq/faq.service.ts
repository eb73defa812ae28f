import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { NotFoundError } from '../common/problem/domain-error';
import { foldAccents } from '../common/text/fold';
import type { FaqQuery, FaqView } from './dto/faq.dto';
import { FaqEntryEntity } from './entities/faq-entry.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toView(e: FaqEntryEntity, locale: 'fr' | 'en'): FaqView {
  const en = locale === 'en' && e.questionEn && e.answerEn;
  return {
    id: e.id,
    slug: e.slug,
    category: e.category,
    question: en ? e.questionEn : e.question,
    answer: en ? e.answerEn : e.answer,
    usefulCount: e.usefulCount,
    notUsefulCount: e.notUsefulCount,
  };
}

@Injectable()
export class FaqService {
  constructor(@InjectRepository(FaqEntryEntity) private readonly faq: Repository<FaqEntryEntity>) {}

  /**
   * Best answers first. Any matching word counts (questions are short and
   * phrased in many ways); entries voted useful rank a little higher.
   */
  async search(query: FaqQuery): Promise<FaqView[]> {
    const qb = this.faq.createQueryBuilder('f');
    if (query.category) qb.andWhere('f.category = :category', { category: query.category });
    const words = foldAccents(query.q ?? '')
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 2)
      .slice(0, 20);
    if (words.length > 0) {
      const tsq = words.join(' | ');
      qb.andWhere("f.search_vector @@ to_tsquery('fr_unaccent', :tsq)", { tsq })
        .orderBy(
          "ts_rank(f.search_vector, to_tsquery('fr_unaccent', :tsq)) * (1 + 0.1 * ln(2 + f.useful_count) - 0.1 * ln(2 + f.not_useful_count))",
          'DESC',
        )
        .limit(10);
    } else {
      qb.orderBy('f.category').addOrderBy('f.slug');
    }
    const entries = await qb.getMany();
    return entries.map((e) => toView(e, query.locale ?? 'fr'));
  }

  async vote(id: string, useful: boolean): Promise<FaqView> {
    if (!UUID.test(id)) throw new NotFoundError('No such FAQ entry.');
    return this.faq.manager.transaction(async (manager) => {
      const column = useful ? 'useful_count' : 'not_useful_count';
      const updated = await manager.query<[unknown[], number]>(
        `UPDATE faq_entry SET ${column} = ${column} + 1 WHERE id = $1`,
        [id],
      );
      if (updated[1] === 0) throw new NotFoundError('No such FAQ entry.');
      await manager.query('INSERT INTO faq_vote (faq_id, useful) VALUES ($1, $2)', [id, useful]);
      const entry = await manager.getRepository(FaqEntryEntity).findOneByOrFail({ id });
      return toView(entry, 'fr');
    });
  }
}
