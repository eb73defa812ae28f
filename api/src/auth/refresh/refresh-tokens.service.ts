import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, IsNull, Repository } from 'typeorm';
import { RefreshTokenEntity, type RevocationReason } from './refresh-token.entity';

export const REFRESH_TOKEN_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** `rt_` + 43 url-safe characters (256 random bits). */
export const REFRESH_TOKEN_PATTERN = /^rt_[A-Za-z0-9_-]{43}$/;

export type RotationResult =
  | { outcome: 'rotated'; userId: string; familyId: string; token: string; expiresAt: Date }
  | { outcome: 'reused'; userId: string; familyId: string }
  | { outcome: 'invalid' };

function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Refresh tokens with rotation and reuse detection: each use returns a new
 * token and retires the old one; presenting a retired token means it leaked,
 * so the whole family (every token descended from that login) is revoked.
 */
@Injectable()
export class RefreshTokensService {
  constructor(
    @InjectRepository(RefreshTokenEntity)
    private readonly tokens: Repository<RefreshTokenEntity>,
  ) {}

  /** Starts a family at login. */
  issue(userId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
    return this.insert(this.tokens.manager, userId, randomUUID(), now);
  }

  async rotate(token: string, now = new Date()): Promise<RotationResult> {
    if (!REFRESH_TOKEN_PATTERN.test(token)) return { outcome: 'invalid' };
    return this.tokens.manager.transaction(async (em) => {
      // The row lock makes two concurrent uses of one token a reuse, not two successes.
      const row = await em
        .getRepository(RefreshTokenEntity)
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.tokenHash = :hash', { hash: digest(token) })
        .getOne();
      if (!row) return { outcome: 'invalid' };
      if (row.rotatedAt || row.revokedAt) {
        if (row.revokedReason !== 'reuse') await this.revokeFamily(row.familyId, 'reuse', em, now);
        return { outcome: 'reused', userId: row.userId, familyId: row.familyId };
      }
      if (row.expiresAt <= now) return { outcome: 'invalid' };
      await em.update(RefreshTokenEntity, { id: row.id }, { rotatedAt: now });
      const next = await this.insert(em, row.userId, row.familyId, now);
      return { outcome: 'rotated', userId: row.userId, familyId: row.familyId, ...next };
    });
  }

  /** Logout: the presented token's family dies. Unknown tokens are ignored. */
  async revokeByToken(token: string, now = new Date()): Promise<void> {
    if (!REFRESH_TOKEN_PATTERN.test(token)) return;
    const row = await this.tokens.findOneBy({ tokenHash: digest(token) });
    if (row) await this.revokeFamily(row.familyId, 'logout', this.tokens.manager, now);
  }

  revokeUser(
    userId: string,
    reason: RevocationReason,
    em: EntityManager = this.tokens.manager,
    now = new Date(),
  ): Promise<void> {
    return this.revoke({ userId }, reason, em, now);
  }

  private revokeFamily(
    familyId: string,
    reason: RevocationReason,
    em: EntityManager,
    now: Date,
  ): Promise<void> {
    return this.revoke({ familyId }, reason, em, now);
  }

  private async revoke(
    which: { userId: string } | { familyId: string },
    reason: RevocationReason,
    em: EntityManager,
    now: Date,
  ): Promise<void> {
    await em.update(
      RefreshTokenEntity,
      { ...which, revokedAt: IsNull() },
      { revokedAt: now, revokedReason: reason },
    );
  }

  private async insert(
    em: EntityManager,
    userId: string,
    familyId: string,
    now: Date,
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = `rt_${randomBytes(32).toString('base64url')}`;
    const expiresAt = new Date(now.getTime() + REFRESH_TOKEN_TTL_MS);
    await em.insert(RefreshTokenEntity, { userId, familyId, tokenHash: digest(token), expiresAt });
    return { token, expiresAt };
  }
}
