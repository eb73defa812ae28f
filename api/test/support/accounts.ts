import type { Role } from '../../src/common/auth/access.decorator';

/** Passwords of the accounts the tests create; they satisfy the password policy. */
export const TEST_PASSWORDS: Record<Role, string> = {
  admin: 'Essai-Admin-Commode-Noyer-7',
  agent: 'Essai-Agent-Buffet-Chene-9',
};

export function testEmail(role: Role): string {
  return `${role}.test@meubledefrance.example`;
}
