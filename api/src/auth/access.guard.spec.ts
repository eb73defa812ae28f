import type { Principal } from '../common/auth/principal';
import { admits } from './access.guard';

const admin: Principal = { kind: 'staff', userId: 'u1', role: 'admin' };
const agent: Principal = { kind: 'staff', userId: 'u2', role: 'agent' };
const customer: Principal = { kind: 'customer', sessionId: 's1', siteId: 'site' };
const key: Principal = { kind: 'apiKey', keyId: 'k1', scopes: ['tickets:read', 'faq:read'] };

describe('admits', () => {
  it('lets staff in by role only', () => {
    expect(admits({ roles: ['admin'] }, admin, {})).toBe(true);
    expect(admits({ roles: ['admin'] }, agent, {})).toBe(false);
    expect(admits({ scopes: ['tickets:read'] }, admin, {})).toBe(false);
  });

  it('lets a customer in only where customers are allowed, and only to their own session', () => {
    expect(admits({ customer: true }, customer, {})).toBe(true);
    expect(admits({ roles: ['agent'] }, customer, {})).toBe(false);
    const own = { customer: true, sessionParam: 'id' };
    expect(admits(own, customer, { id: 's1' })).toBe(true);
    expect(admits(own, customer, { id: 's2' })).toBe(false);
    expect(admits(own, customer, {})).toBe(false);
  });

  it('lets an API key in when it holds one of the scopes', () => {
    expect(admits({ scopes: ['tickets:read'] }, key, {})).toBe(true);
    expect(admits({ scopes: ['tickets:write'] }, key, {})).toBe(false);
    expect(admits({ roles: ['admin', 'agent'], customer: true }, key, {})).toBe(false);
  });
});
