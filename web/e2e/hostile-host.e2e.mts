import assert from 'node:assert/strict';
import { type Server, createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';

import { launchBrowser, screenshot } from './support/browser.mts';
import { type RunningProduct, freePort, startProduct } from './support/product.mts';
import { W, demoAccount, openWidget, sendToWidget } from './support/widget.mts';

/** Messages Chromium logs when the page's Content-Security-Policy refuses something. */
function cspRefusals(page: Page): string[] {
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
  });
  return refused;
}

async function adminToken(product: RunningProduct): Promise<string> {
  const { email, password } = demoAccount(product.output(), 'admin');
  const res = await fetch(`${product.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  assert.equal(res.status, 200);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

describe('the widget on hostile host pages', () => {
  let product: RunningProduct;
  let browser: Browser;
  let host: Server;
  let hostOrigin = '';

  before(async () => {
    product = await startProduct();
    browser = await launchBrowser();
    // A retailer's page on another origin whose CSP allows only the widget's origin.
    const port = await freePort();
    hostOrigin = `http://127.0.0.1:${port}`;
    const token = await adminToken(product);
    const created = await fetch(`${product.url}/api/v1/widget-sites`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ name: 'Boutique CSP stricte', allowedOrigins: [hostOrigin] }),
    });
    assert.equal(created.status, 201, await created.clone().text());
    const { siteKey } = (await created.json()) as { siteKey: string };
    const api = product.url;
    const csp = [
      "default-src 'none'",
      `script-src ${api}`,
      `connect-src ${api}`,
      `img-src ${api} blob: data:`,
      'media-src blob:',
      "base-uri 'none'",
      "form-action 'none'",
    ].join('; ');
    host = createServer((_req, res) => {
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': csp,
      });
      res.end(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Boutique</title>
<script src="${api}/widget/mdf-chat.js" defer></script></head>
<body><h1>Boutique partenaire</h1><mdf-chat site-key="${siteKey}"></mdf-chat></body></html>`);
    });
    await new Promise<void>((done) => host.listen(port, '127.0.0.1', done));
  });

  after(async () => {
    await browser?.close();
    await new Promise<void>((done) => (host ? host.close(() => done()) : done()));
    await product?.stop();
  });

  test('works under hostile CSS (all: unset, giant fonts)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${product.url}/demo/hostile.html`);
    const launcher = await page.locator(W.launcher).boundingBox();
    assert.ok(launcher, 'launcher visible');
    assert.ok(launcher.width >= 40 && launcher.width <= 120, `launcher width ${launcher.width}`);
    await openWidget(page);
    const panel = await page.locator(W.panel).boundingBox();
    assert.ok(panel && panel.width >= 280 && panel.width <= 600, `panel width ${panel?.width}`);
    const fontSize = await page
      .locator(W.input)
      .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    assert.ok(fontSize >= 12 && fontSize <= 20, `input font ${fontSize}px`);
    await sendToWidget(page, 'Quels sont les délais de livraison ?');
    assert.ok((await page.locator(W.botMessage).count()) >= 2, 'an answer');
    await screenshot(page, '11-widget-hostile-css');
    await page.close();
  });

  test('works under a strict CSP that allows only its script origin', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const refused = cspRefusals(page);
    await page.goto(`${hostOrigin}/`);
    await openWidget(page);
    await sendToWidget(page, 'Je cherche une table en chêne');
    assert.ok((await page.locator(W.botMessage).count()) >= 2, 'an answer');
    await screenshot(page, '12-widget-strict-csp');
    assert.deepEqual(refused, [], 'nothing refused by the host page CSP');
    await page.close();
  });
});
