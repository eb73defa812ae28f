import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { type TestApp, startTestApp } from './support/test-app';
import { apiKey, bearer, staffToken, TEST_PASSWORDS, testEmail } from './support/auth';

const SECRET = 'auth-e2e-current-signing-secret-0123456789';
const OLD_SECRET = 'auth-e2e-previous-signing-secret-987654321';
const ADMIN = { email: 'root@meubledefrance.example', password: 'Racine-Armoire-Merisier-31' };

function b64(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

describe('authentication and authorisation', () => {
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());
  const jwt = new JwtService();

  function forge(
    claims: object,
    opts: { secret?: string; kid?: string; expiresIn?: number; audience?: string } = {},
  ): string {
    return jwt.sign(claims, {
      secret: opts.secret ?? SECRET,
      algorithm: 'HS256',
      keyid: opts.kid ?? 'k2026',
      issuer: 'mdf-api',
      audience: opts.audience ?? 'mdf-console',
      expiresIn: opts.expiresIn ?? 600,
    });
  }

  function login(email: string, password: string, extra: object = {}) {
    return http()
      .post('/api/v1/auth/login')
      .send({ email, password, ...extra });
  }

  beforeAll(async () => {
    t = await startTestApp({
      env: {
        JWT_SECRET: SECRET,
        JWT_KEY_ID: 'k2026',
        JWT_PREVIOUS_KEYS: `k2025:${OLD_SECRET}`,
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        RATE_LIMIT_PER_MINUTE: '100000',
        LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
      },
    });
  });
  afterAll(() => t.close());

  describe('login', () => {
    it('signs in the administrator created from ADMIN_EMAIL / ADMIN_PASSWORD', async () => {
      const res = await login(ADMIN.email, ADMIN.password).expect(200);
      expect(res.body).toMatchObject({
        expiresIn: 900,
        refreshToken: expect.stringMatching(/^rt_/),
        user: { email: ADMIN.email, role: 'admin', active: true },
      });
      const header = JSON.parse(
        Buffer.from(res.body.accessToken.split('.')[0], 'base64url').toString(),
      );
      expect(header).toEqual({ alg: 'HS256', typ: 'JWT', kid: 'k2026' });
      const me = await http().get('/api/v1/auth/me').set(bearer(res.body.accessToken)).expect(200);
      expect(me.body).toMatchObject({ email: ADMIN.email, role: 'admin' });
      expect(me.body).not.toHaveProperty('passwordHash');
    });

    it('answers a wrong password and an unknown account identically', async () => {
      const wrong = await login(ADMIN.email, 'Pas-Le-Bon-Mot-De-Passe').expect(401);
      const unknown = await login(
        'nobody@meubledefrance.example',
        'Pas-Le-Bon-Mot-De-Passe',
      ).expect(401);
      expect(wrong.headers['content-type']).toContain('application/problem+json');
      const strip = (b: Record<string, unknown>) => ({ ...b, instance: 0, requestId: 0 });
      expect(strip(wrong.body)).toEqual(strip(unknown.body));
    });

    it('rejects a malformed login body with a field list and no side effect', async () => {
      const res = await http()
        .post('/api/v1/auth/login')
        .send({ email: 'not-an-email', password: 5, role: 'admin' })
        .expect(400);
      const fields = [
        ...new Set((res.body.errors as { field: string }[]).map((e) => e.field)),
      ].sort();
      expect(fields).toEqual(['email', 'password', 'role']);
    });
  });

  describe('refresh tokens', () => {
    it('rotates: the new pair works, the old refresh token is dead', async () => {
      const first = (await login(ADMIN.email, ADMIN.password).expect(200)).body;
      const second = (
        await http()
          .post('/api/v1/auth/refresh')
          .send({ refreshToken: first.refreshToken })
          .expect(200)
      ).body;
      expect(second.refreshToken).not.toBe(first.refreshToken);
      await http().get('/api/v1/auth/me').set(bearer(second.accessToken)).expect(200);
      const third = await http()
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: second.refreshToken })
        .expect(200);
      expect(third.body.refreshToken).toMatch(/^rt_/);
    });

    it('revokes the whole family when a used refresh token comes back', async () => {
      const first = (await login(ADMIN.email, ADMIN.password).expect(200)).body;
      const second = (
        await http()
          .post('/api/v1/auth/refresh')
          .send({ refreshToken: first.refreshToken })
          .expect(200)
      ).body;
      // The stolen first token is replayed: refused, and the legitimate second one dies too.
      await http()
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: first.refreshToken })
        .expect(401);
      await http()
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: second.refreshToken })
        .expect(401);
      expect(t.logs.text).toContain('"securityEvent":"refresh_reused"');
    });

    it('refuses unknown and malformed refresh tokens', async () => {
      await http()
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: `rt_${'A'.repeat(43)}` })
        .expect(401);
      await http().post('/api/v1/auth/refresh').send({ refreshToken: 'nope' }).expect(400);
      await http().post('/api/v1/auth/refresh').send({}).expect(401);
    });

    it('logout revokes the refresh token', async () => {
      const pair = (await login(ADMIN.email, ADMIN.password).expect(200)).body;
      await http()
        .post('/api/v1/auth/logout')
        .set(bearer(pair.accessToken))
        .send({ refreshToken: pair.refreshToken })
        .expect(204);
      await http()
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: pair.refreshToken })
        .expect(401);
    });

    it('keeps the console refresh token in a strict httpOnly cookie guarded against CSRF', async () => {
      const res = await login(ADMIN.email, ADMIN.password, { refreshIn: 'cookie' }).expect(200);
      expect(res.body.refreshToken).toBeUndefined();
      const cookies = res.headers['set-cookie'] as unknown as string[];
      const refresh = cookies.find((c) => c.startsWith('mdf_refresh='));
      const csrf = cookies.find((c) => c.startsWith('mdf_csrf='));
      expect(refresh).toMatch(/HttpOnly/);
      expect(refresh).toMatch(/Secure/);
      expect(refresh).toMatch(/SameSite=Strict/);
      expect(refresh).toMatch(/Path=\/api\/v1\/auth/);
      expect(csrf).not.toMatch(/HttpOnly/);
      const jar = cookies.map((c) => c.split(';')[0]).join('; ');

      // A cross-site form post carries the cookie but cannot read the CSRF value.
      await http().post('/api/v1/auth/refresh').set('Cookie', jar).send({}).expect(403);
      await http()
        .post('/api/v1/auth/refresh')
        .set('Cookie', jar)
        .set('X-CSRF-Token', 'guessed-value')
        .send({})
        .expect(403);
      const ok = await http()
        .post('/api/v1/auth/refresh')
        .set('Cookie', jar)
        .set('X-CSRF-Token', res.body.csrfToken)
        .send({})
        .expect(200);
      expect(ok.body.accessToken).toBeTruthy();
      expect(
        (ok.headers['set-cookie'] as unknown as string[]).some((c) =>
          c.startsWith('mdf_refresh=rt_'),
        ),
      ).toBe(true);
    });
  });

  describe('bearer tokens', () => {
    let adminId: string;
    beforeAll(async () => {
      adminId = (await login(ADMIN.email, ADMIN.password).expect(200)).body.user.id;
    });

    it('accepts a token signed with a previous key still listed for verification', async () => {
      const token = forge(
        { sub: adminId, typ: 'staff', role: 'admin' },
        { secret: OLD_SECRET, kid: 'k2025' },
      );
      await http().get('/api/v1/auth/me').set(bearer(token)).expect(200);
    });

    it.each([
      [
        'expired',
        () => forge({ sub: 'x', typ: 'staff', role: 'admin' }, { expiresIn: -10 }),
        'expired',
      ],
      [
        'signed with another key',
        () => forge({ sub: 'x', typ: 'staff', role: 'admin' }, { secret: 'x'.repeat(40) }),
        'not valid',
      ],
      [
        'with an unknown key id',
        () => forge({ sub: 'x', typ: 'staff', role: 'admin' }, { kid: 'other' }),
        'not valid',
      ],
      [
        'with alg none',
        () =>
          `${b64({ alg: 'none', typ: 'JWT', kid: 'k2026' })}.${b64({ sub: 'x', typ: 'staff', role: 'admin', iss: 'mdf-api', aud: 'mdf-console', exp: Math.floor(Date.now() / 1000) + 600 })}.`,
        'not valid',
      ],
      [
        'tampered (role raised)',
        () => {
          const [h, , s] = forge({ sub: 'x', typ: 'staff', role: 'agent' }).split('.');
          return `${h}.${b64({ sub: 'x', typ: 'staff', role: 'admin', iss: 'mdf-api', aud: 'mdf-console', exp: Math.floor(Date.now() / 1000) + 600 })}.${s}`;
        },
        'not valid',
      ],
      ['garbage', () => 'not.a.jwt', 'not valid'],
    ])('refuses a token %s with 401', async (_name, make, detail) => {
      const res = await http().get('/api/v1/users').set(bearer(make())).expect(401);
      expect(res.body.detail).toContain(detail);
      expect(res.headers['content-type']).toContain('application/problem+json');
    });

    it('refuses a well-signed customer token for a session that does not exist', async () => {
      // (A real customer session on a staff route gets 403: access-policy.e2e-spec.ts.)
      const token = forge(
        { sub: '00000000-0000-4000-8000-000000000000', typ: 'customer', site: 's' },
        { audience: 'mdf-widget' },
      );
      const res = await http().get('/api/v1/faq').set(bearer(token)).expect(401);
      expect(res.body.detail).toContain('session has ended');
    });

    it('refuses a staff token re-labelled for the widget audience', async () => {
      const token = forge(
        { sub: adminId, typ: 'staff', role: 'admin' },
        { audience: 'mdf-widget' },
      );
      await http().get('/api/v1/auth/me').set(bearer(token)).expect(401);
    });
  });

  describe('users', () => {
    it('lets an administrator manage agents under the password policy', async () => {
      const admin = await staffToken(t, 'admin');
      const weak = await http()
        .post('/api/v1/users')
        .set(bearer(admin))
        .send({
          email: 'weak@meubledefrance.example',
          name: 'Weak',
          role: 'agent',
          password: 'password1234',
        })
        .expect(400);
      expect(weak.body.errors[0]).toMatchObject({ field: 'password' });
      const created = await http()
        .post('/api/v1/users')
        .set(bearer(admin))
        .send({
          email: 'Lea.Roux@meubledefrance.example',
          name: 'Léa Roux',
          role: 'agent',
          password: 'Guéridon-Laiton-Ambre-58',
        })
        .expect(201);
      expect(created.body).toMatchObject({
        email: 'lea.roux@meubledefrance.example',
        role: 'agent',
      });
      await http()
        .post('/api/v1/users')
        .set(bearer(admin))
        .send({
          email: 'lea.roux@meubledefrance.example',
          name: 'Again',
          role: 'agent',
          password: 'Guéridon-Laiton-Ambre-58',
        })
        .expect(409);

      const pair = (
        await login('lea.roux@meubledefrance.example', 'Guéridon-Laiton-Ambre-58').expect(200)
      ).body;
      await http()
        .patch(`/api/v1/users/${created.body.id}`)
        .set(bearer(admin))
        .send({ active: false })
        .expect(200);
      await login('lea.roux@meubledefrance.example', 'Guéridon-Laiton-Ambre-58').expect(401);
      await http()
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: pair.refreshToken })
        .expect(401);
      await http()
        .patch('/api/v1/users/not-a-uuid')
        .set(bearer(admin))
        .send({ active: true })
        .expect(404);
    });

    it('never lets the administrators lock themselves out', async () => {
      const admin = await staffToken(t, 'admin');
      const me = (await http().get('/api/v1/auth/me').set(bearer(admin)).expect(200)).body as {
        id: string;
      };
      for (const change of [{ active: false }, { role: 'agent' }]) {
        const refused = await http()
          .patch(`/api/v1/users/${me.id}`)
          .set(bearer(admin))
          .send(change)
          .expect(409);
        expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(refused.body.detail).toMatch(/own account/);
      }
      // Renaming oneself is fine.
      await http()
        .patch(`/api/v1/users/${me.id}`)
        .set(bearer(admin))
        .send({ name: 'Test admin' })
        .expect(200);

      // The environment's administrator, signed in, is deactivated by the other one…
      const first = (await login(ADMIN.email, ADMIN.password).expect(200)).body as {
        accessToken: string;
      };
      const firstId = (
        (await http().get('/api/v1/auth/me').set(bearer(first.accessToken)).expect(200)).body as {
          id: string;
        }
      ).id;
      await http()
        .patch(`/api/v1/users/${firstId}`)
        .set(bearer(admin))
        .send({ active: false })
        .expect(200);
      try {
        // …and, with the access token it still holds, cannot remove the last active one.
        const refused = await http()
          .patch(`/api/v1/users/${me.id}`)
          .set(bearer(first.accessToken))
          .send({ active: false })
          .expect(409);
        expect(refused.body.detail).toMatch(/last active administrator/);
        const users = (await http().get('/api/v1/users').set(bearer(admin)).expect(200)).body as {
          id: string;
          active: boolean;
          role: string;
        }[];
        expect(users.find((u) => u.id === me.id)).toMatchObject({ active: true, role: 'admin' });
      } finally {
        await http()
          .patch(`/api/v1/users/${firstId}`)
          .set(bearer(admin))
          .send({ active: true })
          .expect(200);
      }
    });

    it('shows agents their colleagues by name and role, without e-mails', async () => {
      const agent = await staffToken(t, 'agent');
      const admin = await staffToken(t, 'admin');
      const listed = (await http().get('/api/v1/users').set(bearer(admin)).expect(200)).body as {
        id: string;
        name: string;
        role: string;
        active: boolean;
      }[];
      const directory = (await http().get('/api/v1/users/directory').set(bearer(agent)).expect(200))
        .body as Record<string, unknown>[];

      expect(directory).toHaveLength(listed.length);
      for (const user of listed) {
        expect(directory).toContainEqual({
          id: user.id,
          name: user.name,
          role: user.role,
          active: user.active,
        });
      }
      expect(JSON.stringify(directory)).not.toContain('@');
      await http().get('/api/v1/users/directory').expect(401);
      await http()
        .get('/api/v1/users/directory')
        .set({ 'X-API-Key': await apiKey(t, ['tickets:read']) })
        .expect(403);
    });

    it('keeps agents out of administration', async () => {
      const agent = await staffToken(t, 'agent');
      await http().get('/api/v1/users').set(bearer(agent)).expect(403);
      await http()
        .post('/api/v1/api-keys')
        .set(bearer(agent))
        .send({ name: 'x', scopes: ['faq:read'] })
        .expect(403);
    });
  });

  describe('API keys', () => {
    it('shows a key once, honours its scopes and stops it when revoked', async () => {
      const admin = await staffToken(t, 'admin');
      const created = await http()
        .post('/api/v1/api-keys')
        .set(bearer(admin))
        .send({ name: 'Catalogue', scopes: ['products:read'] })
        .expect(201);
      const key = created.body.key as string;
      expect(key).toMatch(/^sk_live_[A-Za-z0-9_-]{48}$/);
      expect(key.startsWith(created.body.prefix)).toBe(true);
      const listed = await http().get('/api/v1/api-keys').set(bearer(admin)).expect(200);
      expect(JSON.stringify(listed.body)).not.toContain(key);

      await http().get('/api/v1/products').set('X-API-Key', key).expect(200);
      await http().put('/api/v1/products/SKU-1').set('X-API-Key', key).send({}).expect(403);
      await http().get('/api/v1/tickets').set('X-API-Key', key).expect(403);

      const again = await http().get('/api/v1/api-keys').set(bearer(admin)).expect(200);
      const row = (again.body as { id: string; lastUsedAt: string | null }[]).find(
        (k) => k.id === created.body.id,
      );
      expect(row?.lastUsedAt).not.toBeNull();

      await http().delete(`/api/v1/api-keys/${created.body.id}`).set(bearer(admin)).expect(200);
      const refused = await http().get('/api/v1/products').set('X-API-Key', key).expect(401);
      expect(refused.body.detail).toContain('API key');
      expect(t.logs.text).toContain('"securityEvent":"api_key_revoked"');
    });

    it('refuses an expired key, an unknown key and a key of the wrong shape', async () => {
      const key = await apiKey(t, ['faq:read']);
      await http().get('/api/v1/faq').set('X-API-Key', key).expect(200);
      await t.app
        .get((await import('typeorm')).DataSource)
        .query(`UPDATE api_key SET expires_at = now() - interval '1 minute' WHERE prefix = $1`, [
          key.slice(0, 16),
        ]);
      await http().get('/api/v1/faq').set('X-API-Key', key).expect(401);
      await http()
        .get('/api/v1/faq')
        .set('X-API-Key', `sk_live_${'B'.repeat(48)}`)
        .expect(401);
      await http().get('/api/v1/faq').set('X-API-Key', 'hello').expect(401);
    });

    it('refuses an expiry in the past and unknown scopes', async () => {
      const admin = await staffToken(t, 'admin');
      await http()
        .post('/api/v1/api-keys')
        .set(bearer(admin))
        .send({ name: 'x', scopes: ['root'] })
        .expect(400);
      await http()
        .post('/api/v1/api-keys')
        .set(bearer(admin))
        .send({ name: 'x', scopes: ['faq:read'], expiresAt: '2020-01-01T00:00:00Z' })
        .expect(400);
    });
  });

  it('counts security events in the metrics', async () => {
    const res = await http().get('/metrics').expect(200);
    expect(res.text).toMatch(/security_events_total\{event="login_failed"\} [1-9]/);
    expect(res.text).toMatch(/security_events_total\{event="refresh_reused"\} [1-9]/);
  });

  it('never writes a password, token, key or cookie to the logs', async () => {
    const secrets = [
      ADMIN.password,
      TEST_PASSWORDS.admin,
      TEST_PASSWORDS.agent,
      'Guéridon-Laiton-Ambre-58',
      SECRET,
      OLD_SECRET,
    ];
    for (const s of secrets) expect(t.logs.text).not.toContain(s);
    expect(t.logs.text).not.toMatch(/rt_[A-Za-z0-9_-]{43}/);
    expect(t.logs.text).not.toMatch(/sk_live_[A-Za-z0-9_-]{20,}/);
    expect(t.logs.text).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/);
    expect(t.logs.text).not.toContain(testEmail('admin'));
  });
});

describe('the first administrator from the environment', () => {
  it('refuses to start with an ADMIN_PASSWORD that fails the policy, saying why', async () => {
    await expect(
      startTestApp({
        env: { ADMIN_EMAIL: 'root@meubledefrance.example', ADMIN_PASSWORD: 'password1234' },
      }),
    ).rejects.toThrow(/ADMIN_PASSWORD does not meet the password policy: it is too easy to guess/);
  });
});
