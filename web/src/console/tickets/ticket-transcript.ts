import { LiveAnnouncer } from '@angular/cdk/a11y';
import {
  Component,
  DestroyRef,
  ElementRef,
  afterRenderEffect,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';

import { problemOf } from '../core/problem';
import { SseClient, type SseEvent, eventData } from '../core/sse';
import { I18n } from '../i18n/i18n';
import { Clock } from './clock';
import { TicketApi, chatEventsUrl } from './ticket-api';
import { TicketLabels } from './ticket-labels';
import type { ChatMessageView } from './ticket-types';

/** A `typing` event shows the indicator this long, unless it is renewed or stopped. */
export const TYPING_SHOWN_MS = 6_000;
/** Tolerated difference between the API's clock and this browser's. */
const TYPING_SKEW_MS = 4_000;
/** While the agent writes, "typing" is sent again this often (the widget lets it expire). */
export const TYPING_RENEW_MS = 3_000;
/** This long without a keystroke, the agent has stopped typing. */
export const TYPING_IDLE_MS = 4_000;
/** Longest reply the API takes. */
export const REPLY_MAX_LENGTH = 4_000;

function isMessage(value: unknown): value is ChatMessageView {
  if (typeof value !== 'object' || value === null) return false;
  const { id, role, text, createdAt } = value as Record<string, unknown>;
  return (
    typeof id === 'string' &&
    (role === 'customer' || role === 'bot' || role === 'agent') &&
    typeof text === 'string' &&
    typeof createdAt === 'string'
  );
}

/** The ticket's conversation, live, and the agent's reply box. */
@Component({
  selector: 'mdf-ticket-transcript',
  templateUrl: './ticket-transcript.html',
  styleUrls: ['./panel.css', './ticket-transcript.css'],
})
export class TicketTranscript {
  protected readonly i18n = inject(I18n);
  protected readonly labels = inject(TicketLabels);
  private readonly api = inject(TicketApi);
  private readonly sse = inject(SseClient);
  private readonly clock = inject(Clock);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly destroyRef = inject(DestroyRef);

  readonly reference = input.required<string>();
  readonly sessionId = input.required<string | null>();
  readonly messages = input.required<readonly ChatMessageView[]>();
  /** The conversation says its ticket changed (status, priority). */
  readonly ticketChanged = output<void>();
  /** The agent's reply was stored (the ticket's first response may have changed). */
  readonly replied = output<void>();

  /** What the API sent, plus what arrived live since. */
  protected readonly lines = linkedSignal<readonly ChatMessageView[], readonly ChatMessageView[]>({
    source: () => this.messages(),
    computation: (fromApi, previous) => {
      if (!previous) return fromApi;
      const known = new Set(fromApi.map((m) => m.id));
      const live = previous.value.filter(
        (m) => !known.has(m.id) && m.createdAt > (fromApi.at(-1)?.createdAt ?? ''),
      );
      return [...fromApi, ...live];
    },
  });

  private readonly typingUntil = signal(0);
  protected readonly typing = computed(() => this.clock.now() < this.typingUntil());

  /** Names this screen in its typing events, to tell them from another agent's. */
  private readonly clientId = crypto.randomUUID();
  private typingSentAt = 0;
  private typingIdle: ReturnType<typeof setTimeout> | undefined;

  protected readonly draft = signal('');
  protected readonly sending = signal(false);
  protected readonly replyError = signal<string | null>(null);
  protected readonly maxLength = REPLY_MAX_LENGTH;

  private readonly scroller = viewChild<ElementRef<HTMLElement>>('scroller');

  constructor() {
    effect((onCleanup) => {
      const sessionId = this.sessionId();
      if (!sessionId) return;
      const connection = untracked(() =>
        this.sse.open(
          chatEventsUrl(sessionId),
          { event: (event) => this.onEvent(event) },
          this.destroyRef,
        ),
      );
      onCleanup(() => connection.close());
    });
    this.destroyRef.onDestroy(() => this.stopTyping());
    // The newest line stays in view as lines arrive.
    afterRenderEffect(() => {
      this.lines();
      const element = this.scroller()?.nativeElement;
      if (element) element.scrollTop = element.scrollHeight;
    });
  }

  protected roleLabel(message: ChatMessageView): string {
    return this.i18n.t(`ticket.role.${message.role}`);
  }

  /** A keystroke in the reply box: the customer sees that an agent is writing. */
  protected edited(text: string): void {
    this.draft.set(text);
    const sessionId = this.sessionId();
    if (!sessionId) return;
    clearTimeout(this.typingIdle);
    if (text.trim() === '') {
      this.stopTyping();
      return;
    }
    this.typingIdle = setTimeout(() => this.stopTyping(), TYPING_IDLE_MS);
    const now = Date.now();
    if (now - this.typingSentAt < TYPING_RENEW_MS) return;
    this.typingSentAt = now;
    this.sendTyping(sessionId, true);
  }

  private stopTyping(): void {
    clearTimeout(this.typingIdle);
    this.typingIdle = undefined;
    const sessionId = this.sessionId();
    if (this.typingSentAt === 0 || !sessionId) return;
    this.typingSentAt = 0;
    this.sendTyping(sessionId, false);
  }

  /** Best effort: the indicator is a courtesy, a failure changes nothing else. */
  private sendTyping(sessionId: string, active: boolean): void {
    this.api.typing(sessionId, active, this.clientId).catch(() => undefined);
  }

  protected async send(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this.sending()) return;
    const text = this.draft().trim();
    if (!text) {
      this.replyError.set(this.i18n.t('ticket.reply.empty'));
      return;
    }
    this.sending.set(true);
    this.replyError.set(null);
    this.stopTyping();
    try {
      const message = await this.api.reply(this.reference(), text);
      this.draft.set('');
      if (isMessage(message)) this.append(message);
      void this.announcer.announce(this.i18n.t('ticket.reply.sent'), 'polite');
      this.replied.emit();
    } catch (err) {
      this.replyError.set(
        this.i18n.t(
          problemOf(err).status === 409 ? 'ticket.reply.noConversation' : 'ticket.reply.error',
        ),
      );
    } finally {
      this.sending.set(false);
    }
  }

  private append(message: ChatMessageView): boolean {
    if (this.lines().some((line) => line.id === message.id)) return false;
    this.lines.update((lines) => [...lines, message]);
    return true;
  }

  private onEvent(event: SseEvent): void {
    const data = eventData(event);
    if (!data) return;
    switch (event.type) {
      case 'message': {
        const message = data['message'];
        if (!isMessage(message) || !this.append(message)) return;
        if (message.role === 'customer') {
          const text = message.text.length > 160 ? `${message.text.slice(0, 160)}…` : message.text;
          void this.announcer.announce(
            this.i18n.t('ticket.transcript.newMessage', { text }),
            'polite',
          );
        }
        return;
      }
      case 'typing': {
        // This screen's own typing, echoed by the conversation's stream.
        if (data['clientId'] === this.clientId) return;
        const at =
          typeof data['createdAt'] === 'string' ? Date.parse(data['createdAt']) : Date.now();
        // Typing events replayed on reconnection are old news; a little clock skew is not.
        const recent = Number.isFinite(at) && Date.now() - at < TYPING_SHOWN_MS + TYPING_SKEW_MS;
        this.typingUntil.set(data['active'] === true && recent ? Date.now() + TYPING_SHOWN_MS : 0);
        return;
      }
      case 'ticket':
        this.ticketChanged.emit();
        return;
      default:
        return;
    }
  }
}
