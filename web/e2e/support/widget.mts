import type { Page } from 'playwright-core';

/** The widget's test hooks (CSS selectors pierce its open shadow root). */
export const W = {
  launcher: 'mdf-chat [data-testid="launcher"]',
  panel: 'mdf-chat [data-testid="panel"]',
  input: 'mdf-chat [data-testid="message-input"]',
  send: 'mdf-chat [data-testid="send-button"]',
  botMessage: 'mdf-chat [data-testid="message"][data-role="bot"]',
  agentMessage: 'mdf-chat [data-testid="message"][data-role="agent"]',
  customerMessage: 'mdf-chat [data-testid="message"][data-role="customer"]',
  productCard: 'mdf-chat [data-testid="product-card"]',
  quickReply: 'mdf-chat [data-testid="quick-reply"]',
  uploadInput: 'mdf-chat [data-testid="upload-input"]',
  attachmentReady: 'mdf-chat [data-testid="attachment"][data-state="ready"]',
  ticketCard: 'mdf-chat [data-testid="ticket-card"]',
  rating: 'mdf-chat [data-testid="rating"]',
  ratingStar: 'mdf-chat [data-testid="rating-star"]',
  ratingSubmit: 'mdf-chat [data-testid="rating-submit"]',
  notice: 'mdf-chat [data-testid="notice"]',
  streaming: 'mdf-chat [data-testid="message"][aria-busy="true"]',
  languageSelect: 'mdf-chat [data-testid="language-select"]',
} as const;

export async function openWidget(page: Page): Promise<void> {
  await page.locator(W.launcher).click();
  await page.locator(W.panel).waitFor();
  await page.locator(W.botMessage).first().waitFor();
}

/** Types a message, sends it, and waits for the answer to finish streaming. */
export async function sendToWidget(page: Page, text: string): Promise<void> {
  const answers = await page.locator(W.botMessage).count();
  await page.locator(W.input).fill(text);
  await page.locator(W.send).click();
  await page.locator(W.botMessage).nth(answers).waitFor({ timeout: 15_000 });
  await page.locator(W.streaming).waitFor({ state: 'detached', timeout: 15_000 });
}

/** The demo login the start-up banner prints: `Demo agent      email / password`. */
export function demoAccount(banner: string, role: 'agent' | 'admin') {
  const match = new RegExp(`Demo ${role}\\s+(\\S+) / (\\S+)`).exec(banner);
  if (!match) throw new Error(`No demo ${role} in the banner:\n${banner}`);
  return { email: match[1], password: match[2] };
}
