import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { type EntityManager, Repository } from 'typeorm';
import type { Role } from '../../common/auth/access.decorator';
import { ConflictError, InvalidInputError, NotFoundError } from '../../common/problem/domain-error';
import { PasswordHasher } from '../passwords/password-hasher';
import { passwordProblems } from '../passwords/password-policy';
import { RefreshTokensService } from '../refresh/refresh-tokens.service';
import type { CreateUserBody, StaffMemberView, UpdateUserBody, UserView } from './dto/user.dto';
import { UserEntity } from './entities/user.entity';

export function toUserView(u: UserEntity): UserView {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    active: u.active,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
  };
}

/** Staff accounts: creation under the password policy, role and status changes. */
@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly hasher: PasswordHasher,
    private readonly refreshTokens: RefreshTokensService,
  ) {}

  async list(): Promise<UserView[]> {
    const rows = await this.users.find({ order: { createdAt: 'ASC' } });
    return rows.map(toUserView);
  }

  /** Every account's name and role, for the people working the tickets together. */
  async directory(): Promise<StaffMemberView[]> {
    const rows = await this.users.find({ order: { name: 'ASC' } });
    return rows.map((u) => ({ id: u.id, name: u.name, role: u.role, active: u.active }));
  }

  async get(id: string): Promise<UserEntity> {
    const user = isUUID(id) ? await this.users.findOneBy({ id }) : null;
    if (!user) throw new NotFoundError(`No user ${id.slice(0, 40)}.`);
    return user;
  }

  /** The account with its password hash, for sign-in; null when unknown. */
  findForLogin(email: string): Promise<UserEntity | null> {
    return this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = :email', { email: email.trim().toLowerCase() })
      .getOne();
  }

  async create(body: CreateUserBody): Promise<UserView> {
    const email = body.email.toLowerCase();
    this.checkPassword(body.password, { email, name: body.name });
    const passwordHash = await this.hasher.hash(body.password);
    const inserted = await this.users
      .createQueryBuilder()
      .insert()
      .values({ email, name: body.name, role: body.role, passwordHash })
      .orIgnore()
      .returning('id')
      .execute();
    const id = (inserted.raw as { id: string }[])[0]?.id;
    if (!id) throw new ConflictError('A user with this e-mail already exists.');
    return toUserView(await this.get(id));
  }

  /** `actorId`: the administrator making the change, who may not lock themselves out. */
  async update(id: string, body: UpdateUserBody, actorId?: string): Promise<UserView> {
    const user = await this.get(id);
    const removesAdmin =
      user.role === 'admin' &&
      user.active &&
      (body.active === false || (body.role !== undefined && body.role !== 'admin'));
    if (removesAdmin && actorId === id) {
      throw new ConflictError(
        'An administrator cannot deactivate or demote their own account: another administrator can.',
      );
    }
    if (body.password !== undefined)
      this.checkPassword(body.password, { email: user.email, name: body.name ?? user.name });
    const passwordHash =
      body.password === undefined ? undefined : await this.hasher.hash(body.password);
    await this.users.manager.transaction(async (em: EntityManager) => {
      if (removesAdmin) {
        // Locked, so that two administrators removing each other cannot leave none.
        const others = await em
          .createQueryBuilder(UserEntity, 'u')
          .select('u.id')
          .where("u.role = 'admin' AND u.active AND u.id <> :id", { id })
          .setLock('pessimistic_write')
          .getMany();
        if (others.length === 0) {
          throw new ConflictError(
            'The last active administrator cannot be deactivated or demoted.',
          );
        }
      }
      await em.update(
        UserEntity,
        { id },
        {
          ...(body.name !== undefined && { name: body.name }),
          ...(body.role !== undefined && { role: body.role }),
          ...(body.active !== undefined && { active: body.active }),
          ...(passwordHash !== undefined && { passwordHash }),
        },
      );
      // A new password or a deactivation ends every session; a role change too (the role is in the token).
      if (passwordHash !== undefined) await this.refreshTokens.revokeUser(id, 'password_reset', em);
      else if (body.active === false || (body.role !== undefined && body.role !== user.role))
        await this.refreshTokens.revokeUser(id, 'deactivated', em);
    });
    return toUserView(await this.get(id));
  }

  /** Creates the account or resets its password and role (boot-time administrator and demo users). */
  async ensure(account: { email: string; name: string; role: Role; password: string }): Promise<{
    created: boolean;
  }> {
    const email = account.email.toLowerCase();
    this.checkPassword(account.password, { email, name: account.name });
    const passwordHash = await this.hasher.hash(account.password);
    const existing = await this.findForLogin(email);
    if (existing) {
      const unchanged =
        existing.active &&
        existing.role === account.role &&
        (await this.hasher.verify(existing.passwordHash, account.password));
      if (!unchanged) {
        await this.users.update(
          { id: existing.id },
          { passwordHash, role: account.role, active: true },
        );
        await this.refreshTokens.revokeUser(existing.id, 'password_reset');
      }
      return { created: false };
    }
    await this.users
      .createQueryBuilder()
      .insert()
      .values({ email, name: account.name, role: account.role, passwordHash })
      .orIgnore()
      .execute();
    return { created: true };
  }

  async markLogin(id: string): Promise<void> {
    await this.users.update({ id }, { lastLoginAt: new Date() });
  }

  private checkPassword(password: string, context: { email: string; name: string }): void {
    const problems = passwordProblems(password, context);
    if (problems.length > 0)
      throw new InvalidInputError(
        'The password does not meet the policy.',
        problems.map((message) => ({ field: 'password', message: `password ${message}` })),
      );
  }
}
