import { Logger } from '@nestjs/common';
import { register } from 'prom-client';
import { TICKET_COUNTS_TTL_MS, TicketGauges } from './ticket-gauges';
import type { TicketCount, TicketsService } from './tickets.service';

const COUNTS: TicketCount[] = [
  { status: 'in_progress', priority: 'P1', total: 3, responseBreached: 1, interventionBreached: 2 },
  { status: 'new', priority: 'P0', total: 1, responseBreached: 1, interventionBreached: 0 },
  { status: 'closed', priority: 'P1', total: 7, responseBreached: 0, interventionBreached: 0 },
];

describe('TicketGauges', () => {
  let query: jest.Mock<Promise<TicketCount[]>, []>;

  beforeEach(() => {
    register.clear();
    jest.useFakeTimers({ now: new Date('2026-03-02T10:00:00Z') });
    query = jest.fn<Promise<TicketCount[]>, []>().mockResolvedValue(COUNTS);
    new TicketGauges({ countByStatusAndPriority: query } as unknown as TicketsService);
  });
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
    register.clear();
  });

  it('exports tickets by status and priority and the SLA breaches from one query', async () => {
    const text = await register.metrics();
    expect(text).toContain('sav_tickets{status="in_progress",priority="P1"} 3');
    expect(text).toContain('sav_tickets{status="closed",priority="P1"} 7');
    expect(text).toContain('sav_tickets_sla_breached{kind="response"} 2');
    expect(text).toContain('sav_tickets_sla_breached{kind="intervention"} 2');
    expect(query).toHaveBeenCalledTimes(1);
  });

  it('asks the database again only once the cache has expired', async () => {
    await register.metrics();
    jest.advanceTimersByTime(TICKET_COUNTS_TTL_MS - 1);
    await register.metrics();
    expect(query).toHaveBeenCalledTimes(1);
    query.mockResolvedValue([COUNTS[0]]);
    jest.advanceTimersByTime(1);
    const text = await register.metrics();
    expect(query).toHaveBeenCalledTimes(2);
    // A status no longer present disappears instead of keeping its last value.
    expect(text).not.toContain('status="closed"');
    expect(text).toContain('sav_tickets_sla_breached{kind="response"} 1');
  });

  it('leaves the ticket series out, but still answers the scrape, when the query fails', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    query.mockRejectedValue(new Error('connection refused'));
    const text = await register.metrics();
    expect(text).not.toMatch(/^sav_tickets/m);
    expect(text).toContain('# TYPE sav_tickets gauge');
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('lets a second application in the same process start: the first keeps reporting', async () => {
    const other = jest.fn<Promise<TicketCount[]>, []>().mockResolvedValue([]);
    expect(
      () => new TicketGauges({ countByStatusAndPriority: other } as unknown as TicketsService),
    ).not.toThrow();
    expect(await register.metrics()).toContain('sav_tickets{status="new",priority="P0"} 1');
    expect(other).not.toHaveBeenCalled();
  });
});
