import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { Repository } from 'typeorm';
import { InvalidInputError, NotFoundError } from '../common/problem/domain-error';
import type { SiteGreeting } from './domain/greeting';
import type {
  CreateWidgetSiteBody,
  UpdateWidgetSiteBody,
  WidgetSiteView,
} from './dto/widget-site.dto';
import { type WidgetTheme, WidgetSiteEntity } from './entities/widget-site.entity';
import { OpenSessions } from './open-sessions';

/** `site_` + 24 url-safe characters (18 random bytes). */
function newSiteKey(): string {
  return `site_${randomBytes(18).toString('base64url')}`;
}

function toView(site: WidgetSiteEntity): WidgetSiteView {
  return {
    id: site.id,
    siteKey: site.siteKey,
    name: site.name,
    allowedOrigins: site.allowedOrigins,
    theme: site.theme,
    greeting: site.greeting,
    active: site.active,
    createdAt: site.createdAt.toISOString(),
    updatedAt: site.updatedAt.toISOString(),
  };
}

/** Drops the keys a validated nested DTO left undefined, so jsonb holds only what was set. */
function compact<T extends object>(value: T | undefined): T {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== undefined)) as T;
}

/** A site as the seed declares it. */
export interface WidgetSiteSeed {
  siteKey: string;
  name: string;
  allowedOrigins: string[];
  theme?: WidgetTheme;
  greeting?: SiteGreeting;
}

/** The web sites the chat widget is embedded on (administration). */
@Injectable()
export class WidgetSitesService {
  constructor(
    @InjectRepository(WidgetSiteEntity) private readonly sites: Repository<WidgetSiteEntity>,
    private readonly openSessions: OpenSessions,
  ) {}

  async list(): Promise<WidgetSiteView[]> {
    const sites = await this.sites.find({ order: { createdAt: 'ASC', id: 'ASC' } });
    return sites.map(toView);
  }

  async create(input: CreateWidgetSiteBody): Promise<WidgetSiteView> {
    const site = await this.sites.save(
      this.sites.create({
        siteKey: newSiteKey(),
        name: input.name.trim(),
        allowedOrigins: input.allowedOrigins,
        theme: compact(input.theme),
        greeting: compact(input.greeting),
        active: input.active ?? true,
      }),
    );
    return toView(await this.sites.findOneByOrFail({ id: site.id }));
  }

  /** Changes only the fields given; theme and greeting are replaced as a whole. */
  async update(id: string, input: UpdateWidgetSiteBody): Promise<WidgetSiteView> {
    if (!isUUID(id)) {
      throw new InvalidInputError('Invalid widget site id.', [
        { field: 'id', message: 'id must be a UUID' },
      ]);
    }
    const site = await this.sites.findOneBy({ id });
    if (!site) throw new NotFoundError('No such widget site.');
    if (input.name !== undefined) site.name = input.name.trim();
    if (input.allowedOrigins !== undefined) site.allowedOrigins = input.allowedOrigins;
    if (input.theme !== undefined) site.theme = compact(input.theme);
    if (input.greeting !== undefined) site.greeting = compact(input.greeting);
    const deactivated = site.active && input.active === false;
    if (input.active !== undefined) site.active = input.active;
    await this.sites.save(site);
    // Its customers' tokens stop working now, on every instance.
    if (deactivated) await this.openSessions.siteEnded(site.id);
    return toView(await this.sites.findOneByOrFail({ id }));
  }

  /** The site behind a public key, active or not; null when there is none. */
  async findByKey(siteKey: string): Promise<WidgetSiteEntity | null> {
    return this.sites.findOneBy({ siteKey });
  }

  /**
   * Creates the site when its key is not taken yet; an existing one is left as
   * the administrators edited it. True when it was created.
   */
  async ensure(seed: WidgetSiteSeed): Promise<boolean> {
    const result = await this.sites
      .createQueryBuilder()
      .insert()
      .into(WidgetSiteEntity)
      .values({
        siteKey: seed.siteKey,
        name: seed.name,
        allowedOrigins: seed.allowedOrigins,
        theme: seed.theme ?? {},
        greeting: seed.greeting ?? {},
        active: true,
      })
      .orIgnore()
      .returning('id')
      .execute();
    return (result.raw as unknown[]).length > 0;
  }
}
