import { Clipboard } from '@angular/cdk/clipboard';
import {
  Component,
  DOCUMENT,
  Injector,
  afterNextRender,
  computed,
  inject,
  resource,
  signal,
} from '@angular/core';

import { ApiClient } from '../core/api-client';
import { LocalFormat } from '../core/local-format';
import { unwrap } from '../core/problem';
import { I18n } from '../i18n/i18n';
import { AdminListPage } from './shared/list-page';
import { WidgetSiteEditor } from './widget-site-editor';
import { DEFAULT_WIDGET_COLOR, type WidgetSite, embedSnippet } from './widget-sites';

/** Which site the editor is open on; `site` null while creating one. */
interface Editing {
  readonly site: WidgetSite | null;
}

/** Sites the chat widget is embedded on: list, creation, changes and the snippet to paste. */
@Component({
  selector: 'mdf-widget-sites-page',
  imports: [AdminListPage, WidgetSiteEditor],
  templateUrl: './widget-sites-page.html',
  styleUrls: ['./shared/admin-page.css', './widget-sites-page.css'],
})
export class WidgetSitesPage {
  protected readonly i18n = inject(I18n);
  protected readonly format = inject(LocalFormat);
  private readonly api = inject(ApiClient).api;
  private readonly clipboard = inject(Clipboard);
  private readonly injector = inject(Injector);
  /** The widget's script is served by the same origin as the console. */
  private readonly consoleOrigin = inject(DOCUMENT).location.origin;

  protected readonly sites = resource({
    loader: ({ abortSignal }) =>
      unwrap(this.api.GET('/api/v1/widget-sites', { signal: abortSignal })),
  });
  /** The sites once loaded, if there are any. */
  protected readonly list = computed(() =>
    this.sites.hasValue() && this.sites.value().length > 0 ? this.sites.value() : null,
  );

  protected readonly defaultColor = DEFAULT_WIDGET_COLOR;
  protected readonly editing = signal<Editing | null>(null);
  protected readonly notice = signal('');
  /** The site whose snippet was just copied (or failed to), for the status beside its button. */
  protected readonly copied = signal<{ id: string; ok: boolean } | null>(null);
  private returnFocus: HTMLElement | null = null;

  protected snippet(site: WidgetSite): string {
    return embedSnippet(this.consoleOrigin, site.siteKey);
  }

  protected copy(site: WidgetSite): void {
    this.copied.set({ id: site.id, ok: this.clipboard.copy(this.snippet(site)) });
  }

  protected copyStatus(site: WidgetSite): string {
    const copied = this.copied();
    if (copied?.id !== site.id) return '';
    return this.i18n.t(copied.ok ? 'sites.snippet.copied' : 'sites.snippet.copyFailed');
  }

  protected open(site: WidgetSite | null, trigger: HTMLElement): void {
    this.returnFocus = trigger;
    this.notice.set('');
    this.editing.set({ site });
  }

  protected onSaved(saved: WidgetSite): void {
    const creating = this.editing()?.site === null;
    this.sites.update((sites) =>
      creating
        ? [...(sites ?? []), saved]
        : (sites ?? []).map((site) => (site.id === saved.id ? saved : site)),
    );
    this.notice.set(this.i18n.t(creating ? 'sites.created' : 'sites.saved', { name: saved.name }));
    this.close();
  }

  protected close(): void {
    this.editing.set(null);
    const target = this.returnFocus;
    this.returnFocus = null;
    afterNextRender({ write: () => target?.focus() }, { injector: this.injector });
  }
}
