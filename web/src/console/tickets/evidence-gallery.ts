import { Dialog } from '@angular/cdk/dialog';
import {
  Component,
  DestroyRef,
  DOCUMENT,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';

import { I18n } from '../i18n/i18n';
import { EvidenceLightbox, type LightboxData } from './evidence-lightbox';
import { TicketApi, saveBlob } from './ticket-api';
import { TicketLabels } from './ticket-labels';
import { type EvidenceKind, type Preview, extensionOf, isServed, kindOf } from './evidence';
import type { UploadDetailView } from './ticket-types';

@Component({
  selector: 'mdf-evidence-gallery',
  templateUrl: './evidence-gallery.html',
  styleUrls: ['./panel.css', './evidence-gallery.css'],
})
export class EvidenceGallery {
  protected readonly i18n = inject(I18n);
  protected readonly labels = inject(TicketLabels);
  private readonly api = inject(TicketApi);
  private readonly dialog = inject(Dialog);
  private readonly document = inject(DOCUMENT);

  readonly evidence = input.required<readonly UploadDetailView[]>();

  /** What the lightbox shows, in the gallery's order. */
  protected readonly viewable = computed(() =>
    this.evidence().filter((f) => isServed(f) && kindOf(f) !== 'document'),
  );

  private readonly previews = signal<ReadonlyMap<string, Preview>>(new Map());
  private readonly abort = new AbortController();
  private destroyed = false;

  constructor() {
    // Photos are fetched at once for their thumbnails; videos (up to 100 MB) when opened.
    effect(() => {
      for (const file of this.evidence()) {
        if (isServed(file) && kindOf(file) === 'photo') untracked(() => this.load(file.id));
      }
    });
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      this.abort.abort();
      for (const preview of this.previews().values()) {
        if (preview.state === 'ready') URL.revokeObjectURL(preview.url);
      }
    });
  }

  previewOf(id: string): Preview | undefined {
    return this.previews().get(id);
  }

  /** Fetches a file's bytes once, into an object URL revoked with the gallery. */
  load(id: string): void {
    if (this.previews().has(id) || this.destroyed) return;
    this.setPreview(id, { state: 'loading' });
    this.api.upload(id, this.abort.signal).then(
      (blob) => {
        if (this.destroyed) return;
        this.setPreview(id, { state: 'ready', url: URL.createObjectURL(blob) });
      },
      () => {
        if (!this.destroyed) this.setPreview(id, { state: 'error' });
      },
    );
  }

  protected fileKind(file: UploadDetailView): EvidenceKind {
    return kindOf(file);
  }

  protected served(file: UploadDetailView): boolean {
    return isServed(file);
  }

  protected kindLabel(file: UploadDetailView): string {
    return this.i18n.t(`ticket.evidence.kind.${kindOf(file)}`);
  }

  protected position(file: UploadDetailView): number {
    return this.evidence().indexOf(file) + 1;
  }

  protected open(file: UploadDetailView): void {
    const data: LightboxData = {
      files: this.viewable(),
      index: this.viewable().indexOf(file),
      gallery: this,
    };
    this.dialog.open(EvidenceLightbox, {
      data,
      ariaLabelledBy: 'lightbox-title',
      ariaModal: true,
      hasBackdrop: true,
      backdropClass: 'cdk-overlay-dark-backdrop',
      panelClass: 'mdf-lightbox-pane',
      width: 'min(64rem, 94vw)',
      maxHeight: '94vh',
      restoreFocus: true,
    });
  }

  protected async download(file: UploadDetailView): Promise<void> {
    try {
      const blob = await this.api.upload(file.id);
      saveBlob(this.document, blob, `${file.id}${extensionOf(file.mimeType)}`);
    } catch {
      this.setPreview(file.id, { state: 'error' });
    }
  }

  private setPreview(id: string, preview: Preview): void {
    this.previews.update((map) => new Map(map).set(id, preview));
  }
}
