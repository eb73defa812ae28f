import {
  Component,
  type ElementRef,
  afterRenderEffect,
  computed,
  inject,
  input,
  linkedSignal,
  output,
  viewChild,
} from '@angular/core';

import { ApiClient, type Schemas } from '../core/api-client';
import { LocalFormat } from '../core/local-format';
import { unwrap } from '../core/problem';
import { I18n } from '../i18n/i18n';
import { FieldErrors } from './shared/field-errors';
import { FormActions } from './shared/form-actions';
import { FieldControl, FormField } from './shared/form-field';
import { FormSubmission } from './shared/form-submission';
import { ProblemAlert } from './shared/problem-alert';
import {
  DEFAULT_WIDGET_COLOR,
  GREETING_LANGUAGES,
  type GreetingLanguage,
  HEX_COLOR,
  MAX_ALLOWED_ORIGINS,
  MAX_GREETING_LENGTH,
  MAX_SITE_NAME_LENGTH,
  POSITIONS,
  type WidgetPosition,
  type WidgetSite,
  contrastWithWhite,
  parseOrigins,
} from './widget-sites';

type SiteBody = Schemas['CreateWidgetSiteBody'];
type Greeting = Record<GreetingLanguage, string>;

const LANGUAGES = Object.keys(GREETING_LANGUAGES) as GreetingLanguage[];
const FIELDS = ['name', 'allowedOrigins', 'active', 'theme', 'greeting'] as const;
type Field = (typeof FIELDS)[number];

/** White text needs 4.5:1 on the widget's header and button (WCAG AA). */
const MIN_CONTRAST = 4.5;

function greetingOf(site: WidgetSite | null): Greeting {
  const greeting = site?.greeting ?? {};
  return Object.fromEntries(LANGUAGES.map((l) => [l, greeting[l] ?? ''])) as Greeting;
}

/** Creates a widget site or changes one (name, origins, state, theme, greetings), with a preview. */
@Component({
  selector: 'mdf-widget-site-editor',
  imports: [FieldControl, FieldErrors, FormActions, FormField, ProblemAlert],
  templateUrl: './widget-site-editor.html',
  styleUrl: './widget-site-editor.css',
})
export class WidgetSiteEditor {
  protected readonly i18n = inject(I18n);
  private readonly format = inject(LocalFormat);
  private readonly api = inject(ApiClient).api;

  /** The site to change; null to create one. */
  readonly site = input<WidgetSite | null>(null);
  readonly saved = output<WidgetSite>();
  readonly cancelled = output<void>();

  protected readonly fields = FIELDS;
  protected readonly languages = LANGUAGES;
  protected readonly positions = POSITIONS;
  protected readonly maxName = MAX_SITE_NAME_LENGTH;
  protected readonly maxGreeting = MAX_GREETING_LENGTH;

  protected readonly name = linkedSignal(() => this.site()?.name ?? '');
  protected readonly originsText = linkedSignal(() =>
    (this.site()?.allowedOrigins ?? []).join('\n'),
  );
  protected readonly active = linkedSignal(() => this.site()?.active ?? true);
  /** Empty: the widget's default colour. */
  protected readonly color = linkedSignal(() => this.site()?.theme.primaryColor ?? '');
  protected readonly position = linkedSignal<WidgetPosition>(
    () => this.site()?.theme.position ?? 'bottom-right',
  );
  protected readonly greeting = linkedSignal(() => greetingOf(this.site()));

  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  protected readonly origins = computed(() => parseOrigins(this.originsText()));
  protected readonly colorValid = computed(
    () => this.color() === '' || HEX_COLOR.test(this.color()),
  );
  protected readonly swatch = computed(() =>
    HEX_COLOR.test(this.color()) ? this.color().toLowerCase() : DEFAULT_WIDGET_COLOR,
  );
  protected readonly contrast = computed(() => contrastWithWhite(this.swatch()));
  protected readonly contrastText = computed(() =>
    this.i18n.t('sites.preview.contrast', { ratio: this.format.decimal(this.contrast()) }),
  );
  protected readonly lowContrast = computed(() => this.contrast() < MIN_CONTRAST);
  /** The greeting in the console's language, else the French one, else the widget's default. */
  protected readonly previewGreeting = computed(() => {
    const greeting = this.greeting();
    return (
      greeting[this.i18n.locale()].trim() ||
      greeting.fr.trim() ||
      this.i18n.t('sites.preview.defaultGreeting')
    );
  });

  private readonly localErrors = computed<Readonly<Record<Field, string[]>>>(() => {
    const t = this.i18n.t.bind(this.i18n);
    const { problems, count } = this.origins();
    return {
      name: this.name().trim() === '' ? [t('sites.form.nameRequired')] : [],
      allowedOrigins: [
        ...problems.map((p) =>
          t(`sites.origins.problem.${p.problem}`, { line: p.line, value: p.value }),
        ),
        ...(count === 'none' ? [t('sites.origins.none')] : []),
        ...(count === 'tooMany' ? [t('sites.origins.tooMany', { max: MAX_ALLOWED_ORIGINS })] : []),
      ],
      active: [],
      theme: this.colorValid() ? [] : [t('sites.form.colorInvalid')],
      greeting: [],
    };
  });
  /** Opening another site starts a fresh form. */
  protected readonly form = new FormSubmission(() => this.localErrors(), this.site);

  constructor() {
    // The focus goes to the form's heading when it opens, and again when another site is opened.
    afterRenderEffect({
      write: () => {
        this.site();
        this.heading().nativeElement.focus();
      },
    });
  }

  protected languageLabel(language: GreetingLanguage): string {
    return this.i18n.t(GREETING_LANGUAGES[language].label);
  }

  protected languageDir(language: GreetingLanguage): 'ltr' | 'rtl' {
    return GREETING_LANGUAGES[language].dir;
  }

  protected setGreeting(language: GreetingLanguage, text: string): void {
    this.greeting.update((greeting) => ({ ...greeting, [language]: text }));
  }

  protected positionLabel(position: WidgetPosition): string {
    return this.i18n.t(
      position === 'bottom-right' ? 'sites.position.right' : 'sites.position.left',
    );
  }

  protected save(): Promise<void> {
    return this.form.submit(async () => {
      const body = this.body();
      const current = this.site();
      const site = await unwrap(
        current
          ? this.api.PATCH('/api/v1/widget-sites/{id}', {
              params: { path: { id: current.id } },
              body,
            })
          : this.api.POST('/api/v1/widget-sites', { body }),
      );
      this.saved.emit(site);
    });
  }

  /** The whole site: the API replaces theme and greetings as a whole. */
  private body(): SiteBody {
    const greeting: Schemas['WidgetGreetingInput'] = {};
    for (const language of LANGUAGES) {
      const text = this.greeting()[language].trim();
      if (text !== '') greeting[language] = text;
    }
    return {
      name: this.name().trim(),
      allowedOrigins: this.origins().origins,
      active: this.active(),
      theme: {
        position: this.position(),
        ...(this.color() !== '' && { primaryColor: this.color().toLowerCase() }),
      },
      greeting,
    };
  }
}
