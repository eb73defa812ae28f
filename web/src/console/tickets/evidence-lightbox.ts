import { DIALOG_DATA, DialogRef } from '@angular/cdk/dialog';
import { Component, computed, effect, inject, signal, untracked } from '@angular/core';

import { I18n } from '../i18n/i18n';
import { type Preview, kindOf } from './evidence';
import type { UploadDetailView } from './ticket-types';

/** What the gallery hands to its lightbox. */
export interface LightboxData {
  readonly files: readonly UploadDetailView[];
  readonly index: number;
  readonly gallery: {
    previewOf(id: string): Preview | undefined;
    load(id: string): void;
  };
}

/** One photo or video, large, in a modal dialog; arrows move between the files. */
@Component({
  selector: 'mdf-evidence-lightbox',
  host: {
    'data-testid': 'lightbox',
    '(keydown.arrowleft)': 'onArrow($event, -1)',
    '(keydown.arrowright)': 'onArrow($event, 1)',
  },
  template: `
    <header class="bar">
      <h2 id="lightbox-title" data-testid="lightbox-title">
        {{ title() }}
      </h2>
      <button type="button" class="close" data-testid="lightbox-close" (click)="close()">
        {{ i18n.t('ticket.lightbox.close') }}
      </button>
    </header>
    <div class="stage">
      @let shown = preview();
      @if (shown?.state === 'ready') {
        @if (isVideo()) {
          <video
            controls
            [src]="shown.url"
            [attr.aria-label]="title()"
            data-testid="lightbox-video"
          ></video>
        } @else {
          <img [src]="shown.url" [alt]="title()" data-testid="lightbox-image" />
        }
      } @else if (shown?.state === 'error') {
        <p class="note">{{ i18n.t('ticket.evidence.unavailable') }}</p>
      } @else {
        <p class="note">{{ i18n.t('ticket.evidence.loading') }}</p>
      }
    </div>
    <footer class="bar">
      <button
        type="button"
        class="button"
        data-testid="lightbox-previous"
        [disabled]="data.files.length < 2"
        (click)="previous()"
      >
        ← {{ i18n.t('ticket.lightbox.previous') }}
      </button>
      <p class="hint">{{ i18n.t('ticket.lightbox.hint') }}</p>
      <button
        type="button"
        class="button"
        data-testid="lightbox-next"
        [disabled]="data.files.length < 2"
        (click)="next()"
      >
        {{ i18n.t('ticket.lightbox.next') }} →
      </button>
    </footer>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      max-height: 94vh;
      border-radius: var(--mdf-radius);
      background: var(--mdf-surface);
      color: var(--mdf-text);
    }
    .bar {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 1rem;
      padding: 0.75rem 1rem;
    }
    h2 {
      margin: 0;
      font-size: 1.125rem;
    }
    .close {
      min-height: 2.5rem;
      padding: 0.375rem 0.75rem;
      border: 1px solid var(--mdf-text-muted);
      border-radius: var(--mdf-radius);
      background: var(--mdf-surface);
      font: inherit;
      cursor: pointer;
    }
    .stage {
      display: flex;
      flex: 1;
      min-height: 12rem;
      align-items: center;
      justify-content: center;
      overflow: auto;
      background: #1c2430;
    }
    img,
    video {
      max-width: 100%;
      max-height: 72vh;
      object-fit: contain;
    }
    .note {
      color: #ffffff;
    }
    .hint {
      text-align: center;
    }
  `,
})
export class EvidenceLightbox {
  protected readonly i18n = inject(I18n);
  protected readonly data = inject<LightboxData>(DIALOG_DATA);
  private readonly dialogRef = inject(DialogRef);

  protected readonly index = signal(Math.max(this.data.index, 0));
  protected readonly current = computed(() => this.data.files[this.index()]);
  protected readonly preview = computed(() => this.data.gallery.previewOf(this.current().id));
  protected readonly isVideo = computed(() => kindOf(this.current()) === 'video');
  protected readonly title = computed(() =>
    this.i18n.t('ticket.lightbox.title', {
      kind: this.i18n.t(
        this.isVideo() ? 'ticket.evidence.kind.video' : 'ticket.evidence.kind.photo',
      ),
      index: this.index() + 1,
      count: this.data.files.length,
    }),
  );

  constructor() {
    // The gallery fetches what is shown (videos are only fetched when opened).
    effect(() => {
      const id = this.current().id;
      untracked(() => this.data.gallery.load(id));
    });
  }

  /** Arrows move between files, except on the video, where they seek. */
  protected onArrow(event: Event, step: -1 | 1): void {
    if ((event.target as Element | null)?.closest('video')) return;
    event.preventDefault();
    if (step < 0) this.previous();
    else this.next();
  }

  previous(): void {
    const count = this.data.files.length;
    this.index.update((i) => (i - 1 + count) % count);
  }

  next(): void {
    this.index.update((i) => (i + 1) % this.data.files.length);
  }

  protected close(): void {
    this.dialogRef.close();
  }
}
