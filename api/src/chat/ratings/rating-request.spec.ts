import { CHAT_LOCALES } from '../domain/locales';
import { CHAT_MESSAGES } from '../domain/messages';
import { asksForRating, ratingRequestText } from './rating-request';

describe('rating request', () => {
  const session = '3f1c2b7e-8d4a-4c1e-9b2f-5a6d7e8f9a0b';

  it.each([
    ['a chat claim that becomes resolved', session, 'resolved', 'in_progress', true],
    ['an accepted automatic resolution', session, 'resolved', 'auto_resolved', true],
    ['a claim not made in a chat', null, 'resolved', 'in_progress', false],
    [
      'a resolved claim that changes otherwise (note, priority)',
      session,
      'resolved',
      'resolved',
      false,
    ],
    ['a claim closed after resolution', session, 'closed', 'resolved', false],
    [
      'an automatic resolution not yet accepted',
      session,
      'auto_resolved',
      'decision_pending',
      false,
    ],
    ['a new claim', session, 'new', null, false],
  ] as const)('%s → %s', (_what, sessionId, status, previousStatus, expected) => {
    expect(asksForRating({ sessionId, status, previousStatus })).toBe(expected);
  });

  it('names the ticket in every language and asks for 1 to 5', () => {
    for (const locale of CHAT_LOCALES) {
      const text = ratingRequestText(locale, 'SAV-2026-000042');
      expect(text).toContain('SAV-2026-000042');
      expect(text).not.toContain('{reference}');
      expect(text).toMatch(/1.*5/);
      expect(CHAT_MESSAGES[locale].ratingThanks.trim().length).toBeGreaterThan(10);
    }
  });

  it('falls back to French for an unknown locale', () => {
    expect(ratingRequestText('es', 'SAV-2026-000001')).toBe(
      ratingRequestText('fr', 'SAV-2026-000001'),
    );
  });
});
