import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import express from 'express';
import { answerParserErrorsAsProblems, answerUnhandledAsProblems } from './client-errors';

/** Writes raw bytes to the server and reads its whole answer. */
function rawExchange(server: Server, bytes: string): Promise<string> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
    socket.write(bytes, 'latin1');
  });
}

function parse(answer: string) {
  const [head, body] = answer.split('\r\n\r\n');
  return {
    status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]),
    contentType: /\r\ncontent-type: ([^\r]+)/i.exec(head)?.[1],
    problem: JSON.parse(body) as Record<string, unknown>,
  };
}

describe('problems for what Express never answers', () => {
  let server: Server;

  beforeAll(async () => {
    const app = express();
    app.get('/health', (_req, res) => {
      res.send('ok');
    });
    app.get('/boom', () => {
      throw new Error('SELECT * FROM app_user');
    });
    server = createServer(app);
    answerParserErrorsAsProblems(server);
    answerUnhandledAsProblems(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers headers over the limit with a 431 problem', async () => {
    const answer = parse(
      await rawExchange(server, `GET /${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`),
    );
    expect(answer.status).toBe(431);
    expect(answer.contentType).toBe('application/problem+json; charset=utf-8');
    expect(answer.problem).toMatchObject({
      type: '/problems/request-header-fields-too-large',
      title: 'Request Header Fields Too Large',
      status: 431,
    });
  });

  it.each([
    ['a header value with a bare CR', 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\rSet-Cookie: b\r\n\r\n'],
    ['an unknown method', 'BREW / HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['a NUL in a header', 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\u0000b\r\n\r\n'],
  ])('answers %s with a 400 problem', async (_what, bytes) => {
    const answer = parse(await rawExchange(server, bytes));
    expect(answer.status).toBe(400);
    expect(answer.contentType).toMatch(/^application\/problem\+json/);
    expect(answer.problem).toMatchObject({ type: '/problems/bad-request', status: 400 });
  });

  it.each([
    ['a path no route serves', 'GET /src/main.ts'],
    ['a target that is not a path', 'OPTIONS *'],
  ])('answers %s with a 404 problem, not an HTML page', async (_what, line) => {
    const answer = parse(
      await rawExchange(server, `${line} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`),
    );
    expect(answer.status).toBe(404);
    expect(answer.contentType).toBe('application/problem+json; charset=utf-8');
    expect(answer.problem).toMatchObject({ type: '/problems/not-found', status: 404 });
  });

  it('answers an error no filter caught with a 500 problem that tells nothing', async () => {
    const answer = parse(
      await rawExchange(server, 'GET /boom HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'),
    );
    expect(answer.status).toBe(500);
    expect(answer.problem).toEqual({
      type: '/problems/internal-error',
      title: 'Internal Server Error',
      status: 500,
      instance: '/boom',
    });
  });

  it('leaves what a route answers alone', async () => {
    const answer = await rawExchange(
      server,
      'GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    );
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(answer.endsWith('ok')).toBe(true);
  });
});
