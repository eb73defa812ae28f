import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';

import { launchBrowser, screenshot, seriousViolations } from './support/browser.mts';
import { type RunningProduct, startProduct } from './support/product.mts';
import { demoAccount } from './support/widget.mts';

describe('the console for an administrator', () => {
  let product: RunningProduct;
  let browser: Browser;
  let page: Page;

  before(async () => {
    product = await startProduct();
    browser = await launchBrowser();
    page = await browser.newPage({ locale: 'fr-FR', viewport: { width: 1400, height: 1000 } });
  });

  after(async () => {
    await browser?.close();
    await product?.stop();
  });

  test('the sign-in page is accessible and refuses a wrong password', async () => {
    await page.goto(`${product.url}/`);
    await page.waitForURL(/\/login/);
    assert.deepEqual(await seriousViolations(page), [], 'accessibility of the sign-in page');
    const { email } = demoAccount(product.output(), 'admin');
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-password').fill('Pas-le-bon-mot-de-passe');
    await page.getByTestId('login-submit').click();
    await page.getByRole('alert').first().waitFor();
    assert.match(page.url(), /\/login/);
    await screenshot(page, '13-console-login-refused');
  });

  test('signs in, and a reload keeps the session', async () => {
    const { email, password } = demoAccount(product.output(), 'admin');
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(/\/tickets/);
    await page.reload();
    await page.getByTestId('queue-table').waitFor();
    assert.match(page.url(), /\/tickets/);
  });

  for (const [path, ready, name] of [
    ['/dashboard', 'dashboard-kpi-', '14-console-dashboard'],
    ['/admin/users', 'users-row', '15-console-users'],
    ['/admin/widget-sites', 'sites-row', '16-console-widget-sites'],
  ] as const) {
    test(`${path} is accessible`, async () => {
      await page.goto(`${product.url}${path}`);
      await page.locator(`[data-testid^="${ready}"]`).first().waitFor();
      await screenshot(page, name);
      assert.deepEqual(await seriousViolations(page), [], `accessibility of ${path}`);
    });
  }

  test('the widget site shows the snippet to paste', async () => {
    const snippet = await page.getByTestId('site-snippet').first().innerText();
    assert.match(
      snippet,
      /<script src="http:\/\/localhost:\d+\/widget\/mdf-chat\.js" defer><\/script>/,
    );
    assert.match(snippet, /<mdf-chat site-key="site_[\w-]+"><\/mdf-chat>/);
  });

  test('an API key is shown once, then only its prefix', async () => {
    await page.goto(`${product.url}/admin/api-keys`);
    await page.getByTestId('apikeys-create').click();
    await page.locator('#api-key-name').fill('CRM partenaire');
    await page.getByRole('checkbox', { name: /tickets:read/ }).check();
    await page.getByTestId('apikey-save').click();
    const secret = await page.getByTestId('apikey-secret').innerText();
    assert.match(secret, /^sk_live_/);
    await screenshot(page, '17-console-api-key-once');
    assert.deepEqual(await seriousViolations(page), [], 'accessibility of the secret dialog');
    await page.getByTestId('apikey-secret-close').click();
    await page.getByTestId('apikeys-row').first().waitFor();
    assert.equal(await page.getByText(secret).count(), 0, 'the secret is gone');
  });
});
