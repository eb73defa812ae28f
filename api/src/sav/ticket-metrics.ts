import { makeCounterProvider } from '@willsoto/nestjs-prometheus';

export const TICKETS_CREATED_METRIC = 'tickets_created_total';
export const TICKETS_METRIC = 'sav_tickets';
export const SLA_BREACHED_METRIC = 'sav_tickets_sla_breached';

export const ticketsCreatedCounter = makeCounterProvider({
  name: TICKETS_CREATED_METRIC,
  help: 'Tickets opened, by source (chat, partner, agent) and priority at creation',
  labelNames: ['source', 'priority'],
});
