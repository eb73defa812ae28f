import type { TicketStatus } from '../../../sav';
import { t } from './catalog';
import {
  categoryQuickReplies,
  criteriaSummary,
  decisionSentence,
  durationWords,
  evidenceShots,
  handoffAcknowledgement,
  slaSentence,
  ticketStatusSentence,
} from './phrases';

const ALL_STATUSES: Record<TicketStatus, true> = {
  new: true,
  problem_analysis: true,
  warranty_check: true,
  evidence_collection: true,
  priority_assessment: true,
  decision_pending: true,
  auto_resolved: true,
  escalated_to_human: true,
  awaiting_technician: true,
  in_progress: true,
  resolved: true,
  closed: true,
  cancelled: true,
};

describe('phrases', () => {
  it('says every ticket status in its own words', () => {
    const sentences = Object.keys(ALL_STATUSES).map((s) =>
      ticketStatusSentence('fr', s, 'SAV-2026-000042'),
    );
    expect(new Set(sentences).size).toBe(sentences.length);
    for (const s of sentences) expect(s).toContain('SAV-2026-000042');
    expect(ticketStatusSentence('en', 'weird', 'SAV-2026-000042')).toBe(
      t('en', 'status.unknown', { reference: 'SAV-2026-000042' }),
    );
  });

  it('says durations in hours up to 48 h, else in days', () => {
    expect(durationWords('fr', 24)).toBe('24 h');
    expect(durationWords('fr', 48)).toBe('48 h');
    expect(durationWords('fr', 120)).toBe('5 jours');
    expect(durationWords('en', 4)).toBe('4 hours');
    expect(durationWords('fr', 0)).toBe('1 h');
  });

  it('derives the SLA from the ticket deadlines, else from the analysis', () => {
    const now = new Date('2026-03-02T10:00:00Z');
    expect(
      slaSentence(
        'fr',
        {
          priority: 'P1',
          responseDueAt: '2026-03-03T10:00:00Z',
          interventionDueAt: '2026-03-04T10:00:00Z',
        },
        now,
      ),
    ).toBe(
      'Priorité haute : un conseiller vous répond sous 24 h et une intervention est prévue sous 48 h.',
    );
    expect(
      slaSentence('fr', { priority: 'P0', responseDueAt: 'invalid', interventionDueAt: '' }, now, {
        responseHours: 4,
        interventionHours: 24,
      }),
    ).toBe(
      'Priorité maximale : un conseiller vous répond sous 4 h et une intervention est prévue sous 24 h.',
    );
  });

  it('acknowledges a handoff by its reason', () => {
    expect(handoffAcknowledgement('de')).toBe(t('de', 'handoff.ack'));
    expect(handoffAcknowledgement('it', 'repeated_failure')).toBe(
      t('it', 'handoff.repeatedFailure'),
    );
    expect(handoffAcknowledgement('ar', 'escalation')).toBe(t('ar', 'decision.escalate'));
  });

  it('summarises criteria in each language', () => {
    const criteria = {
      category: 'sofa' as const,
      seats: 3,
      colors: ['gris', 'beige'],
      material: 'cuir',
      style: 'scandinave',
      usage: ['enfants'],
      options: ['convertible' as const],
      maxWidthCm: 220,
      minPrice: 500,
      maxPrice: 1500,
    };
    expect(criteriaSummary('fr', criteria)).toBe(
      'canapé, 3 places, convertible, style scandinave, couleur gris ou beige, en cuir, adapté aux enfants, 220 cm de large au maximum, plus de 500 €, moins de 1\u202f500 €',
    );
    expect(criteriaSummary('en', { category: 'bed', colors: ['inconnu'] })).toBe('bed, in inconnu');
  });

  it('translates evidence shots, keeping French when the lists differ', () => {
    const fabric = {
      category: 'fabric' as const,
      evidence: {
        photos: 3,
        videos: 0,
        shots: ['a', 'b', 'c'],
        request: '',
        completeness: null,
        canProceed: true,
      },
    };
    expect(evidenceShots('en', fabric)).toEqual(t('en', 'shots.fabric').split('\n'));
    expect(
      evidenceShots('en', { ...fabric, evidence: { ...fabric.evidence, shots: ['seule'] } }),
    ).toEqual(['seule']);
  });

  it('says the decision in words', () => {
    expect(
      decisionSentence('fr', {
        action: 'technician',
        resolutionType: 'technician_dispatch',
        reasons: [],
      }),
    ).toBe(t('fr', 'decision.technician'));
    expect(
      decisionSentence('fr', {
        action: 'auto_resolve',
        resolutionType: 'spare_parts_order',
        reasons: [],
      }),
    ).toBe(`${t('fr', 'decision.auto_resolve')} ${t('fr', 'resolution.spare_parts_order')}`);
    expect(
      decisionSentence('en', {
        action: 'auto_resolve',
        resolutionType: 'not_covered',
        reasons: [],
      }),
    ).toBe(t('en', 'resolution.not_covered'));
  });

  it('offers categories as capitalised quick replies', () => {
    expect(categoryQuickReplies('fr')[0]).toBe('Canapé');
    expect(categoryQuickReplies('en')[0]).toBe('Sofa');
  });
});
