import request from 'supertest';
import { bearer, staffToken } from './auth';
import type { TestApp } from './test-app';

/** The shop page every chat test opens its widget from. */
export const CHAT_SHOP_ORIGIN = 'https://shop.example.com';

export interface OpenChat {
  sessionId: string;
  token: string;
  greeting: string;
  /** Authorization header of this customer. */
  auth: { Authorization: string };
}

const sites = new WeakMap<TestApp, string>();

/** A widget site allowing CHAT_SHOP_ORIGIN, created once per app by an administrator. */
export async function chatSiteKey(t: TestApp): Promise<string> {
  const known = sites.get(t);
  if (known) return known;
  const admin = await staffToken(t, 'admin');
  const res = await request(t.app.getHttpServer())
    .post('/api/v1/widget-sites')
    .set(bearer(admin))
    .send({ name: 'Test shop', allowedOrigins: [CHAT_SHOP_ORIGIN] })
    .expect(201);
  const key = (res.body as { siteKey: string }).siteKey;
  sites.set(t, key);
  return key;
}

/** Opens a customer chat session as the widget does. */
export async function openChat(t: TestApp, locale?: string): Promise<OpenChat> {
  const res = await request(t.app.getHttpServer())
    .post('/api/v1/chat/sessions')
    .set('Origin', CHAT_SHOP_ORIGIN)
    .send({ siteKey: await chatSiteKey(t), ...(locale ? { locale } : {}) })
    .expect(201);
  const body = res.body as { sessionId: string; token: string; greeting: string };
  return { ...body, auth: bearer(body.token) };
}
