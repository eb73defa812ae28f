import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';

import { launchBrowser, screenshot, seriousViolations } from './support/browser.mts';
import { photoFile } from './support/files.mts';
import { type RunningProduct, startProduct } from './support/product.mts';
import { W, demoAccount, openWidget, sendToWidget } from './support/widget.mts';

/** A demo order (seed data): delivered long enough ago for a mechanism claim. */
const ORDER = { number: 'CMD-2026-011338', email: 'lucas.bernard@example.com' };
const CLAIM = "Le mécanisme du convertible de mon canapé est bloqué, impossible de l'ouvrir.";
const REFERENCE = /SAV-\d{4}-\d{6}/;

describe('customer and agent, end to end in the browser', () => {
  let product: RunningProduct;
  let browser: Browser;
  let shop: BrowserContext;
  let desk: BrowserContext;
  let customer: Page;
  let agent: Page;
  let reference = '';

  before(async () => {
    product = await startProduct();
    browser = await launchBrowser();
    shop = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    desk = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1400, height: 1000 } });
    customer = await shop.newPage();
    agent = await desk.newPage();
  });

  after(async () => {
    // Where each side ended: the first thing to look at when a step failed.
    if (customer) await screenshot(customer, '99-customer-at-end').catch(() => undefined);
    if (agent) await screenshot(agent, '99-agent-at-end').catch(() => undefined);
    await browser?.close();
    await product?.stop();
  });

  test('the start-up banner gives the console, the demo shop and a demo login', () => {
    const out = product.output();
    assert.match(out, /Agent console\s+http:\/\/localhost:\d+\//);
    assert.match(out, /Demo shop\s+http:\/\/localhost:\d+\/demo\//);
    assert.ok(demoAccount(out, 'agent').email.includes('@'));
  });

  test('an agent signs in and waits on the ticket queue', async () => {
    const { email, password } = demoAccount(product.output(), 'agent');
    await agent.goto(`${product.url}/tickets`);
    await agent.waitForURL(/\/login/);
    await agent.getByTestId('login-email').fill(email);
    await agent.getByTestId('login-password').fill(password);
    await agent.getByTestId('login-submit').click();
    await agent.waitForURL(/\/tickets/);
    await agent.getByTestId('queue-table').waitFor();
    await screenshot(agent, '01-console-queue');
    assert.deepEqual(await seriousViolations(agent), [], 'accessibility of the ticket queue');
  });

  test('on the demo shop a customer asks for a sofa and gets product cards', async () => {
    await customer.goto(`${product.url}/demo/`);
    await openWidget(customer);
    await sendToWidget(customer, 'Bonjour, je cherche un canapé gris 3 places');
    await customer.locator(W.productCard).first().waitFor();
    const cards = await customer.locator(W.productCard).count();
    assert.ok(cards > 0, 'product cards shown');
    assert.match(await customer.locator(W.productCard).first().innerText(), /€/);
    await screenshot(customer, '02-widget-products');
    assert.deepEqual(await seriousViolations(customer), [], 'accessibility of the widget');
  });

  test('the customer files a claim with an order, a description and a photo', async () => {
    await sendToWidget(customer, CLAIM);
    await sendToWidget(customer, `${ORDER.number} ${ORDER.email}`);
    await customer.locator(W.uploadInput).setInputFiles(await photoFile(browser));
    await customer.locator(W.attachmentReady).first().waitFor();
    await sendToWidget(customer, 'Voici la photo');
    // The request may also ask for a video the customer does not have: the claim goes on.
    const ticket = customer.locator(W.ticketCard).first();
    for (let i = 0; i < 3 && !(await ticket.isVisible()); i++) {
      const noVideo = customer.locator(W.quickReply, { hasText: /pas de (photo|vidéo)/i });
      if (await noVideo.first().isVisible()) await noVideo.first().click();
      await ticket.waitFor({ timeout: 5_000 }).catch(() => undefined);
    }
    const text = await ticket.innerText();
    reference = REFERENCE.exec(text)?.[0] ?? '';
    assert.match(reference, REFERENCE);
    await screenshot(customer, '03-widget-ticket');
  });

  test('the ticket appears live in the queue with its priority and SLA', async () => {
    const row = agent.locator(`[data-testid="queue-row"][data-reference="${reference}"]`);
    await row.waitFor({ timeout: 15_000 });
    assert.match(await row.getByTestId('queue-priority').innerText(), /P[0-3]/);
    assert.match(await row.getByTestId('queue-sla').innerText(), /\d/);
    await screenshot(agent, '04-console-new-ticket');
  });

  test('the agent opens it, sees the photo and the analysis, and replies', async () => {
    await agent.locator(`[data-testid="queue-row"][data-reference="${reference}"] a`).click();
    await agent.waitForURL(new RegExp(`/tickets/${reference}`));
    assert.equal(await agent.getByTestId('ticket-reference').innerText(), reference);
    await agent.getByTestId('evidence-thumb').first().waitFor();
    const factors = await agent.getByTestId('analysis-factor').count();
    assert.equal(factors, 8, 'the eight priority factors');
    await agent.getByTestId('evidence-thumb').first().click();
    await agent.getByTestId('lightbox').waitFor();
    await screenshot(agent, '05-console-lightbox');
    await agent.keyboard.press('Escape');
    await agent.getByTestId('lightbox').waitFor({ state: 'detached' });
    assert.deepEqual(await seriousViolations(agent), [], 'accessibility of the ticket page');
    await agent.getByTestId('reply-input').fill('Bonjour, un technicien vous contactera demain.');
    await agent.getByTestId('reply-send').click();
    await agent
      .getByTestId('transcript-message')
      .filter({ hasText: 'un technicien vous contactera demain' })
      .waitFor();
    await screenshot(agent, '06-console-reply');
  });

  test("the customer's widget shows the reply without reloading", async () => {
    await customer
      .locator(W.agentMessage)
      .filter({ hasText: 'un technicien vous contactera demain' })
      .waitFor({ timeout: 15_000 });
    await screenshot(customer, '07-widget-agent-reply');
  });

  test('the agent resolves the ticket and the customer rates the conversation', async () => {
    for (const status of ['in_progress', 'resolved']) {
      const action = agent.getByTestId(`transition-${status}`);
      await action.waitFor();
      await action.click();
      await action.waitFor({ state: 'detached' });
    }
    await screenshot(agent, '08-console-resolved');
    await customer.locator(W.rating).waitFor({ timeout: 15_000 });
    const notices = await customer.locator(W.notice).count();
    await customer.locator(`${W.ratingStar}[data-score="5"]`).click();
    await customer.locator(W.ratingSubmit).click();
    await customer.locator(W.rating).waitFor({ state: 'detached' });
    await customer.locator(W.notice).nth(notices).waitFor();
    await screenshot(customer, '09-widget-rated');
  });

  test('switching the widget to Arabic lays it out right to left', async () => {
    await customer.locator(W.languageSelect).selectOption('ar');
    await customer.locator(`${W.panel}[dir="rtl"]`).waitFor();
    await screenshot(customer, '10-widget-arabic');
  });
});
