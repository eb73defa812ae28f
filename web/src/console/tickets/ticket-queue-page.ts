import { LiveAnnouncer } from '@angular/cdk/a11y';
import {
  Component,
  DestroyRef,
  computed,
  inject,
  linkedSignal,
  resource,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, type ParamMap, Router, RouterLink } from '@angular/router';

import { Auth } from '../core/auth';
import { I18n } from '../i18n/i18n';
import { Clock } from './clock';
import { LiveStatus } from './live-status';
import { PriorityBadge } from './priority-badge';
import { openTicketPageSession } from './session';
import { SlaCountdown } from './sla-countdown';
import { TicketApi } from './ticket-api';
import { PRIORITIES, PROBLEM_CATEGORIES, TICKET_STATUSES, TicketLabels } from './ticket-labels';
import type {
  Priority,
  ProblemCategory,
  TicketFeedEventView,
  TicketListQuery,
  TicketPage,
  TicketStatus,
} from './ticket-types';

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;
/** Typing pauses this long before the search runs. */
export const SEARCH_DEBOUNCE_MS = 300;
/** Live events arriving together cause one reload. */
export const LIVE_RELOAD_DEBOUNCE_MS = 400;

export type AssigneeFilter = 'me' | 'none';

/** The queue's filters, as kept in the URL's query parameters. */
export interface QueueFilters {
  readonly status: TicketStatus | null;
  readonly priority: Priority | null;
  readonly category: ProblemCategory | null;
  readonly assignee: AssigneeFilter | null;
  readonly breached: boolean;
  readonly q: string;
  readonly page: number;
  readonly pageSize: number;
}

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | null {
  return raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : null;
}

function positive(raw: string | null, fallback: number): number {
  const value = Number(raw);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** Reads the filters from the URL; anything unknown is ignored. */
export function filtersFrom(params: ParamMap): QueueFilters {
  const size = positive(params.get('pageSize'), DEFAULT_PAGE_SIZE);
  return {
    status: oneOf(TICKET_STATUSES, params.get('status')),
    priority: oneOf(PRIORITIES, params.get('priority')),
    category: oneOf(PROBLEM_CATEGORIES, params.get('category')),
    assignee: oneOf<AssigneeFilter>(['me', 'none'], params.get('assignee')),
    breached: params.get('breached') === 'true',
    q: params.get('q')?.trim() ?? '',
    page: Math.min(positive(params.get('page'), 1), 10_000),
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

/** The API query for these filters; `me` needs the signed-in agent's id. */
export function queryFor(filters: QueueFilters, myId: string | undefined): TicketListQuery {
  const query: TicketListQuery = { page: filters.page, pageSize: filters.pageSize };
  if (filters.status) query.status = filters.status;
  if (filters.priority) query.priority = filters.priority;
  if (filters.category) query.category = filters.category;
  if (filters.assignee === 'me' && myId) query.assigneeId = myId;
  if (filters.assignee === 'none') query.assigneeId = 'none';
  if (filters.breached) query.breached = true;
  if (filters.q) query.q = filters.q;
  return query;
}

interface LoadedPage {
  readonly page: TicketPage;
}

type FilterName = 'status' | 'priority' | 'category' | 'assignee';

@Component({
  selector: 'mdf-ticket-queue-page',
  imports: [RouterLink, PriorityBadge, SlaCountdown, LiveStatus],
  providers: [Clock],
  templateUrl: './ticket-queue-page.html',
  styleUrl: './ticket-queue-page.css',
})
export class TicketQueuePage {
  protected readonly i18n = inject(I18n);
  protected readonly labels = inject(TicketLabels);
  private readonly auth = inject(Auth);
  private readonly api = inject(TicketApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly statuses = TICKET_STATUSES;
  protected readonly priorities = PRIORITIES;
  protected readonly categories = PROBLEM_CATEGORIES;
  protected readonly pageSizes = PAGE_SIZES;

  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly filters = computed(() => filtersFrom(this.params()));
  private readonly query = computed(() => queryFor(this.filters(), this.auth.user()?.id));

  protected readonly tickets = resource({
    params: () => this.query(),
    loader: async ({ params, abortSignal }): Promise<LoadedPage> => ({
      page: await this.api.list(params, abortSignal),
    }),
  });

  /** The last page loaded stays on screen while the next one loads, and through an error. */
  protected readonly shown = linkedSignal<LoadedPage | undefined, LoadedPage | undefined>({
    source: () => (this.tickets.hasValue() ? this.tickets.value() : undefined),
    computation: (value, previous) => value ?? previous?.value,
  });
  protected readonly loading = this.tickets.isLoading;
  protected readonly failed = computed(() => this.tickets.status() === 'error');
  protected readonly pages = computed(() => {
    const page = this.shown()?.page;
    return page ? Math.max(1, Math.ceil(page.total / page.pageSize)) : 1;
  });

  private searchPending: ReturnType<typeof setTimeout> | undefined;
  /** What the search box shows: the URL's `q`, unless the agent is typing a newer one. */
  protected readonly searchText = linkedSignal<string, string>({
    source: () => this.filters().q,
    computation: (q, previous) =>
      this.searchPending !== undefined && previous ? previous.value : q,
  });

  /** Tickets created while this page is open, flagged in their row. */
  protected readonly fresh = signal<ReadonlySet<string>>(new Set());
  private liveReload: ReturnType<typeof setTimeout> | undefined;
  private created: { reference: string; priority: Priority }[] = [];
  protected readonly liveState = openTicketPageSession({
    change: (change) => this.onLiveChange(change),
    reconnected: () => this.tickets.reload(),
  });

  constructor() {
    this.destroyRef.onDestroy(() => {
      clearTimeout(this.searchPending);
      clearTimeout(this.liveReload);
    });
  }

  protected setFilter(name: FilterName, value: string): void {
    this.navigate({ [name]: value || null, page: null });
  }

  protected setBreached(checked: boolean): void {
    this.navigate({ breached: checked ? 'true' : null, page: null });
  }

  protected onSearchInput(value: string): void {
    this.searchText.set(value);
    clearTimeout(this.searchPending);
    this.searchPending = setTimeout(() => this.search(), SEARCH_DEBOUNCE_MS);
  }

  /** Enter in the search box searches at once. */
  protected search(event?: Event): void {
    event?.preventDefault();
    clearTimeout(this.searchPending);
    this.searchPending = undefined;
    const q = this.searchText().trim();
    if (q !== this.filters().q) this.navigate({ q: q || null, page: null }, true);
  }

  protected resetFilters(): void {
    clearTimeout(this.searchPending);
    this.searchPending = undefined;
    this.searchText.set('');
    const { pageSize } = this.filters();
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: pageSize === DEFAULT_PAGE_SIZE ? {} : { pageSize },
    });
  }

  protected readonly filtered = computed(() => {
    const f = this.filters();
    return !!(f.status || f.priority || f.category || f.assignee || f.breached || f.q);
  });

  protected goToPage(page: number): void {
    this.navigate({ page: page > 1 ? page : null });
  }

  protected setPageSize(value: string): void {
    this.navigate({ pageSize: Number(value) === DEFAULT_PAGE_SIZE ? null : value, page: null });
  }

  protected retry(): void {
    this.tickets.reload();
  }

  private navigate(changes: Record<string, string | number | null>, replaceUrl = false): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: changes,
      queryParamsHandling: 'merge',
      replaceUrl,
    });
  }

  private onLiveChange(change: TicketFeedEventView): void {
    if (change.change === 'created') {
      this.created.push({ reference: change.reference, priority: change.priority });
    }
    clearTimeout(this.liveReload);
    this.liveReload = setTimeout(() => this.applyLiveChanges(), LIVE_RELOAD_DEBOUNCE_MS);
  }

  private applyLiveChanges(): void {
    this.liveReload = undefined;
    this.tickets.reload();
    const created = this.created.splice(0);
    if (created.length === 0) return;
    this.fresh.update((set) => new Set([...set, ...created.map((c) => c.reference)]));
    const message =
      created.length === 1
        ? this.i18n.t('queue.announce.new', {
            reference: created[0].reference,
            priority: `${created[0].priority} ${this.labels.priority(created[0].priority)}`,
          })
        : this.i18n.t('queue.announce.newMany', { count: created.length });
    void this.announcer.announce(message, 'polite');
  }
}
