import { isInternalAddress } from './metrics-access.guard';

describe('isInternalAddress', () => {
  it.each([
    '127.0.0.1',
    '::1',
    '::ffff:127.0.0.1',
    '10.2.3.4',
    '192.168.1.10',
    '172.16.0.1',
    '172.31.255.255',
    'fd12:3456::1',
  ])('%s is internal', (ip) => expect(isInternalAddress(ip)).toBe(true));

  it.each([
    undefined,
    '',
    '8.8.8.8',
    '172.32.0.1',
    '172.15.0.1',
    '192.169.0.1',
    '203.0.113.9',
    '2001:db8::1',
    '11.0.0.1',
  ])('%p is not internal', (ip) => expect(isInternalAddress(ip)).toBe(false));
});
