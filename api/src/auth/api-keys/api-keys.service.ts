import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { IsNull, Repository } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { InvalidInputError, NotFoundError } from '../../common/problem/domain-error';
import type { ApiKeyView, CreateApiKeyBody, CreatedApiKeyView } from './dto/api-key.dto';
import { ApiKeyEntity } from './entities/api-key.entity';

const KEY_PREFIX = 'sk_live_';
/** sk_live_ + 8 lookup characters + 40 secret characters, all url-safe base64. */
export const API_KEY_PATTERN = /^sk_live_[A-Za-z0-9_-]{48}$/;
const LOOKUP_LENGTH = KEY_PREFIX.length + 8;
/** last_used_at is written at most this often per key, not on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

function digest(key: string): Buffer {
  return createHash('sha256').update(key).digest();
}

export function toApiKeyView(k: ApiKeyEntity): ApiKeyView {
  return {
    id: k.id,
    name: k.name,
    prefix: k.prefix,
    scopes: k.scopes,
    expiresAt: k.expiresAt?.toISOString() ?? null,
    revokedAt: k.revokedAt?.toISOString() ?? null,
    lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
    createdAt: k.createdAt.toISOString(),
  };
}

/** Partner API keys: shown once, stored as SHA-256, found by prefix, revocable. */
@Injectable()
export class ApiKeysService {
  private readonly lastUseWritten = new Map<string, number>();

  constructor(@InjectRepository(ApiKeyEntity) private readonly keys: Repository<ApiKeyEntity>) {}

  async create(body: CreateApiKeyBody, createdBy: string | null): Promise<CreatedApiKeyView> {
    const expiresAt = body.expiresAt ? new Date(body.expiresAt) : null;
    if (expiresAt && expiresAt.getTime() <= Date.now())
      throw new InvalidInputError('The expiry must be in the future.', [
        { field: 'expiresAt', message: 'expiresAt must be in the future' },
      ]);
    const key = `${KEY_PREFIX}${randomBytes(36).toString('base64url')}`;
    const row = await this.keys.save(
      this.keys.create({
        name: body.name,
        prefix: key.slice(0, LOOKUP_LENGTH),
        keyHash: digest(key).toString('hex'),
        scopes: [...body.scopes].sort(),
        createdBy,
        expiresAt,
      }),
    );
    return { ...toApiKeyView(row), key };
  }

  async list(): Promise<ApiKeyView[]> {
    const rows = await this.keys.find({ order: { createdAt: 'DESC' } });
    return rows.map(toApiKeyView);
  }

  /** Revokes a key; revoking twice is harmless. */
  async revoke(id: string): Promise<ApiKeyView> {
    const row = isUUID(id) ? await this.keys.findOneBy({ id }) : null;
    if (!row) throw new NotFoundError(`No API key ${id.slice(0, 40)}.`);
    if (!row.revokedAt) {
      await this.keys.update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
    }
    return toApiKeyView((await this.keys.findOneBy({ id })) ?? row);
  }

  /** The partner a presented key stands for, or undefined when it is unknown, revoked or expired. */
  async authenticate(key: string, now = new Date()): Promise<Principal | undefined> {
    if (!API_KEY_PATTERN.test(key)) return undefined;
    const row = await this.keys
      .createQueryBuilder('k')
      .addSelect('k.keyHash')
      .where('k.prefix = :prefix', { prefix: key.slice(0, LOOKUP_LENGTH) })
      .getOne();
    if (!row || !timingSafeEqual(Buffer.from(row.keyHash, 'hex'), digest(key))) return undefined;
    if (row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return undefined;
    this.noteUse(row.id, now);
    return { kind: 'apiKey', keyId: row.id, scopes: row.scopes };
  }

  private noteUse(id: string, now: Date): void {
    const last = this.lastUseWritten.get(id) ?? 0;
    if (now.getTime() - last < LAST_USED_RESOLUTION_MS) return;
    this.lastUseWritten.set(id, now.getTime());
    // Best effort and off the request path: a lost timestamp must not fail the call.
    void this.keys.update({ id }, { lastUsedAt: now }).catch(() => this.lastUseWritten.delete(id));
  }
}
