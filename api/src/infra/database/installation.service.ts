import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface Installation {
  id: string;
  createdAt: string;
}

/**
 * The identity of this installation, created on first start and kept in the
 * database: it tells apart instances in logs and shows the data survived a restart.
 */
@Injectable()
export class InstallationService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Installation');
  private current: Installation | undefined;

  constructor(private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    const candidate: Installation = { id: randomUUID(), createdAt: new Date().toISOString() };
    await this.dataSource.query(
      `INSERT INTO app_setting (key, value) VALUES ('installation', $1::jsonb)
       ON CONFLICT (key) DO NOTHING`,
      [JSON.stringify(candidate)],
    );
    const rows: { value: Installation }[] = await this.dataSource.query(
      `SELECT value FROM app_setting WHERE key = 'installation'`,
    );
    this.current = rows[0]?.value;
    this.logger.log(`Installation ${this.current?.id} (since ${this.current?.createdAt})`);
  }

  get installation(): Installation | undefined {
    return this.current;
  }
}
