import { renderConfirmPage } from './confirm-page';
import { CLAIM_LOCALES } from './messages';
import { buildRecapCard, buildRecapEmail, escapeHtml, maskEmail, type RecapFacts } from './recap';

const analysis: RecapFacts['analysis'] = {
  category: 'structural',
  priority: 'P1',
  sla: { responseHours: 24, interventionHours: 48 },
  warranty: {
    component: 'structure',
    covered: true,
    expiresAt: '2031-03-01',
    exclusions: [],
    reason: 'Structure couverte 5 ans.',
    alternatives: [],
  },
  decision: { action: 'technician', resolutionType: 'technician_dispatch', reasons: [] },
  evidence: {
    photos: 3,
    videos: 1,
    shots: [],
    request: '',
    completeness: 0,
    canProceed: true,
  },
};

const facts = (overrides: Partial<RecapFacts> = {}): RecapFacts => ({
  reference: 'SAV-2026-000042',
  locale: 'fr',
  customerName: 'Jeanne Dupont',
  customerEmail: 'jeanne.dupont@example.fr',
  orderNumber: 'CMD-2026-004512',
  productName: 'Canapé 3 places Oslo',
  productSku: 'CAN-OSLO-3P-NOI',
  description: "Le pied avant s'est cassé.",
  analysis,
  interventionDueAt: new Date('2026-11-05T09:30:00Z'),
  ...overrides,
});

const link = {
  url: 'https://sav.example/api/v1/claims/confirm/abc.def.ghi',
  expiresAt: new Date('2026-11-10T09:30:00Z'),
};

describe('recap card and e-mail', () => {
  it.each(CLAIM_LOCALES)('gives every field in %s', (locale) => {
    const card = buildRecapCard(facts({ locale }));
    expect(card.reference).toBe('SAV-2026-000042');
    expect(card.title).toContain('SAV-2026-000042');
    expect(card.lines).toHaveLength(7);
    for (const line of card.lines) {
      expect(line.label.trim()).not.toBe('');
      expect(line.value.trim()).not.toBe('');
    }
    expect(card.nextSteps.length).toBeGreaterThanOrEqual(2);
    expect(card.deadline).toMatch(/2026|٢٠٢٦/);
    expect(card.emailedTo).toBe('j***@example.fr');
    const mail = buildRecapEmail(facts({ locale }), card, link);
    expect(mail.subject).toContain('SAV-2026-000042');
    expect(mail.text).toContain(link.url);
    expect(mail.html).toContain(`href="${link.url}"`);
    expect(mail.html).toContain(`lang="${locale}"`);
  });

  it('speaks the customer language, not French, outside French', () => {
    const fr = buildRecapCard(facts({ locale: 'fr' }));
    for (const locale of ['en', 'de', 'it', 'ar'] as const) {
      const other = buildRecapCard(facts({ locale }));
      expect(other.title).not.toBe(fr.title);
      expect(other.lines.map((l) => l.label)).not.toEqual(fr.lines.map((l) => l.label));
      expect(other.nextSteps).not.toEqual(fr.nextSteps);
    }
  });

  it('falls back to French for an unknown locale', () => {
    expect(buildRecapCard(facts({ locale: 'xx' }))).toEqual(buildRecapCard(facts()));
  });

  it('says the warranty, priority and category in words', () => {
    const card = buildRecapCard(facts({ locale: 'en' }));
    const value = (label: string) => card.lines.find((l) => l.label === label)?.value;
    expect(value('Priority')).toBe('High');
    expect(value('Problem')).toMatch(/Structure/);
    expect(value('Warranty')).toMatch(/^Covered \(structure, 5 years warranty\) until/);
    const excluded = buildRecapCard(
      facts({
        locale: 'en',
        analysis: {
          ...analysis,
          warranty: { ...analysis.warranty, covered: false, exclusions: ['stain', 'pet_damage'] },
        },
      }),
    );
    expect(excluded.lines.find((l) => l.label === 'Warranty')?.value).toBe(
      'Not covered (structure, 5 years warranty): stain, pet damage',
    );
  });

  it('derives next steps from the decision and the danger', () => {
    const p0 = buildRecapCard(
      facts({
        locale: 'en',
        analysis: {
          ...analysis,
          priority: 'P0',
          sla: { responseHours: 4, interventionHours: 24 },
          decision: { action: 'escalate', resolutionType: 'human_intervention', reasons: [] },
        },
      }),
    );
    expect(p0.nextSteps[0]).toMatch(/stop using/);
    expect(p0.nextSteps[1]).toMatch(/within 4 hours/);
    const cushions = buildRecapCard(
      facts({
        locale: 'en',
        analysis: {
          ...analysis,
          priority: 'P2',
          decision: { action: 'auto_resolve', resolutionType: 'spare_parts_order', reasons: [] },
          evidence: { ...analysis.evidence, canProceed: false, photos: 2, videos: 0 },
        },
      }),
    );
    expect(cushions.nextSteps).toEqual([
      'We are sending you the part needed.',
      'Please send 2 photo(s) of the problem in the chat.',
      'Confirm or correct this summary with the link we e-mailed you.',
    ]);
  });

  it('has no e-mail line nor confirm step when no address is known', () => {
    const card = buildRecapCard(facts({ customerEmail: null }));
    expect(card.emailedTo).toBeUndefined();
    expect(card.nextSteps.join(' ')).not.toMatch(/e-mail/);
  });

  it('escapes everything in the HTML e-mail', () => {
    const hostile = facts({
      customerName: '<b>Jeanne</b>',
      description: '<script>alert("x")</script> & co',
      productName: '"Oslo" <img src=x onerror=alert(1)>',
    });
    const card = buildRecapCard(hostile);
    const mail = buildRecapEmail(hostile, card, {
      ...link,
      url: 'https://sav.example/c/"><script>x</script>',
    });
    expect(mail.html).not.toMatch(/<script|<img|<b>/);
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(mail.html).toContain('&quot;&gt;&lt;script&gt;');
    expect(mail.text).toContain('<script>alert("x")</script>');
  });

  it('writes Arabic right to left', () => {
    const ar = facts({ locale: 'ar' });
    const card = buildRecapCard(ar);
    expect(buildRecapEmail(ar, card, link).html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(buildRecapEmail(facts(), buildRecapCard(facts()), link).html).toMatch(
      /<html lang="fr" dir="ltr">/,
    );
    const page = renderConfirmPage({ locale: 'ar', card, validation: 'pending', action: '/x' });
    expect(page).toMatch(/<html lang="ar" dir="rtl">/);
  });
});

describe('confirmation page', () => {
  const card = buildRecapCard(facts());

  it('offers confirm, correction and cancel forms without any script', () => {
    const page = renderConfirmPage({
      locale: 'fr',
      card,
      validation: 'pending',
      action: '/api/v1/claims/confirm/t"k',
    });
    expect(
      page.match(/<form method="post" action="\/api\/v1\/claims\/confirm\/t&quot;k">/g),
    ).toHaveLength(3);
    expect(page).toContain('name="correction"');
    expect(page).toContain('<label for="correction">');
    expect(page).not.toMatch(/<script|onclick|onsubmit/i);
  });

  it('shows the answer instead of the forms once answered', () => {
    const page = renderConfirmPage({ locale: 'en', card, validation: 'validated', action: '/x' });
    expect(page).toContain('Thank you, your claim is confirmed.');
    expect(page).not.toContain('<form');
  });
});

describe('helpers', () => {
  it.each([
    ['jeanne.dupont@example.fr', 'j***@example.fr'],
    ['a@b.c', 'a***@b.c'],
    ['nonsense', '***'],
  ])('masks %s as %s', (address, masked) => expect(maskEmail(address)).toBe(masked));

  it('escapes the five HTML specials', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
});
