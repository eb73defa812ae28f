import express from 'express';
import request from 'supertest';
import { bodyParsers, MAX_BODY_DEPTH, nestedDeeperThan } from './body-parsers';

const nested = (depth: number, open = '{"a":', close = '}') =>
  `${open.repeat(depth)}1${close.repeat(depth)}`;

describe('nestedDeeperThan', () => {
  it('measures objects and arrays alike', () => {
    expect(nestedDeeperThan(JSON.parse(nested(3)), 3)).toBe(false);
    expect(nestedDeeperThan(JSON.parse(nested(4)), 3)).toBe(true);
    expect(nestedDeeperThan(JSON.parse(nested(4, '[', ']')), 3)).toBe(true);
    expect(nestedDeeperThan('text', 0)).toBe(false);
  });

  it('walks 100,000 levels without overflowing the stack', () => {
    expect(nestedDeeperThan(JSON.parse(nested(100_000, '[', ']')), MAX_BODY_DEPTH)).toBe(true);
  });
});

describe('bodyParsers', () => {
  const app = express();
  for (const parser of bodyParsers('1mb')) app.use(parser);
  app.post('/echo', (req, res) => {
    res.json(req.body);
  });

  it(`accepts a body nested ${MAX_BODY_DEPTH} levels deep`, async () => {
    const body = JSON.parse(nested(MAX_BODY_DEPTH - 1)) as unknown;
    await request(app)
      .post('/echo')
      .send(body as object)
      .expect(200, body as object);
  });

  it.each([
    ['objects', '{"a":', '}'],
    ['arrays', '[', ']'],
  ])('refuses %s nested 10,000 deep with a 400 problem', async (_kind, open, close) => {
    const res = await request(app)
      .post('/echo')
      .set('Content-Type', 'application/json')
      .send(nested(10_000, open, close))
      .expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(res.text)).toMatchObject({
      type: '/problems/bad-request',
      status: 400,
      detail: `The body is nested deeper than ${MAX_BODY_DEPTH} levels.`,
    });
  });

  it('reads a form body as one level of strings and lists of strings', async () => {
    await request(app)
      .post('/echo')
      .type('form')
      .send('tier=gold&tag=a&tag=b&note[x]=1')
      .expect(200, { tier: 'gold', tag: ['a', 'b'], 'note[x]': '1' });
  });
});
