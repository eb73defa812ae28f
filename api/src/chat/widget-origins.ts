import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LRUCache } from 'lru-cache';
import type { Repository } from 'typeorm';
import { WidgetSiteEntity } from './entities/widget-site.entity';

/** The routes a widget calls from the retailer's pages, cross-origin. */
const WIDGET_PATHS = /^\/api\/v1\/(chat\/|uploads(\/|$)|faq(\/|$)|products(\/|$))/;

/**
 * Which page origins may call the widget's routes from a browser: those of an
 * active widget site. Answers are cached briefly: a preflight comes before
 * most widget calls, and a site change shows within seconds.
 */
@Injectable()
export class WidgetOrigins {
  private readonly cache = new LRUCache<string, boolean>({ max: 1000, ttl: 30_000 });

  constructor(
    @InjectRepository(WidgetSiteEntity) private readonly sites: Repository<WidgetSiteEntity>,
  ) {}

  static isWidgetPath(path: string): boolean {
    return WIDGET_PATHS.test(path);
  }

  async allows(origin: string): Promise<boolean> {
    const cached = this.cache.get(origin);
    if (cached !== undefined) return cached;
    const allowed = await this.sites
      .createQueryBuilder('s')
      .where('s.active AND :origin = ANY(s.allowed_origins)', { origin })
      .getExists();
    this.cache.set(origin, allowed);
    return allowed;
  }
}
