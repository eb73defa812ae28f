import type {
  TicketFeedEventView,
  TicketPage,
  TicketView,
  TicketWorkspaceView,
  UploadDetailView,
} from '../ticket-types';

/* Tickets as the API sends them (api/src/sav/tickets.service.ts, tickets/ticket-workspace.service.ts). */

export const NOW = Date.parse('2026-11-02T10:00:00.000Z');

const HOUR = 3_600_000;

export function ticketView(overrides: Partial<TicketView> = {}): TicketView {
  return {
    reference: 'SAV-2026-000042',
    status: 'escalated_to_human',
    priority: 'P0',
    score: 114,
    category: 'structural',
    severity: 'P0',
    description: "Le pied avant gauche du canapé s'est cassé net, mon fils est tombé.",
    source: 'chat',
    orderNumber: 'CMD-2026-004512',
    productSku: 'CAN-OSLO-3P-NOI',
    customer: { email: 'jeanne.dupont@example.fr', name: 'Jeanne Dupont', phone: '+33612345678' },
    sla: {
      // 3 h 25 min 10 s from NOW.
      responseDueAt: new Date(NOW + 3 * HOUR + 25 * 60_000 + 10_000).toISOString(),
      interventionDueAt: new Date(NOW + 23 * HOUR).toISOString(),
      respondedAt: null,
      resolvedAt: null,
      responseBreached: false,
      interventionBreached: false,
    },
    decision: { action: 'escalate', resolutionType: 'human_intervention' },
    assigneeId: null,
    createdAt: new Date(NOW - 35 * 60_000).toISOString(),
    updatedAt: new Date(NOW - 30 * 60_000).toISOString(),
    ...overrides,
  };
}

export function ticketPage(
  items: TicketView[],
  total = items.length,
  page = 1,
  pageSize = 20,
): TicketPage {
  return { items, total, page, pageSize };
}

export function upload(
  fields: Pick<UploadDetailView, 'id' | 'kind' | 'mimeType' | 'size' | 'scanStatus' | 'createdAt'>,
): UploadDetailView {
  return {
    sha256: 'a3f1c2',
    sessionId: '5b0c2a8e-8d1e-4f7a-9e55-3a1f6c2d9b70',
    ticketId: null,
    uploadedBy: 'session:5b0c2a8e-8d1e-4f7a-9e55-3a1f6c2d9b70',
    scanSignature: null,
    scannedAt: null,
    ...fields,
  };
}

export function workspace(overrides: Partial<TicketWorkspaceView> = {}): TicketWorkspaceView {
  return {
    ...ticketView(),
    analysis: {
      category: 'structural',
      confidence: 0.86,
      severity: 'P0',
      symptoms: ['pied cassé', 'chute'],
      priority: 'P0',
      score: 114,
      factors: [
        { name: 'category', points: 30, detail: 'Structure : 30 points' },
        { name: 'severity', points: 25, detail: 'Gravité P0 : 25 points' },
        { name: 'productAge', points: 18, detail: 'Livré il y a 12 jours : 18 points' },
        { name: 'warranty', points: 15, detail: 'Sous garantie : 15 points' },
        { name: 'customerTier', points: 5, detail: 'Client standard : 5 points' },
        { name: 'criticalWords', points: 10, detail: 'Danger signalé : 10 points' },
        { name: 'previousClaims', points: 8, detail: '1 réclamation précédente : 8 points' },
        { name: 'productValue', points: 3, detail: 'Plus de 1 000 € : 3 points' },
      ],
      sla: { responseHours: 4, interventionHours: 24 },
      tone: { level: 'urgent', urgency: 'critical', signals: ['danger'] },
      warranty: {
        component: 'structure',
        covered: true,
        expiresAt: '2031-10-20',
        exclusions: [],
        reason: 'La structure est garantie 5 ans à compter de la livraison.',
        alternatives: [],
      },
      evidence: {
        photos: 3,
        videos: 1,
        shots: ['le meuble entier', 'la casse de près', 'le contexte'],
        request: 'Envoyez 3 photos et 1 vidéo.',
        completeness: 75,
        canProceed: true,
      },
      decision: {
        action: 'escalate',
        resolutionType: 'human_intervention',
        reasons: ['Priorité P0 : un conseiller prend la main.'],
      },
      customerAskedForHuman: false,
    },
    timeline: [
      {
        at: new Date(NOW - 35 * 60_000).toISOString(),
        actor: 'session:5b0c…',
        kind: 'created',
        from: null,
        to: null,
        note: 'Source : chat',
      },
      {
        at: new Date(NOW - 35 * 60_000).toISOString(),
        actor: 'system',
        kind: 'status_change',
        from: 'decision_pending',
        to: 'escalated_to_human',
        note: 'Priorité P0 : un conseiller prend la main.',
      },
    ],
    allowedTransitions: ['in_progress', 'cancelled'],
    sessionId: '5b0c2a8e-8d1e-4f7a-9e55-3a1f6c2d9b70',
    locale: 'fr',
    messages: [
      {
        id: 'm1',
        role: 'customer',
        text: "Le pied du canapé s'est cassé, mon fils est tombé.",
        createdAt: new Date(NOW - 40 * 60_000).toISOString(),
      },
      {
        id: 'm2',
        role: 'bot',
        text: "Je suis désolé. N'utilisez plus le canapé ; un conseiller vous recontacte.",
        createdAt: new Date(NOW - 39 * 60_000).toISOString(),
      },
    ],
    evidence: [
      upload({
        id: 'f1',
        kind: 'photo',
        mimeType: 'image/jpeg',
        size: 1_482_113,
        scanStatus: 'clean',
        createdAt: new Date(NOW - 38 * 60_000).toISOString(),
      }),
      upload({
        id: 'f2',
        kind: 'video',
        mimeType: 'video/mp4',
        size: 12_000_000,
        scanStatus: 'unscanned',
        createdAt: new Date(NOW - 37 * 60_000).toISOString(),
      }),
      upload({
        id: 'f3',
        kind: 'photo',
        mimeType: 'image/png',
        size: 300_000,
        scanStatus: 'infected',
        createdAt: new Date(NOW - 36 * 60_000).toISOString(),
      }),
    ],
    validation: { status: 'pending', at: null, correction: null },
    recap: { status: 'sent', sentAt: new Date(NOW - 34 * 60_000).toISOString(), attempts: 1 },
    aiUsage: { calls: 2, promptTokens: 1200, completionTokens: 300, costEur: 0.0042, fallbacks: 0 },
    ...overrides,
  };
}

/** The data of a `ticket` frame of the staff feed. */
export function feedChange(overrides: Partial<TicketFeedEventView> = {}): TicketFeedEventView {
  return {
    reference: 'SAV-2026-000042',
    status: 'in_progress',
    previousStatus: 'escalated_to_human',
    priority: 'P0',
    change: 'status',
    sessionId: null,
    at: new Date(NOW).toISOString(),
    ...overrides,
  };
}
