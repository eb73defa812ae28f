import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Role } from '../common/auth/access.decorator';
import { InvalidInputError } from '../common/problem/domain-error';
import { AppConfig } from '../config';
import { UsersService } from './users/users.service';

/** Development-only accounts, printed at start; never created in production. */
export const DEMO_ACCOUNTS: { email: string; name: string; role: Role; password: string }[] = [
  {
    email: 'admin@meubledefrance.example',
    name: 'Administrateur démo',
    role: 'admin',
    password: 'Demo-Admin-Canape-2026',
  },
  {
    email: 'agent@meubledefrance.example',
    name: 'Agent SAV démo',
    role: 'agent',
    password: 'Demo-Agent-Fauteuil-2026',
  },
];

/** Whether this configuration seeds the demo accounts. */
export function seedsDemoAccounts(config: AppConfig): boolean {
  return !config.auth.admin && config.seed.demoData && !config.isProduction;
}

/**
 * The first administrator comes from ADMIN_EMAIL / ADMIN_PASSWORD at every
 * boot (created, or its password and role restored); without them, in
 * development, the demo accounts.
 */
@Injectable()
export class StaffAccounts implements OnApplicationBootstrap {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly config: AppConfig,
    private readonly users: UsersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const admin = this.config.auth.admin;
    if (admin) {
      const { created } = await this.users
        .ensure({ ...admin, name: 'Administrator', role: 'admin' })
        .catch((err: unknown) => {
          if (!(err instanceof InvalidInputError)) throw err;
          const reasons = err.errors.map((e) => e.message.replace(/^password /, '')).join('; ');
          throw new Error(`ADMIN_PASSWORD does not meet the password policy: it ${reasons}`);
        });
      this.logger.log(created ? 'Administrator account created' : 'Administrator account checked');
    } else if (seedsDemoAccounts(this.config)) {
      for (const account of DEMO_ACCOUNTS) await this.users.ensure(account);
    }
  }
}
