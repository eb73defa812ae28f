import { finished } from 'node:stream/promises';
import { PassThrough, Readable } from 'node:stream';
import { NoScanner } from './no-scanner';

describe('NoScanner', () => {
  const scanner = new NoScanner();

  it('marks every file as unscanned and reads it to the end', async () => {
    const content = Readable.from([Buffer.from('X5O!P%@AP'), Buffer.from('...')]);
    await expect(scanner.scan(content)).resolves.toEqual({ status: 'unscanned' });
    await finished(content);
    expect(content.readableEnded).toBe(true);
  });

  it('does not crash on a stream that fails while it drains it', async () => {
    const content = new PassThrough();
    await expect(scanner.scan(content)).resolves.toEqual({ status: 'unscanned' });
    content.destroy(new Error('disk read failed'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(content.destroyed).toBe(true);
  });

  it('is always ready', async () => {
    await expect(scanner.ping()).resolves.toBeUndefined();
  });
});
