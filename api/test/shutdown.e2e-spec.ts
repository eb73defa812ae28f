import type { AddressInfo } from 'node:net';
import { ProbeModule } from './support/probe.module';
import { startTestApp } from './support/test-app';

describe('graceful shutdown', () => {
  it('lets an in-flight request finish, then stops accepting connections', async () => {
    const t = await startTestApp({ extraModules: [ProbeModule] });
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    const base = `http://127.0.0.1:${port}`;

    const inFlight = fetch(`${base}/api/v1/probe/slow?ms=400`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closing = t.close();

    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ waited: 400 });
    await closing;
    await expect(fetch(`${base}/health`)).rejects.toThrow();
  });
});
