import request from 'supertest';
import { DataSource } from 'typeorm';
import { ChatSessionsService } from '../src/chat';
import { OPEN_SESSION_RECHECK_MS } from '../src/chat/open-sessions';
import { ConversationCleanupJob } from '../src/conversation/conversation-cleanup.job';
import { DEMO_SITE_KEY, SeedService } from '../src/seed/seed.service';
import { bearer, staffToken } from './support/auth';
import { sample } from './support/metrics';
import { startTestApp, type TestApp } from './support/test-app';

const SHOP = 'https://shop.example.com';
const PUBLIC_URL = 'https://sav.meuble-de-france.example/console';
const PORT = 3999;

interface SiteView {
  id: string;
  siteKey: string;
  name: string;
  allowedOrigins: string[];
  theme: Record<string, string>;
  greeting: Record<string, string>;
  active: boolean;
}

interface SessionView {
  sessionId: string;
  token: string;
  expiresAt: string;
  greeting: string;
  locale: string;
  theme: Record<string, string>;
}

const newSite = (overrides: Record<string, unknown> = {}) => ({
  name: 'Boutique test',
  allowedOrigins: [SHOP, 'http://localhost:4200'],
  theme: { primaryColor: '#1f4e79', position: 'bottom-left' },
  greeting: { fr: 'Bonjour, que cherchez-vous ?', en: 'Hello, what are you looking for?' },
  ...overrides,
});

describe('widget sites and chat sessions (real PostgreSQL)', () => {
  let t: TestApp;
  let admin: string;
  let agent: string;
  let site: SiteView;
  const http = () => request(t.app.getHttpServer());
  const count = async (table: 'chat_session' | 'widget_site') =>
    (
      await t.app.get(DataSource).query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`)
    )[0].n;
  const openSession = (body: Record<string, unknown>, origin?: string) => {
    const req = http().post('/api/v1/chat/sessions');
    return (origin === undefined ? req : req.set('Origin', origin)).send(body);
  };
  /** A site created by the administrator. */
  const createSite = async (body: Record<string, unknown>): Promise<SiteView> =>
    (await http().post('/api/v1/widget-sites').set(bearer(admin)).send(body).expect(201))
      .body as SiteView;
  const start = async (origin = SHOP, locale?: string): Promise<SessionView> =>
    (await openSession({ siteKey: site.siteKey, locale }, origin).expect(201)).body as SessionView;
  /** A refusal without what differs per request. */
  const shape = (body: Record<string, unknown>) => {
    const { instance: _i, requestId: _r, ...rest } = body;
    return rest;
  };

  beforeAll(async () => {
    t = await startTestApp({ env: { PUBLIC_URL, PORT: String(PORT) } });
    admin = await staffToken(t, 'admin');
    agent = await staffToken(t, 'agent');
    site = await createSite(newSite());
  });
  afterAll(async () => t.close());

  describe('administration', () => {
    it('creates a site with a generated public key and lists it', async () => {
      expect(site.siteKey).toMatch(/^site_[A-Za-z0-9_-]{24}$/);
      expect(site).toMatchObject({
        name: 'Boutique test',
        allowedOrigins: [SHOP, 'http://localhost:4200'],
        theme: { primaryColor: '#1f4e79', position: 'bottom-left' },
        active: true,
      });
      const list = (await http().get('/api/v1/widget-sites').set(bearer(admin)).expect(200))
        .body as SiteView[];
      expect(list.map((s) => s.siteKey)).toContain(site.siteKey);
      const other = await createSite({
        name: 'Minimal',
        allowedOrigins: ['https://other.example.com'],
      });
      expect(other).toMatchObject({ theme: {}, greeting: {}, active: true });
      expect(other.siteKey).not.toBe(site.siteKey);
    });

    it('changes only the fields given', async () => {
      const created = await createSite(newSite());
      const patched = (
        await http()
          .patch(`/api/v1/widget-sites/${created.id}`)
          .set(bearer(admin))
          .send({ name: 'Renommée', greeting: { de: 'Hallo!' } })
          .expect(200)
      ).body as SiteView;
      expect(patched).toMatchObject({
        id: created.id,
        siteKey: created.siteKey,
        name: 'Renommée',
        allowedOrigins: created.allowedOrigins,
        theme: created.theme,
      });
      expect(patched.greeting).toEqual({ de: 'Hallo!' });
    });

    it('keeps agents, customers and anonymous callers out', async () => {
      await http().get('/api/v1/widget-sites').set(bearer(agent)).expect(403);
      await http().post('/api/v1/widget-sites').set(bearer(agent)).send(newSite()).expect(403);
      await http()
        .patch(`/api/v1/widget-sites/${site.id}`)
        .set(bearer(agent))
        .send({ active: false })
        .expect(403);
      const customer = await start();
      await http().get('/api/v1/widget-sites').set(bearer(customer.token)).expect(403);
      await http().get('/api/v1/widget-sites').expect(401);
      expect((await http().get(`/api/v1/widget-sites`).set(bearer(admin))).body).toEqual(
        expect.arrayContaining([expect.objectContaining({ id: site.id, active: true })]),
      );
    });

    it('rejects invalid sites with problem+json naming every bad field', async () => {
      const before = await count('widget_site');
      const res = await http()
        .post('/api/v1/widget-sites')
        .set(bearer(admin))
        .send({
          name: '  ',
          allowedOrigins: ['https://ok.example.com', 'https://*.example.com'],
          theme: { primaryColor: 'blue', position: 'top', font: 'Comic Sans' },
          greeting: { en: 'x'.repeat(501), es: 'Hola' },
          active: 'yes',
          siteKey: 'site_mine',
        })
        .expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      const fields = (res.body.errors as { field: string }[]).map((e) => e.field);
      expect(fields).toEqual(
        expect.arrayContaining([
          'name',
          'allowedOrigins',
          'theme.primaryColor',
          'theme.position',
          'theme.font',
          'greeting.en',
          'greeting.es',
          'active',
          'siteKey',
        ]),
      );
      const originError = (res.body.errors as { field: string; message: string }[]).find(
        (e) => e.field === 'allowedOrigins',
      );
      expect(originError?.message).toBe('allowedOrigins[1] must not contain a wildcard');
      expect(await count('widget_site')).toBe(before);
    });

    it.each([
      [[], 'allowedOrigins must contain at least 1 elements'],
      [Array.from({ length: 21 }, (_, i) => `https://s${i}.example.com`), 'no more than 20'],
      [[SHOP, SHOP], "All allowedOrigins's elements must be unique"],
      [['http://shop.example.com'], 'http only for localhost or 127.0.0.1'],
      [['https://shop.example.com/'], 'bare origin'],
      [['https://shop.example.com/widget'], 'bare origin'],
      ['https://shop.example.com', 'must be an array'],
    ])('refuses allowedOrigins %j', async (allowedOrigins, message) => {
      const res = await http()
        .post('/api/v1/widget-sites')
        .set(bearer(admin))
        .send(newSite({ allowedOrigins }))
        .expect(400);
      const messages = (res.body.errors as { field: string; message: string }[])
        .filter((e) => e.field === 'allowedOrigins')
        .map((e) => e.message)
        .join(' | ');
      expect(messages).toContain(message);
    });

    it('validates a PATCH the same way, refuses nulls, and answers 404 / 400 for ids', async () => {
      const bad = await http()
        .patch(`/api/v1/widget-sites/${site.id}`)
        .set(bearer(admin))
        .send({ allowedOrigins: ['ftp://shop.example.com'], name: null })
        .expect(400);
      const badFields = new Set((bad.body.errors as { field: string }[]).map((e) => e.field));
      expect([...badFields].sort()).toEqual(['allowedOrigins', 'name']);
      const unknown = await http()
        .patch('/api/v1/widget-sites/6f1c2b9e-3d4a-4b5c-8d7e-9f0a1b2c3d4e')
        .set(bearer(admin))
        .send({ active: false })
        .expect(404);
      expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
      const notUuid = await http()
        .patch('/api/v1/widget-sites/not-a-uuid')
        .set(bearer(admin))
        .send({ active: false })
        .expect(400);
      expect(notUuid.body.errors).toEqual([{ field: 'id', message: 'id must be a UUID' }]);
    });
  });

  describe('opening a chat', () => {
    it('opens a session from an allowed origin with a 24 h token bound to it', async () => {
      const before = Date.now();
      const s = await start(SHOP, 'en');
      expect(Object.keys(s).sort()).toEqual([
        'expiresAt',
        'greeting',
        'locale',
        'sessionId',
        'theme',
        'token',
      ]);
      expect(s.greeting).toBe('Hello, what are you looking for?');
      expect(s.locale).toBe('en');
      const ttl = Date.parse(s.expiresAt) - before;
      expect(ttl).toBeGreaterThan(24 * 3600_000 - 60_000);
      expect(ttl).toBeLessThanOrEqual(24 * 3600_000 + 60_000);
      const [row] = await t.app
        .get(DataSource)
        .query<{ site_id: string; locale: string; state: string; origin: string }[]>(
          'SELECT site_id, locale, state, origin FROM chat_session WHERE id = $1',
          [s.sessionId],
        );
      expect(row).toEqual({ site_id: site.id, locale: 'en', state: 'browsing', origin: SHOP });
      const own = await http()
        .get(`/api/v1/chat/sessions/${s.sessionId}/messages`)
        .set(bearer(s.token))
        .expect(200);
      expect(own.body).toEqual({ items: [] });
    });

    it('greets in French by default, and in French when the site has no greeting in that language', async () => {
      const byDefault = await start('http://localhost:4200');
      expect(byDefault.greeting).toBe('Bonjour, que cherchez-vous ?');
      expect(byDefault.locale).toBe('fr');
      expect((await start(SHOP, 'de')).greeting).toBe('Bonjour, que cherchez-vous ?');
    });

    it("gives the widget its site's theme to style itself with, and nothing for a site without one", async () => {
      expect((await start(SHOP)).theme).toEqual({
        primaryColor: '#1f4e79',
        position: 'bottom-left',
      });
      const plain = await createSite({ name: 'Sans thème', allowedOrigins: [SHOP] });
      const session = (
        await openSession({ siteKey: plain.siteKey, locale: 'it' }, SHOP).expect(201)
      ).body as SessionView;
      expect(session).toMatchObject({ theme: {}, locale: 'it' });
    });

    it('refuses an unknown key and a foreign page alike, and stores nothing', async () => {
      const before = await count('chat_session');
      const unknownKey = await openSession(
        { siteKey: 'site_AAAAAAAAAAAAAAAAAAAAAAAA' },
        SHOP,
      ).expect(403);
      const foreignPage = await openSession(
        { siteKey: site.siteKey },
        'https://evil.example.com',
      ).expect(403);
      const noOrigin = await openSession({ siteKey: site.siteKey }).expect(403);
      const lookalike = await openSession({ siteKey: site.siteKey }, `${SHOP}.evil.example`).expect(
        403,
      );
      expect(unknownKey.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(shape(unknownKey.body)).toMatchObject({ status: 403, title: 'Forbidden' });
      for (const other of [foreignPage, noOrigin, lookalike]) {
        expect(shape(other.body)).toEqual(shape(unknownKey.body));
      }
      expect(JSON.stringify(unknownKey.body)).not.toMatch(/unknown|exist|not found|origin/i);
      expect(await count('chat_session')).toBe(before);
    });

    it('opens no chat on an inactive site, until it is reactivated', async () => {
      const refusedBody = (
        await openSession({ siteKey: 'site_AAAAAAAAAAAAAAAAAAAAAAAA' }, SHOP).expect(403)
      ).body as Record<string, unknown>;
      await http()
        .patch(`/api/v1/widget-sites/${site.id}`)
        .set(bearer(admin))
        .send({ active: false })
        .expect(200);
      const before = await count('chat_session');
      const inactive = await openSession({ siteKey: site.siteKey }, SHOP).expect(403);
      expect(shape(inactive.body)).toEqual(shape(refusedBody));
      expect(await count('chat_session')).toBe(before);
      await http()
        .patch(`/api/v1/widget-sites/${site.id}`)
        .set(bearer(admin))
        .send({ active: true })
        .expect(200);
      await start();
    });

    it("lets the retailer's page call the widget routes cross-origin, and nothing else", async () => {
      const preflight = (path: string, origin: string) =>
        http()
          .options(path)
          .set('Origin', origin)
          .set('Access-Control-Request-Method', 'POST')
          .set('Access-Control-Request-Headers', 'authorization,content-type');
      const ok = await preflight('/api/v1/chat/sessions', SHOP).expect(204);
      expect(ok.headers['access-control-allow-origin']).toBe(SHOP);
      expect(ok.headers['access-control-allow-credentials']).toBeUndefined();
      const foreign = await preflight('/api/v1/chat/sessions', 'https://evil.example.com');
      expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
      const admin = await preflight('/api/v1/users', SHOP);
      expect(admin.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('rejects an invalid request with the fields named', async () => {
      const res = await openSession({ siteKey: 'not a key', locale: 'es', extra: 1 }, SHOP).expect(
        400,
      );
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect((res.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual([
        'extra',
        'locale',
        'siteKey',
      ]);
    });
  });

  describe("a site's appearance, before any chat", () => {
    const appearance = (siteKey: string, origin?: string) => {
      const req = http().get(`/api/v1/chat/sites/${siteKey}/appearance`);
      return origin === undefined ? req : req.set('Origin', origin);
    };

    it('gives the widget its theme on an allowed page, cacheable, and opens nothing', async () => {
      const before = await count('chat_session');
      const res = await appearance(site.siteKey, SHOP).expect(200);
      expect(res.body).toEqual({ theme: { primaryColor: '#1f4e79', position: 'bottom-left' } });
      expect(res.headers['cache-control']).toBe('public, max-age=300');
      expect(res.headers['access-control-allow-origin']).toBe(SHOP);
      expect(res.headers.vary).toMatch(/origin/i);
      expect(await count('chat_session')).toBe(before);
    });

    it('follows a change of theme', async () => {
      const created = await createSite({ name: 'Sans thème', allowedOrigins: [SHOP] });
      expect((await appearance(created.siteKey, SHOP).expect(200)).body).toEqual({ theme: {} });
      await http()
        .patch(`/api/v1/widget-sites/${created.id}`)
        .set(bearer(admin))
        .send({ theme: { primaryColor: '#7a1f1f' } })
        .expect(200);
      expect((await appearance(created.siteKey, SHOP).expect(200)).body).toEqual({
        theme: { primaryColor: '#7a1f1f' },
      });
    });

    it('refuses an unknown key, a foreign page, no page and an inactive site alike', async () => {
      const refusals = [
        await appearance('site_AAAAAAAAAAAAAAAAAAAAAAAA', SHOP).expect(403),
        await appearance(site.siteKey, 'https://evil.example.com').expect(403),
        await appearance(site.siteKey).expect(403),
      ];
      await http()
        .patch(`/api/v1/widget-sites/${site.id}`)
        .set(bearer(admin))
        .send({ active: false })
        .expect(200);
      refusals.push(await appearance(site.siteKey, SHOP).expect(403));
      await http()
        .patch(`/api/v1/widget-sites/${site.id}`)
        .set(bearer(admin))
        .send({ active: true })
        .expect(200);
      for (const res of refusals) {
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.headers['cache-control']).toBe('no-store');
        expect(shape(res.body as Record<string, unknown>)).toEqual(
          shape(refusals[0].body as Record<string, unknown>),
        );
      }
      expect(JSON.stringify(refusals[0].body)).not.toMatch(/unknown|exist|not found|origin/i);
    });

    it('answers 400 for what is not a site key', async () => {
      const res = await appearance('not-a-key', SHOP).expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect((res.body.errors as { field: string }[]).map((e) => e.field)).toEqual(['siteKey']);
    });
  });

  describe('reading a conversation', () => {
    let a: SessionView;
    let b: SessionView;

    beforeAll(async () => {
      a = await start();
      b = await start();
      const chat = t.app.get(ChatSessionsService);
      await chat.appendMessage(a.sessionId, 'customer', 'Mon canapé est abîmé.');
      await chat.appendMessage(
        a.sessionId,
        'bot',
        'Pouvez-vous me donner votre numéro de commande ?',
      );
      await chat.appendMessage(
        a.sessionId,
        'agent',
        'Je prends le relais.',
        '6f1c2b9e-3d4a-4b5c-8d7e-9f0a1b2c3d4e',
      );
      await chat.appendMessage(b.sessionId, 'customer', 'Message de B, privé.');
    });

    it("gives a customer their own session's messages, oldest first", async () => {
      const res = await http()
        .get(`/api/v1/chat/sessions/${a.sessionId}/messages`)
        .set(bearer(a.token))
        .expect(200);
      const items = res.body.items as {
        id: string;
        role: string;
        text: string;
        createdAt: string;
      }[];
      expect(items.map((m) => [m.role, m.text])).toEqual([
        ['customer', 'Mon canapé est abîmé.'],
        ['bot', 'Pouvez-vous me donner votre numéro de commande ?'],
        ['agent', 'Je prends le relais.'],
      ]);
      expect(Object.keys(items[0]).sort()).toEqual(['createdAt', 'id', 'role', 'text']);
      expect(items.map((m) => Date.parse(m.createdAt))).toEqual(
        items.map((m) => Date.parse(m.createdAt)).sort((x, y) => x - y),
      );
    });

    it("refuses another customer's session", async () => {
      const res = await http()
        .get(`/api/v1/chat/sessions/${b.sessionId}/messages`)
        .set(bearer(a.token))
        .expect(403);
      expect(JSON.stringify(res.body)).not.toContain('privé');
    });

    it('lets an agent or an administrator read any session', async () => {
      for (const token of [agent, admin]) {
        const res = await http()
          .get(`/api/v1/chat/sessions/${b.sessionId}/messages`)
          .set(bearer(token))
          .expect(200);
        expect(res.body.items.map((m: { text: string }) => m.text)).toEqual([
          'Message de B, privé.',
        ]);
      }
    });

    it('answers 404 for an unknown or malformed session id', async () => {
      await http()
        .get('/api/v1/chat/sessions/6f1c2b9e-3d4a-4b5c-8d7e-9f0a1b2c3d4e/messages')
        .set(bearer(agent))
        .expect(404);
      const malformed = await http()
        .get('/api/v1/chat/sessions/not-a-uuid/messages')
        .set(bearer(agent))
        .expect(404);
      expect(malformed.headers['content-type']).toMatch(/^application\/problem\+json/);
      await expect(
        t.app.get(ChatSessionsService).appendMessage('not-a-uuid', 'bot', 'x'),
      ).rejects.toThrow('No such chat session.');
    });

    it('stops honouring a token once its session is closed or expired, or its site deactivated', async () => {
      const c = await start();
      const read = () =>
        http().get(`/api/v1/chat/sessions/${c.sessionId}/messages`).set(bearer(c.token));
      await read().expect(200);
      const db = t.app.get(DataSource);

      await http()
        .patch(`/api/v1/widget-sites/${site.id}`)
        .set(bearer(admin))
        .send({ active: false })
        .expect(200);
      const ended = await read().expect(401);
      expect(ended.body.detail).toContain('session has ended');
      await http()
        .patch(`/api/v1/widget-sites/${site.id}`)
        .set(bearer(admin))
        .send({ active: true })
        .expect(200);
      await read().expect(200);

      // Closed by the idle clean-up, which tells every instance.
      await db.query(
        "UPDATE chat_session SET last_activity_at = now() - interval '30 days' WHERE id = $1",
        [c.sessionId],
      );
      await t.app.get(ConversationCleanupJob).closeExpired(new Date());
      await read().expect(401);

      // Expired: refused from its last second on, though found open just before.
      const e = await start();
      const sessions = t.app.get(ChatSessionsService);
      await http()
        .get(`/api/v1/chat/sessions/${e.sessionId}/messages`)
        .set(bearer(e.token))
        .expect(200);
      const end = new Date(e.expiresAt);
      expect(await sessions.isOpen(e.sessionId, site.id, new Date(end.getTime() - 1))).toBe(true);
      expect(await sessions.isOpen(e.sessionId, site.id, end)).toBe(false);
      await db.query(
        "UPDATE chat_session SET expires_at = now() - interval '1 second' WHERE id = $1",
        [e.sessionId],
      );
      expect(await sessions.isOpen(e.sessionId, site.id)).toBe(false);

      // Closed by hand in the database, which no instance announces: found at the next check.
      const h = await start();
      expect(await sessions.isOpen(h.sessionId, site.id)).toBe(true);
      await db.query('UPDATE chat_session SET closed_at = now() WHERE id = $1', [h.sessionId]);
      const later = new Date(Date.now() + OPEN_SESSION_RECHECK_MS);
      expect(await sessions.isOpen(h.sessionId, site.id, later)).toBe(false);
    });

    it('answers the session check from memory once it found the session open, and counts both', async () => {
      const scraped = async (source: string) => {
        const text = (await http().get('/metrics').expect(200)).text;
        return sample(text, `chat_session_checks_total{source="${source}"}`) ?? 0;
      };
      const c = await start();
      const before = { memory: await scraped('memory'), database: await scraped('database') };
      for (let i = 0; i < 3; i++) {
        await http()
          .get(`/api/v1/chat/sessions/${c.sessionId}/messages`)
          .set(bearer(c.token))
          .expect(200);
      }
      expect((await scraped('database')) - before.database).toBe(1);
      expect((await scraped('memory')) - before.memory).toBe(2);
    });

    it('needs a credential', async () => {
      await http().get(`/api/v1/chat/sessions/${a.sessionId}/messages`).expect(401);
    });
  });

  describe('demo data', () => {
    it('seeds the demo site once, open to the public URL and the local dev server', async () => {
      const seed = t.app.get(SeedService);
      expect((await seed.seed()).widgetSites).toBe(1);
      expect((await seed.seed()).widgetSites).toBe(0);
      const [demo] = await t.app
        .get(DataSource)
        .query<{ name: string; allowed_origins: string[]; greeting: Record<string, string> }[]>(
          'SELECT name, allowed_origins, greeting FROM widget_site WHERE site_key = $1',
          [DEMO_SITE_KEY],
        );
      expect(demo.name).toBe('Boutique de démonstration');
      expect(demo.allowed_origins).toEqual([
        'https://sav.meuble-de-france.example',
        `http://localhost:${PORT}`,
        `http://127.0.0.1:${PORT}`,
      ]);
      expect(Object.keys(demo.greeting).sort()).toEqual(['en', 'fr']);
      const s = (
        await openSession(
          { siteKey: DEMO_SITE_KEY, locale: 'en' },
          `http://127.0.0.1:${PORT}`,
        ).expect(201)
      ).body as SessionView;
      expect(s.greeting).toBe(demo.greeting.en);
    });
  });
});
