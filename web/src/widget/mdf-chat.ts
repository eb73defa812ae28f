/**
 * <mdf-chat site-key="site_…">: the customer chat of Meuble de France, embedded on retailers'
 * pages. Shadow DOM keeps the host page's CSS out; all text comes from the message catalogs.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { ApiError, ChatApi } from './api';
import {
  evidenceCard,
  productList,
  recapCard,
  ticketCard,
  wordFor,
  type CardContext,
} from './cards';
import {
  isLocale,
  isRtl,
  LOCALE_NAMES,
  LOCALES,
  resolveLocale,
  toLocale,
  translator,
  type Locale,
  type Translate,
} from './i18n';
import { chatIcon, clipIcon, closeIcon, sendIcon } from './icons';
import { randomId } from './ids';
import { LiveEvents } from './live-events';
import { Outbox, type DeliveryStatus, type SendOutcome } from './outbox';
import { SessionStore, type PendingMessage, type StoredSession } from './session-store';
import { widgetStyles } from './styles';
import { resolveTheme, type ResolvedTheme } from './theme';
import type { ChatLine, ChatRole, ConversationState, TicketSummary } from './types';
import { checkFile, uploadFile, type UploadRequest } from './uploads';

const MESSAGE_MAX_CHARS = 2000;
const RATING_COMMENT_MAX = 1000;
/** How long "an advisor is typing" stays up without news (the server does not always send `false`). */
const TYPING_TTL_MS = 6000;

interface Preview {
  url: string;
  kind: 'photo' | 'video';
  name: string;
}

/** A line of the transcript as shown: a stored line, a message on its way, or a local notice. */
export interface ViewLine {
  key: string;
  id?: string;
  role: ChatRole | 'system';
  text: string;
  rich?: ChatLine;
  delivery?: 'sending' | 'failed' | 'rejected';
  detail?: string;
  streaming?: boolean;
  previews?: Preview[];
}

interface Attachment {
  key: string;
  name: string;
  kind: 'photo' | 'video';
  url: string;
  file: File;
  progress: number;
  state: 'uploading' | 'ready' | 'failed';
  uploadId?: string;
  error?: string;
  request?: UploadRequest;
}

interface RatingForm {
  score: number;
  comment: string;
  sending: boolean;
  error: boolean;
}

export class MdfChat extends LitElement {
  /** The origin the widget script was loaded from; set by the entry point. */
  static defaultApiBase: string | undefined;

  static override properties = {
    siteKey: { type: String, attribute: 'site-key' },
    locale: { type: String },
    apiBase: { type: String, attribute: 'api-base' },
    open: { type: Boolean, reflect: true },
    uiLocale: { state: true },
    theme: { state: true },
    lines: { state: true },
    draft: { state: true },
    attachments: { state: true },
    uploadErrors: { state: true },
    busy: { state: true },
    agentTyping: { state: true },
    offline: { state: true },
    unavailable: { state: true },
    unread: { state: true },
    ratingOpen: { state: true },
    rating: { state: true },
    greeting: { state: true },
  };

  static override styles = widgetStyles;

  declare siteKey: string;
  declare locale: string | undefined;
  declare apiBase: string | undefined;
  declare open: boolean;

  declare uiLocale: Locale;
  declare theme: ResolvedTheme;
  declare lines: ViewLine[];
  declare draft: string;
  declare attachments: Attachment[];
  declare uploadErrors: string[];
  /** A message is on its way and its reply has not arrived. */
  declare busy: boolean;
  declare agentTyping: boolean;
  declare offline: boolean;
  declare unavailable: boolean;
  declare unread: number;
  declare ratingOpen: boolean;
  declare rating: RatingForm;
  /** The site's greeting in the session's language (the catalog's greeting serves the others). */
  declare greeting: { locale: Locale; text: string } | undefined;

  private api: ChatApi | undefined;
  private store: SessionStore | undefined;
  private outbox: Outbox | undefined;
  private liveEvents: LiveEvents | undefined;
  private session: StoredSession | undefined;
  private opening: Promise<StoredSession> | undefined;
  private booted = false;
  private readonly seen = new Set<string>();
  /** Live events that may duplicate the turn being streamed: shown once the turn ends. */
  private deferred: ChatLine[] = [];
  private readonly tickets = new Map<string, Pick<TicketSummary, 'status' | 'priority'>>();
  private readonly objectUrls = new Set<string>();
  private conversationState: ConversationState | undefined;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private sessionLosses = 0;
  private focusOnOpen = false;
  private stickToBottom = true;

  constructor() {
    super();
    this.siteKey = '';
    this.open = false;
    this.uiLocale = 'fr';
    this.theme = resolveTheme(undefined);
    this.lines = [];
    this.draft = '';
    this.attachments = [];
    this.uploadErrors = [];
    this.busy = false;
    this.agentTyping = false;
    this.offline = false;
    this.unavailable = false;
    this.unread = 0;
    this.ratingOpen = false;
    this.rating = { score: 0, comment: '', sending: false, error: false };
  }

  private get t(): Translate {
    return translator(this.uiLocale);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.enterTopLayer();
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    this.offline = typeof navigator !== 'undefined' && navigator.onLine === false;
  }

  /**
   * In the top layer (a manual popover), the page's transforms, filters, overflow and z-index
   * on html or body cannot move, clip or cover the widget; older browsers keep position: fixed.
   */
  private enterTopLayer(): void {
    if (typeof this.showPopover !== 'function') return;
    if (!this.hasAttribute('popover')) this.setAttribute('popover', 'manual');
    try {
      if (!this.matches(':popover-open')) this.showPopover();
    } catch {
      // Not shown (e.g. inside an inert modal of the page): position: fixed still applies.
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    this.liveEvents?.stop();
    this.liveEvents = undefined;
    this.outbox?.dispose();
    for (const a of this.attachments) a.request?.abort();
    for (const url of this.objectUrls) URL.revokeObjectURL(url);
    this.objectUrls.clear();
    clearTimeout(this.typingTimer);
    this.booted = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A later change of the attribute wins over the remembered choice; the first value does not.
    if (changed.has('locale') && this.booted && isLocale(toLocale(this.locale))) {
      this.uiLocale = resolveLocale(this.locale, document);
    }
    if (!this.booted && this.siteKey && this.isConnected) this.boot();
    if (changed.has('theme')) this.setAttribute('data-position', this.theme.position);
    if (changed.has('open') && this.open && this.booted) {
      this.unread = 0;
      void this.ensureSession().catch(() => undefined);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Through the CSSOM, not a style attribute: a host page's CSP may forbid inline styles.
    const root = this.renderRoot.querySelector<HTMLElement>('.root');
    root?.style.setProperty('--mdf-brand', this.theme.brand);
    root?.style.setProperty('--mdf-on-brand', this.theme.onBrand);
    if (changed.has('open')) {
      if (this.open && this.focusOnOpen) {
        this.focusOnOpen = false;
        this.input?.focus();
      }
      if (this.open) this.scrollToEnd();
    }
    if (changed.has('lines') || changed.has('ratingOpen') || changed.has('agentTyping')) {
      if (this.stickToBottom) this.scrollToEnd();
    }
  }

  // ---- state and server ------------------------------------------------------------------

  private boot(): void {
    this.booted = true;
    const apiBase = (this.apiBase || MdfChat.defaultApiBase || window.location.origin).replace(
      /\/+$/,
      '',
    );
    this.api = new ChatApi(apiBase);
    this.store = new SessionStore(this.siteKey, apiBase);
    const prefs = this.store.preferences();
    this.uiLocale = prefs.locale ?? resolveLocale(this.locale, document);
    this.theme = resolveTheme(prefs.theme);
    this.outbox = new Outbox(this.store, {
      send: (message) => this.deliver(message),
      onStatus: (message, status, detail) => this.onDelivery(message, status, detail),
    });
    // A first visit: the launcher takes the site's colours before any chat is opened.
    if (!prefs.theme) void this.loadAppearance();
    const session = this.store.loadSession();
    if (session) {
      this.adopt(session);
      void this.resume(session);
    } else if (this.outbox.messages.length > 0 || this.open) {
      this.showPending();
      void this.ensureSession()
        .then(() => this.outbox?.flush())
        .catch(() => undefined);
    }
  }

  private async loadAppearance(): Promise<void> {
    try {
      const { theme } = await this.api!.appearance(this.siteKey);
      // A session opened meanwhile brought the same theme, or a newer one.
      if (this.store!.preferences().theme) return;
      this.theme = resolveTheme(theme);
      this.store!.savePreferences({ theme });
    } catch {
      // The default look until a chat is opened; nothing to tell the customer.
    }
  }

  private adopt(session: StoredSession): void {
    this.session = session;
    this.greeting = { locale: session.locale, text: session.greeting };
  }

  /** A reload: the transcript comes back from the server, then what was not sent yet goes out. */
  private async resume(session: StoredSession): Promise<void> {
    try {
      const items = await this.api!.history(session);
      const ids = new Set(items.map((m) => m.id));
      this.lines = [
        ...items.map((m) => this.toView(m)),
        ...this.lines.filter((l) => !l.id || !ids.has(l.id)),
      ];
      for (const m of items) {
        if (m.ticket) this.tickets.set(m.ticket.reference, m.ticket);
      }
      const last = items.at(-1);
      if (last?.ratingRequest && !session.rated) this.ratingOpen = true;
      this.unavailable = false;
      this.startLive(session);
    } catch (err) {
      if (err instanceof ApiError && err.sessionLost) {
        await this.renewSession(session).catch(() => undefined);
      } else {
        this.unavailable = true;
        this.startLive(session);
      }
    }
    this.showPending();
    void this.outbox?.flush();
  }

  private ensureSession(): Promise<StoredSession> {
    if (this.session) return Promise.resolve(this.session);
    this.opening ??= this.createSession().finally(() => {
      this.opening = undefined;
    });
    return this.opening;
  }

  private async createSession(): Promise<StoredSession> {
    try {
      const view = await this.api!.createSession(this.siteKey, this.uiLocale);
      const session: StoredSession = {
        sessionId: view.sessionId,
        token: view.token,
        expiresAt: view.expiresAt,
        apiBase: this.api!.apiBase,
        locale: toLocale(view.locale) ?? this.uiLocale,
        greeting: view.greeting,
      };
      this.store!.saveSession(session);
      if (view.theme) {
        this.theme = resolveTheme(view.theme);
        this.store!.savePreferences({ theme: view.theme });
      }
      this.outbox!.moveTo(session.sessionId);
      this.unavailable = false;
      this.adopt(session);
      this.startLive(session);
      return session;
    } catch (err) {
      this.unavailable = true;
      throw err;
    }
  }

  /** The session died (expired token, unknown session): start a new one, once per loss. */
  private async renewSession(lost: StoredSession): Promise<StoredSession> {
    if (this.session && this.session.sessionId !== lost.sessionId) return this.session;
    if (this.session) {
      this.liveEvents?.stop();
      this.liveEvents = undefined;
      this.store!.clearSession();
      this.session = undefined;
      this.ratingOpen = false;
      this.addNotice(this.t('status.expired'));
    }
    return this.ensureSession();
  }

  private startLive(session: StoredSession): void {
    this.liveEvents?.stop();
    this.liveEvents = new LiveEvents(this.api!, session, session.lastEventId, {
      onEvent: (type, data) => this.onLiveEvent(type, data),
      onPosition: (id) => {
        if (this.session === session) {
          session.lastEventId = id;
          this.store!.updateSession({ lastEventId: id });
        }
      },
      onSessionLost: () => void this.renewSession(session).catch(() => undefined),
    });
    this.liveEvents.start();
  }

  /** Sends one queued message, streaming its reply into the transcript. */
  private async deliver(message: PendingMessage): Promise<SendOutcome> {
    let session: StoredSession;
    try {
      session = await this.ensureSession();
    } catch (err) {
      return { kind: 'retry', afterMs: err instanceof ApiError ? err.retryAfterMs : undefined };
    }
    let attachmentIds = message.attachmentIds;
    if (message.sessionId !== session.sessionId) {
      this.outbox!.moveTo(session.sessionId);
      attachmentIds = [];
    }
    const streamKey = `reply:${message.clientMessageId}`;
    this.busy = true;
    try {
      const result = await this.api!.sendTurn(
        session,
        {
          text: message.text,
          clientMessageId: message.clientMessageId,
          ...(attachmentIds.length > 0 ? { attachmentIds } : {}),
        },
        { onDelta: (text) => this.appendDelta(streamKey, text) },
      );
      this.sessionLosses = 0;
      this.applyTurn(message.clientMessageId, streamKey, result);
      if (result.state) this.onState(result.state);
      return { kind: 'sent' };
    } catch (err) {
      this.removeLine(streamKey);
      if (!(err instanceof ApiError)) return { kind: 'retry' };
      if (err.sessionLost) {
        await this.renewSession(session).catch(() => undefined);
        // At once after the first loss; a session refused again and again backs off.
        return { kind: 'retry', afterMs: this.sessionLosses++ === 0 ? 0 : undefined };
      }
      if (err.transient) return { kind: 'retry', afterMs: err.retryAfterMs };
      return { kind: 'rejected', detail: err.detail };
    } finally {
      this.busy = false;
      const deferred = this.deferred.splice(0);
      for (const line of deferred) this.addServerLine(line);
    }
  }

  private onDelivery(message: PendingMessage, status: DeliveryStatus, detail?: string): void {
    if (status === 'sent') return;
    const delivery = status === 'sending' ? 'sending' : status === 'failed' ? 'failed' : 'rejected';
    if (!this.lines.some((l) => l.key === message.clientMessageId)) {
      this.lines = [
        ...this.lines,
        { key: message.clientMessageId, role: 'customer', text: message.text },
      ];
    }
    this.patchLine(message.clientMessageId, { delivery, detail });
  }

  /** Messages typed before a reload and not acknowledged: shown, to be sent again. */
  private showPending(): void {
    const missing = (this.outbox?.messages ?? []).filter(
      (m) => !this.lines.some((l) => l.key === m.clientMessageId),
    );
    if (missing.length === 0) return;
    this.lines = [
      ...this.lines,
      ...missing.map((m): ViewLine => ({
        key: m.clientMessageId,
        role: 'customer',
        text: m.text,
        delivery: 'failed',
      })),
    ];
  }

  private applyTurn(
    clientMessageId: string,
    streamKey: string,
    result: Awaited<ReturnType<ChatApi['sendTurn']>>,
  ): void {
    const stored = result.message;
    if (stored && this.seen.has(stored.id)) {
      // A resend of a message the transcript already holds: the server kept the first one.
      this.removeLine(clientMessageId);
    } else {
      if (stored) this.seen.add(stored.id);
      this.patchLine(clientMessageId, {
        id: stored?.id,
        delivery: undefined,
        detail: undefined,
      });
    }
    const reply = result.reply;
    if (reply && !this.seen.has(reply.id)) {
      this.seen.add(reply.id);
      this.noteTicket(reply);
      const view = this.toView(reply);
      if (this.lines.some((l) => l.key === streamKey)) this.replaceLine(streamKey, view);
      else this.lines = [...this.lines, view];
      if (reply.ratingRequest && !this.session?.rated) this.ratingOpen = true;
      if (!this.open) this.unread++;
    } else if (result.replyFailed) {
      this.replaceLine(streamKey, {
        key: streamKey,
        role: 'system',
        text: this.t('message.replyFailed'),
      });
    } else {
      this.removeLine(streamKey);
    }
  }

  private appendDelta(key: string, text: string): void {
    const existing = this.lines.find((l) => l.key === key);
    if (existing) {
      this.patchLine(key, { text: existing.text + text });
    } else {
      this.lines = [...this.lines, { key, role: 'bot', text, streaming: true }];
    }
  }

  private onLiveEvent(type: string, data: unknown): void {
    const payload = (data ?? {}) as Record<string, unknown>;
    switch (type) {
      case 'message': {
        const message = payload['message'] as ChatLine | undefined;
        if (!message || typeof message.id !== 'string') return;
        if (this.busy && message.role !== 'agent') this.deferred.push(message);
        else this.addServerLine(message);
        break;
      }
      case 'typing': {
        const createdAt = Date.parse(String(payload['createdAt'] ?? ''));
        const fresh = !Number.isFinite(createdAt) || Date.now() - createdAt < TYPING_TTL_MS;
        clearTimeout(this.typingTimer);
        this.agentTyping = payload['active'] === true && fresh;
        if (this.agentTyping) {
          this.typingTimer = setTimeout(() => {
            this.agentTyping = false;
          }, TYPING_TTL_MS);
        }
        break;
      }
      case 'ticket': {
        const reference = payload['reference'];
        const status = payload['status'];
        const priority = payload['priority'];
        if (typeof reference !== 'string' || typeof status !== 'string') return;
        const known = this.tickets.get(reference);
        this.tickets.set(reference, {
          status,
          priority: typeof priority === 'string' ? priority : (known?.priority ?? ''),
        } as Pick<TicketSummary, 'status' | 'priority'>);
        if (known?.status !== status) {
          this.addNotice(
            this.t('status.ticket', {
              reference,
              status: wordFor(this.t, this.uiLocale, 'ticketStatus', status),
            }),
          );
        } else {
          this.requestUpdate();
        }
        break;
      }
      case 'state': {
        const state = payload['state'];
        if (typeof state === 'string') this.onState(state as ConversationState);
        break;
      }
      case 'rating_request':
        if (!this.session?.rated) this.ratingOpen = true;
        break;
      default:
        break;
    }
  }

  private onState(state: ConversationState): void {
    const previous = this.conversationState;
    this.conversationState = state;
    if (state === previous || previous === undefined) return;
    if (state === 'handoff') this.addNotice(this.t('status.handoff'));
    else if (state === 'closed') this.addNotice(this.t('status.closed'));
  }

  private addServerLine(message: ChatLine): void {
    if (this.seen.has(message.id)) return;
    this.seen.add(message.id);
    this.noteTicket(message);
    this.lines = [...this.lines, this.toView(message)];
    if (message.role === 'agent') {
      clearTimeout(this.typingTimer);
      this.agentTyping = false;
    }
    if (message.ratingRequest && !this.session?.rated) this.ratingOpen = true;
    if (!this.open && message.role !== 'customer') this.unread++;
  }

  private noteTicket(message: ChatLine): void {
    if (message.ticket) {
      this.tickets.set(message.ticket.reference, {
        status: message.ticket.status,
        priority: message.ticket.priority,
      });
    }
  }

  private toView(message: ChatLine): ViewLine {
    this.seen.add(message.id);
    return {
      key: message.id,
      id: message.id,
      role: message.role,
      text: message.text,
      rich: message,
    };
  }

  private addNotice(text: string): void {
    this.lines = [...this.lines, { key: `notice:${randomId()}`, role: 'system', text }];
  }

  private patchLine(key: string, patch: Partial<ViewLine>): void {
    this.lines = this.lines.map((l) => (l.key === key ? { ...l, ...patch } : l));
  }

  private replaceLine(key: string, line: ViewLine): void {
    this.lines = this.lines.map((l) => (l.key === key ? line : l));
  }

  private removeLine(key: string): void {
    if (this.lines.some((l) => l.key === key)) this.lines = this.lines.filter((l) => l.key !== key);
  }

  // ---- user actions ----------------------------------------------------------------------

  private readonly onOnline = (): void => {
    this.offline = false;
    void this.outbox?.retryNow();
    this.liveEvents?.reconnectNow();
  };

  private readonly onOffline = (): void => {
    this.offline = true;
  };

  private toggle(): void {
    if (this.open) {
      this.close();
    } else {
      this.focusOnOpen = true;
      this.open = true;
    }
  }

  private close(): void {
    this.open = false;
    void this.updateComplete.then(() => this.launcher?.focus());
  }

  private onPanelKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.close();
    }
  }

  private onLanguage(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (!isLocale(value)) return;
    this.uiLocale = value;
    this.store?.savePreferences({ locale: value });
  }

  private get canSend(): boolean {
    if (this.attachments.some((a) => a.state === 'uploading')) return false;
    return this.draft.trim() !== '' || this.attachments.some((a) => a.state === 'ready');
  }

  /** Queues the typed text, with the files uploaded for it, for sending. */
  private send(): void {
    if (!this.outbox || !this.canSend) return;
    const ready = this.attachments.filter((a) => a.state === 'ready' && a.uploadId);
    const text = (this.draft.trim() || this.t('input.attachOnly')).slice(0, MESSAGE_MAX_CHARS);
    const previews = ready.map((a): Preview => ({ url: a.url, kind: a.kind, name: a.name }));
    this.draft = '';
    this.attachments = this.attachments.filter((a) => !ready.includes(a));
    this.uploadErrors = [];
    this.stickToBottom = true;
    const message = this.outbox.enqueue(
      this.session?.sessionId ?? '',
      text,
      ready.map((a) => a.uploadId!),
    );
    if (previews.length > 0) this.patchLine(message.clientMessageId, { previews });
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    this.send();
  }

  private onInputKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      this.send();
    }
  }

  private quickReply(text: string): void {
    this.stickToBottom = true;
    this.outbox?.enqueue(this.session?.sessionId ?? '', text);
  }

  private retryMessage(key: string): void {
    this.patchLine(key, { delivery: 'sending' });
    void this.outbox?.retryNow();
  }

  private pickFiles(): void {
    this.fileInput?.click();
  }

  private onFiles(event: Event): void {
    const input = event.target as HTMLInputElement;
    const files = Array.from(input.files ?? []);
    input.value = '';
    const t = this.t;
    const errors: string[] = [];
    for (const file of files) {
      const check = checkFile(file);
      if ('problem' in check) {
        if (check.problem === 'wrongType') errors.push(t('upload.wrongType', { name: file.name }));
        else if (check.problem === 'tooSmall')
          errors.push(t('upload.tooSmall', { name: file.name }));
        else errors.push(t('upload.tooBig', { name: file.name, max: check.max }));
        continue;
      }
      const url = URL.createObjectURL(file);
      this.objectUrls.add(url);
      const attachment: Attachment = {
        key: randomId(),
        name: file.name,
        kind: check.kind,
        url,
        file,
        progress: 0,
        state: 'uploading',
      };
      this.attachments = [...this.attachments, attachment];
      void this.upload(attachment);
    }
    this.uploadErrors = errors;
  }

  private patchAttachment(key: string, patch: Partial<Attachment>): void {
    this.attachments = this.attachments.map((a) => (a.key === key ? { ...a, ...patch } : a));
  }

  private async upload(attachment: Attachment): Promise<void> {
    const t = this.t;
    let session: StoredSession;
    try {
      session = await this.ensureSession();
    } catch {
      this.patchAttachment(attachment.key, {
        state: 'failed',
        error: t('upload.network', { name: attachment.name }),
      });
      return;
    }
    const request = uploadFile(this.api!.apiBase, session, attachment.file, (fraction) =>
      this.patchAttachment(attachment.key, { progress: Math.round(fraction * 100) }),
    );
    this.patchAttachment(attachment.key, {
      state: 'uploading',
      progress: 0,
      error: undefined,
      request,
    });
    const result = await request.promise;
    if (!this.attachments.some((a) => a.key === attachment.key)) return;
    if (result.ok) {
      if (result.upload.scanStatus === 'infected') {
        this.patchAttachment(attachment.key, {
          state: 'failed',
          error: t('upload.infected', { name: attachment.name }),
          request: undefined,
        });
      } else {
        this.patchAttachment(attachment.key, {
          state: 'ready',
          uploadId: result.upload.id,
          progress: 100,
          request: undefined,
        });
      }
      return;
    }
    let error: string;
    if (result.status === 0) error = t('upload.network', { name: attachment.name });
    else if (result.status === 413) {
      const check = checkFile({ type: attachment.file.type, size: Number.MAX_SAFE_INTEGER });
      error = t('upload.tooBig', {
        name: attachment.name,
        max: 'max' in check ? check.max : '',
      });
    } else if (result.status === 415) error = t('upload.wrongType', { name: attachment.name });
    else {
      error = t('upload.failed', {
        name: attachment.name,
        detail: result.detail ?? `HTTP ${result.status}`,
      });
    }
    if (result.status === 401 || result.status === 403) {
      await this.renewSession(session).catch(() => undefined);
    }
    this.patchAttachment(attachment.key, { state: 'failed', error, request: undefined });
  }

  private removeAttachment(key: string): void {
    const attachment = this.attachments.find((a) => a.key === key);
    if (!attachment) return;
    attachment.request?.abort();
    URL.revokeObjectURL(attachment.url);
    this.objectUrls.delete(attachment.url);
    this.attachments = this.attachments.filter((a) => a.key !== key);
    this.input?.focus();
  }

  private async submitRating(event: Event): Promise<void> {
    event.preventDefault();
    const { score, comment } = this.rating;
    if (score < 1 || this.rating.sending) return;
    this.rating = { ...this.rating, sending: true, error: false };
    try {
      const session = await this.ensureSession();
      const view = await this.api!.rate(session, score, comment.trim() || undefined);
      session.rated = true;
      this.store!.updateSession({ rated: true });
      this.ratingOpen = false;
      this.rating = { score: 0, comment: '', sending: false, error: false };
      this.addNotice(view.thanks || this.t('rating.thanks'));
    } catch {
      this.rating = { ...this.rating, sending: false, error: true };
    }
  }

  // ---- rendering -------------------------------------------------------------------------

  private get input(): HTMLTextAreaElement | null {
    return this.renderRoot.querySelector<HTMLTextAreaElement>('#mdf-input');
  }

  private get launcher(): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>('.launcher');
  }

  private get fileInput(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('input[type=file]');
  }

  private scrollToEnd(): void {
    const log = this.renderRoot.querySelector<HTMLElement>('.log');
    if (log) log.scrollTop = log.scrollHeight;
  }

  private onLogScroll(event: Event): void {
    const log = event.target as HTMLElement;
    this.stickToBottom = log.scrollHeight - log.scrollTop - log.clientHeight < 40;
  }

  private get greetingText(): string {
    return this.greeting && this.greeting.locale === this.uiLocale && this.greeting.text
      ? this.greeting.text
      : this.t('greeting');
  }

  private get statusText(): string {
    const t = this.t;
    if (this.offline) return t('status.offline');
    if (this.unavailable) return t('status.unavailable');
    if (this.agentTyping) return t('status.typing');
    if (this.busy && !this.lines.some((l) => l.streaming)) return t('status.botTyping');
    return '';
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const rtl = isRtl(this.uiLocale);
    // The root stays left-to-right whatever the page inherits: the corner is the site's choice.
    return html`<div class="root" lang=${this.uiLocale} dir="ltr">
      ${this.renderPanel(rtl)}
      <button
        type="button"
        class="launcher"
        data-testid="launcher"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="mdf-panel"
        aria-label=${this.open ? t('launcher.close') : t('launcher.open')}
        @click=${this.toggle}
      >
        ${this.open ? closeIcon : chatIcon}
        ${
          this.unread > 0 && !this.open
            ? html`<span class="badge" data-testid="unread"
                ><span aria-hidden="true">${this.unread}</span
                ><span class="sr-only">${t('launcher.unread', { count: this.unread })}</span></span
              >`
            : nothing
        }
      </button>
    </div>`;
  }

  private renderPanel(rtl: boolean): TemplateResult {
    const t = this.t;
    const status = this.statusText;
    return html`<div
      id="mdf-panel"
      class="panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby="mdf-title"
      data-testid="panel"
      dir=${rtl ? 'rtl' : 'ltr'}
      ?hidden=${!this.open}
      @keydown=${this.onPanelKeydown}
    >
      <div class="header">
        <div class="header-text">
          <h2 class="title" id="mdf-title">${t('panel.title')}</h2>
          <p class="subtitle">${t('panel.subtitle')}</p>
        </div>
        <label class="sr-only" for="mdf-language">${t('panel.language')}</label>
        <select id="mdf-language" data-testid="language-select" @change=${this.onLanguage}>
          ${LOCALES.map(
            (l) =>
              html`<option value=${l} lang=${l} ?selected=${l === this.uiLocale}>
                ${LOCALE_NAMES[l]}
              </option>`,
          )}
        </select>
        <button
          type="button"
          class="icon-button"
          data-testid="close-button"
          aria-label=${t('panel.close')}
          @click=${this.close}
        >
          ${closeIcon}
        </button>
      </div>
      <div
        class="log"
        role="log"
        aria-live="polite"
        aria-label=${t('log.label')}
        data-testid="transcript"
        tabindex="0"
        @scroll=${this.onLogScroll}
      >
        <div class="message" data-testid="message" data-role="bot" data-greeting>
          <span class="author">${t('role.bot')}</span>
          <p class="bubble" dir="auto">${this.greetingText}</p>
        </div>
        ${repeat(
          this.lines,
          (l) => l.key,
          (l, i) => this.renderLine(l, i === this.lines.length - 1),
        )}
        ${this.ratingOpen && !this.session?.rated ? this.renderRating() : nothing}
      </div>
      <div
        class="statusbar ${this.offline || this.unavailable ? 'offline' : ''}"
        role="status"
        data-testid="status"
      >
        ${status}
      </div>
      ${this.renderAttachments()}
      <form class="composer" @submit=${this.onSubmit}>
        <input
          type="file"
          class="sr-only"
          data-testid="upload-input"
          accept="image/*,video/*"
          multiple
          tabindex="-1"
          aria-hidden="true"
          @change=${this.onFiles}
        />
        <button
          type="button"
          class="icon-button"
          data-testid="attach-button"
          aria-label=${t('input.attach')}
          @click=${this.pickFiles}
        >
          ${clipIcon}
        </button>
        <label class="sr-only" for="mdf-input">${t('input.label')}</label>
        <textarea
          id="mdf-input"
          data-testid="message-input"
          rows="1"
          maxlength=${MESSAGE_MAX_CHARS}
          placeholder=${t('input.placeholder')}
          .value=${live(this.draft)}
          @input=${(e: Event) => {
            this.draft = (e.target as HTMLTextAreaElement).value;
          }}
          @keydown=${this.onInputKeydown}
        ></textarea>
        <button
          type="submit"
          class="icon-button send"
          data-testid="send-button"
          aria-label=${t('input.send')}
          ?disabled=${!this.canSend}
        >
          ${sendIcon}
        </button>
      </form>
    </div>`;
  }

  private renderLine(line: ViewLine, isLast: boolean): TemplateResult {
    const t = this.t;
    if (line.role === 'system') {
      return html`<div class="message" data-role="system" data-testid="notice">
        <p class="bubble" dir="auto">${line.text}</p>
      </div>`;
    }
    const rich = line.rich;
    const ctx: CardContext = { t, locale: this.uiLocale, attach: () => this.pickFiles() };
    const ticket = rich?.ticket
      ? ({ ...rich.ticket, ...this.tickets.get(rich.ticket.reference) } as TicketSummary)
      : undefined;
    // The rating form replaces the "1"…"5" answers a rating request comes with.
    const ratingForm = rich?.ratingRequest === true && this.ratingOpen && !this.session?.rated;
    const showReplies =
      isLast &&
      line.role === 'bot' &&
      !this.busy &&
      !ratingForm &&
      (rich?.quickReplies?.length ?? 0) > 0;
    return html`<div
      class="message"
      data-testid="message"
      data-role=${line.role}
      data-id=${line.id ?? ''}
      aria-busy=${line.streaming ? 'true' : 'false'}
    >
      <span class="author">${t(`role.${line.role}`)}</span>
      <p class="bubble" dir="auto">${line.text}</p>
      ${
        line.previews && line.previews.length > 0
          ? html`<div class="previews">
              ${line.previews.map((p) =>
                p.kind === 'photo'
                  ? html`<img src=${p.url} alt=${p.name} />`
                  : html`<video
                      src=${p.url}
                      muted
                      preload="metadata"
                      aria-label=${p.name}
                    ></video>`,
              )}
            </div>`
          : rich?.attachmentIds && rich.attachmentIds.length > 0
            ? html`<span class="muted">
                ${t('message.attachments', { count: rich.attachmentIds.length })}
              </span>`
            : nothing
      }
      ${rich?.faq ? html`<span class="muted">${t('faq.source', { question: rich.faq.question })}</span>` : nothing}
      ${rich?.products && rich.products.length > 0 ? productList(rich.products, ctx) : nothing}
      ${rich?.evidenceRequest ? evidenceCard(rich.evidenceRequest, ctx) : nothing}
      ${ticket ? ticketCard(ticket, ctx) : nothing}
      ${rich?.recap ? recapCard(rich.recap, ctx) : nothing}
      ${
        showReplies
          ? html`<ul class="replies" aria-label=${t('replies.label')}>
              ${rich!.quickReplies!.map(
                (reply) =>
                  html`<li>
                    <button
                      type="button"
                      class="reply"
                      data-testid="quick-reply"
                      @click=${() => this.quickReply(reply)}
                    >
                      <bdi>${reply}</bdi>
                    </button>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      ${this.renderDelivery(line)}
    </div>`;
  }

  private renderDelivery(line: ViewLine): TemplateResult | typeof nothing {
    const t = this.t;
    if (line.delivery === 'sending') {
      return html`<span class="delivery" data-testid="delivery">${t('message.sending')}</span>`;
    }
    if (line.delivery === 'failed') {
      return html`<span class="delivery failed" data-testid="delivery" data-state="failed">
        ${t('message.retrying')}
        <button
          type="button"
          class="link-button"
          data-testid="retry-button"
          @click=${() => this.retryMessage(line.key)}
        >
          ${t('message.retry')}
        </button>
      </span>`;
    }
    if (line.delivery === 'rejected') {
      return html`<span class="delivery failed" data-testid="delivery" data-state="rejected">
        ${t('message.rejected', { detail: line.detail ?? t('message.notSent') })}
      </span>`;
    }
    return nothing;
  }

  private renderAttachments(): TemplateResult | typeof nothing {
    const t = this.t;
    if (this.attachments.length === 0 && this.uploadErrors.length === 0) return nothing;
    return html`<ul class="chips" data-testid="attachments">
        ${this.attachments.map(
          (a) =>
            html`<li class="chip" data-testid="attachment" data-state=${a.state}>
              ${
                a.kind === 'photo'
                  ? html`<img src=${a.url} alt="" />`
                  : html`<video src=${a.url} muted preload="metadata" aria-hidden="true"></video>`
              }
              <span class="name">${a.name}</span>
              ${
                a.state === 'uploading'
                  ? html`<progress
                      max="100"
                      .value=${a.progress}
                      aria-label=${t('upload.progress', { name: a.name, percent: a.progress })}
                    ></progress>`
                  : nothing
              }
              ${a.state === 'ready' ? html`<span class="sr-only">${t('upload.done', { name: a.name })}</span>` : nothing}
              ${
                a.state === 'failed'
                  ? html`<span class="error" role="alert">${a.error}</span>
                      <button
                        type="button"
                        class="link-button"
                        aria-label=${t('upload.retry', { name: a.name })}
                        @click=${() => void this.upload(a)}
                      >
                        ${t('message.retry')}
                      </button>`
                  : nothing
              }
              <button
                type="button"
                class="remove"
                aria-label=${t('upload.remove', { name: a.name })}
                @click=${() => this.removeAttachment(a.key)}
              >
                ×
              </button>
            </li>`,
        )}
      </ul>
      ${
        this.uploadErrors.length > 0
          ? html`<ul class="upload-errors" role="alert" data-testid="upload-errors">
              ${this.uploadErrors.map((e) => html`<li class="error">${e}</li>`)}
            </ul>`
          : nothing
      }`;
  }

  private renderRating(): TemplateResult {
    const t = this.t;
    const { score, comment, sending, error } = this.rating;
    return html`<form
      class="card rating"
      data-testid="rating"
      aria-labelledby="mdf-rating-title"
      @submit=${this.submitRating}
    >
      <h3 id="mdf-rating-title">${t('rating.title')}</h3>
      <div class="stars-row" role="group" aria-labelledby="mdf-rating-title">
        ${[1, 2, 3, 4, 5].map(
          (n) =>
            html`<button
              type="button"
              class="star"
              data-testid="rating-star"
              data-score=${n}
              aria-pressed=${score === n ? 'true' : 'false'}
              aria-label=${t('rating.star', { score: n })}
              @click=${() => {
                this.rating = { ...this.rating, score: n };
              }}
            >
              <span aria-hidden="true">${n <= score ? '★' : '☆'}</span>
            </button>`,
        )}
      </div>
      <label for="mdf-rating-comment">${t('rating.comment')}</label>
      <textarea
        id="mdf-rating-comment"
        data-testid="rating-comment"
        maxlength=${RATING_COMMENT_MAX}
        .value=${live(comment)}
        @input=${(e: Event) => {
          this.rating = { ...this.rating, comment: (e.target as HTMLTextAreaElement).value };
        }}
      ></textarea>
      <button
        type="submit"
        class="primary"
        data-testid="rating-submit"
        ?disabled=${score < 1 || sending}
      >
        ${t('rating.submit')}
      </button>
      ${error ? html`<p class="error" role="alert">${t('rating.failed')}</p>` : nothing}
    </form>`;
  }
}
