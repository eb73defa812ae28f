import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config';
import { isAddressedTo, subjectOf } from './domain/mail-copies';
import type { ExportedEmail } from './dto/privacy.dto';

/**
 * The .eml copies of customer e-mails in DATA_DIR/outbox, written when no SMTP
 * relay is configured (api/src/infra/mail/outbox-mailer.ts). Files written
 * before SMTP_URL was set stay there, so the folder is read whatever the mailer.
 */
@Injectable()
export class OutboxCopies {
  constructor(private readonly config: AppConfig) {}

  /** The copies sent to this (normalised) address, oldest first. */
  async list(email: string): Promise<ExportedEmail[]> {
    const found: ExportedEmail[] = [];
    for (const file of await this.addressedTo(email)) {
      const info = await stat(join(this.dir, file.name)).catch(() => null);
      if (!info) continue;
      found.push({
        file: file.name,
        createdAt: info.mtime.toISOString(),
        subject: subjectOf(file.text),
      });
    }
    return found.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  /** Deletes the copies sent to this address; returns how many. */
  async delete(email: string): Promise<number> {
    const files = await this.addressedTo(email);
    for (const file of files) await rm(join(this.dir, file.name), { force: true });
    return files.length;
  }

  private get dir(): string {
    return this.config.mail.outboxDir;
  }

  private async addressedTo(email: string): Promise<{ name: string; text: string }[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const found: { name: string; text: string }[] = [];
    // Finished messages only: a `.name.part` file is still being written.
    for (const name of names.filter((n) => n.endsWith('.eml') && !n.startsWith('.')).sort()) {
      const text = await readFile(join(this.dir, name), 'utf8').catch(() => null);
      if (text !== null && isAddressedTo(text, email)) found.push({ name, text });
    }
    return found;
  }
}
