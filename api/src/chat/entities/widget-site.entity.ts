import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { SiteGreeting } from '../domain/greeting';

export const WIDGET_POSITIONS = ['bottom-right', 'bottom-left'] as const;
export type WidgetPosition = (typeof WIDGET_POSITIONS)[number];

/** How the widget looks on the site; anything missing takes the widget's default. */
export interface WidgetTheme {
  primaryColor?: string;
  position?: WidgetPosition;
}

/** A web site the chat widget is embedded on, identified by its public site key. */
@Entity('widget_site')
export class WidgetSiteEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Public: it is written in the site's HTML. The allowed origins are what protect it. */
  @Column({ name: 'site_key', type: 'varchar', length: 64, unique: true })
  siteKey!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ name: 'allowed_origins', type: 'text', array: true })
  allowedOrigins!: string[];

  @Column({ type: 'jsonb', default: () => "'{}'" })
  theme!: WidgetTheme;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  greeting!: SiteGreeting;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
