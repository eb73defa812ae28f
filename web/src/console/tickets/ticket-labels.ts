import { Service, inject } from '@angular/core';

import { Auth } from '../core/auth';
import { LocalFormat } from '../core/local-format';
import { I18n } from '../i18n/i18n';
import { type MessageKey, isMessageKey } from '../i18n/messages';
import { type DeadlineState, type SlaTarget, splitDuration } from './sla';
import { StaffDirectory } from './staff-directory';
import type {
  ClaimAnalysisView,
  Priority,
  ProblemCategory,
  TicketEventView,
  TicketStatus,
  TicketView,
  TicketWorkspaceView,
  UploadDetailView,
} from './ticket-types';

type Analysis = ClaimAnalysisView;

/** Every status, in lifecycle order (the record makes the list exhaustive). */
const STATUS_ORDER: Readonly<Record<TicketStatus, number>> = {
  new: 0,
  problem_analysis: 1,
  warranty_check: 2,
  evidence_collection: 3,
  priority_assessment: 4,
  decision_pending: 5,
  auto_resolved: 6,
  escalated_to_human: 7,
  awaiting_technician: 8,
  in_progress: 9,
  resolved: 10,
  closed: 11,
  cancelled: 12,
};
export const TICKET_STATUSES = Object.keys(STATUS_ORDER) as TicketStatus[];

const PRIORITY_SET: Readonly<Record<Priority, true>> = { P0: true, P1: true, P2: true, P3: true };
export const PRIORITIES = Object.keys(PRIORITY_SET) as Priority[];

const CATEGORY_SET: Readonly<Record<ProblemCategory, true>> = {
  structural: true,
  mechanism: true,
  fabric: true,
  cushions: true,
  delivery: true,
  assembly: true,
  smell: true,
  dimensions: true,
  unknown: true,
};
export const PROBLEM_CATEGORIES = Object.keys(CATEGORY_SET) as ProblemCategory[];

/** The console's words for the API's codes, in the current locale. */
@Service()
export class TicketLabels {
  private readonly i18n = inject(I18n);
  private readonly auth = inject(Auth);
  private readonly staff = inject(StaffDirectory);
  private readonly format = inject(LocalFormat);

  status(status: TicketStatus): string {
    return this.i18n.t(`ticket.status.${status}`);
  }

  priority(priority: Priority): string {
    return this.i18n.t(`ticket.priority.${priority}`);
  }

  category(category: ProblemCategory): string {
    return this.i18n.t(`ticket.category.${category}`);
  }

  source(source: TicketView['source']): string {
    return this.known(`ticket.source.${source}`, source);
  }

  tone(level: Analysis['tone']['level']): string {
    return this.known(`ticket.tone.${level}`, level);
  }

  urgency(urgency: Analysis['tone']['urgency']): string {
    return this.known(`ticket.urgency.${urgency}`, urgency);
  }

  decision(action: Analysis['decision']['action']): string {
    return this.known(`ticket.decision.${action}`, action);
  }

  resolution(type: Analysis['decision']['resolutionType']): string {
    return this.known(`ticket.resolution.${type}`, type);
  }

  factor(name: Analysis['factors'][number]['name']): string {
    return this.known(`ticket.factor.${name}`, name);
  }

  component(component: Analysis['warranty']['component']): string {
    return this.known(`ticket.component.${component}`, component);
  }

  exclusion(exclusion: Analysis['warranty']['exclusions'][number]): string {
    return this.known(`ticket.exclusion.${exclusion}`, exclusion);
  }

  event(kind: TicketEventView['kind']): string {
    return this.known(`ticket.event.${kind}`, kind);
  }

  scan(status: UploadDetailView['scanStatus']): string {
    return this.known(`ticket.evidence.scan.${status}`, status);
  }

  recap(status: TicketWorkspaceView['recap']['status']): string {
    return this.known(`ticket.recap.${status}`, status);
  }

  assignee(assigneeId: string | null): string {
    if (!assigneeId) return this.i18n.t('ticket.assignee.nobody');
    if (assigneeId === this.auth.user()?.id) return this.i18n.t('ticket.assignee.me');
    return this.staff.nameOf(assigneeId) ?? this.i18n.t('ticket.assignee.other');
  }

  /** Who a timeline entry names: `user:<id>`, `key:<id>`, `session:<id>`, `customer`, `system`. */
  actor(actor: string): string {
    if (actor === 'system') return this.i18n.t('ticket.actor.system');
    if (actor === 'customer' || actor.startsWith('session:'))
      return this.i18n.t('ticket.actor.customer');
    if (actor.startsWith('key:')) return this.i18n.t('ticket.actor.partner');
    if (actor === `user:${this.auth.user()?.id}`) return this.i18n.t('ticket.actor.me');
    if (actor.startsWith('user:'))
      return this.staff.nameOf(actor.slice(5)) ?? this.i18n.t('ticket.actor.staff');
    return actor;
  }

  customer(ticket: Pick<TicketView, 'customer'>): string {
    const { name, email } = ticket.customer;
    return name ?? email ?? this.i18n.t('ticket.none');
  }

  dateTime(iso: string): string {
    return this.i18n.formatDateTime(new Date(iso));
  }

  duration(ms: number): string {
    const { days, clock } = splitDuration(ms);
    return days > 0 ? this.i18n.t('ticket.sla.days', { days, time: clock }) : clock;
  }

  deadline(target: SlaTarget, state: DeadlineState): string {
    const name = this.i18n.t(`ticket.sla.${target}`);
    switch (state.kind) {
      case 'done':
        return this.i18n.t('ticket.sla.done');
      case 'met':
        return this.i18n.t('ticket.sla.met', { target: name });
      case 'due':
        return this.i18n.t('ticket.sla.dueIn', {
          target: name,
          time: this.duration(state.remainingMs),
        });
      case 'overdue':
        return this.i18n.t('ticket.sla.overdue', {
          target: name,
          time: this.duration(state.overdueMs),
        });
    }
  }

  /**
   * The label of a code: the key is typed, so every code the API documents has one; a code from a
   * newer API than this console falls back to itself.
   */
  private known(key: MessageKey, code: string): string {
    return isMessageKey(key) ? this.i18n.t(key) : code;
  }

  fileSize(bytes: number): string {
    if (bytes < 1024 * 1024) {
      return this.i18n.t('ticket.evidence.sizeKb', {
        value: this.i18n.formatNumber(Math.max(1, bytes / 1024)),
      });
    }
    return this.i18n.t('ticket.evidence.sizeMb', {
      value: this.format.decimal(bytes / 1024 / 1024),
    });
  }
}
