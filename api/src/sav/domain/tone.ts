/**
 * Tone and urgency of a customer's message (spec section 3).
 *
 * Signals add up to an "irritation" score: vocabulary (negation-aware, so "pas urgent" and
 * "no answer needed" do not count), "!!!" and "???" runs, words in capitals, angry emoji and
 * repeated contact. Danger (the detector's P0) makes the tone urgent and the urgency critical,
 * whatever else is said: the reply must start with safety advice.
 */
import { readProblem } from './detector';
import { analyseText, buildLexicon, findMatches, type AnalysedText, type Lexicon } from './text';
import type { Tone, ToneAnalysis, Urgency } from './types';
import { ACRONYMS, TONE_CUES, type ToneCue } from './vocabulary';

export interface ToneOptions {
  /** Earlier messages from this customer about the same claim. */
  previousContacts?: number;
}

/**
 * Points per signal. One outburst word ("inadmissible") is frustration; it takes a second signal
 * (capitals, "!!!", a repeat, a refund demand, another such word) to read as anger. A legal
 * threat or a fraud accusation ("avocat", "arnaque") is anger on its own: it needs a person.
 */
const POINTS: Readonly<Record<Exclude<ToneCue, 'concern' | 'urgency' | 'haste'>, number>> = {
  outrage: 3,
  threat: 5,
  refund: 2,
  frustration: 1.5,
  repeat: 2,
};
/** Threshold for "angry": a threat alone, or an outburst plus one more strong signal. */
const ANGRY_AT = 5;
/** Threshold for "frustrated": one outburst, a refund demand, a repeat, or two mild signs. */
const FRUSTRATED_AT = 2;
/** "!!" is emphasis (1); three or more is shouting (2). Punctuation alone never exceeds 3 points. */
const PUNCTUATION_CAP = 3;
/** Three capitalised words (or two in a short message) is shouting; one is emphasis. */
const SHOUTING_WORDS = 3;
const SHOUTING_SHARE = 0.3;
/** From the third contact on, the customer has been waiting for us: that alone is frustration. */
const REPEATED_CONTACTS = 2;

const ANGRY_EMOJI = /[\u{1F620}\u{1F621}\u{1F92C}\u{1F4A2}\u{1F47F}\u{1F624}]/u;
const WORRIED_EMOJI = /[\u{1F61F}\u{1F622}\u{1F625}\u{1F630}\u{1F628}\u{1F61E}\u{1F613}]/u;

let lexiconCache: Lexicon<ToneCue> | undefined;

function toneLexicon(): Lexicon<ToneCue> {
  lexiconCache ??= buildLexicon<ToneCue>(
    TONE_CUES.map(({ cue, terms }) => ({ terms, sense: cue })),
  );
  return lexiconCache;
}

const acronyms = new Set(ACRONYMS);
const URGENCY_ORDER: readonly Urgency[] = ['low', 'medium', 'high', 'critical'];

/** Reads the tone and urgency of a message. Never throws. */
export function analyzeTone(text: string, options: ToneOptions = {}): ToneAnalysis {
  const doc = analyseText(text);
  return analyzeToneOf(doc, readProblem(doc).dangers, options);
}

/** Same as analyzeTone, on a text already analysed whose dangers are already known. */
export function analyzeToneOf(
  doc: AnalysedText,
  danger: string[],
  options: ToneOptions = {},
): ToneAnalysis {
  const signals: string[] = [];
  const signal = (s: string): void => {
    if (!signals.includes(s)) signals.push(s);
  };

  let irritation = 0;
  let concern = false;
  let urgencyWord = false;
  let hasteWord = false;
  let repeated = false;
  for (const m of findMatches(doc, toneLexicon())) {
    if (m.negated) continue;
    for (const cue of new Set(m.senses)) {
      if (cue === 'concern') concern = true;
      else if (cue === 'urgency') urgencyWord = true;
      else if (cue === 'haste') hasteWord = true;
      else if (cue === 'repeat') repeated = true;
      else irritation += POINTS[cue];
      signal(cue === 'repeat' ? 'contact répété' : m.surface.toLowerCase());
    }
  }
  if (repeated) irritation += POINTS.repeat;
  const contacts = Number.isFinite(options.previousContacts)
    ? Math.trunc(options.previousContacts ?? 0)
    : 0;
  if (!repeated && contacts >= REPEATED_CONTACTS) {
    repeated = true;
    irritation += POINTS.repeat;
    signal('contact répété');
  }

  irritation += punctuation(doc, signal);
  irritation += capitals(doc, signal);
  if (ANGRY_EMOJI.test(doc.text)) {
    irritation += 2;
    signal('émoji de colère');
  }
  if (WORRIED_EMOJI.test(doc.text)) concern = true;

  for (const d of danger) signal(`danger : ${d}`);

  const level: Tone =
    danger.length > 0
      ? 'urgent'
      : irritation >= ANGRY_AT
        ? 'angry'
        : irritation >= FRUSTRATED_AT
          ? 'frustrated'
          : irritation > 0 || concern || urgencyWord || hasteWord
            ? 'concerned'
            : 'calm';
  return { level, urgency: urgencyOf(level, urgencyWord, hasteWord, repeated), signals };
}

/**
 * Urgency: critical only for danger; high when the customer says it is urgent or is angry (an
 * angry customer left waiting escalates); medium when frustrated, pressed for time or writing
 * again; otherwise low ("urgent" alone never raises severity, only this).
 */
function urgencyOf(
  level: Tone,
  urgencyWord: boolean,
  hasteWord: boolean,
  repeated: boolean,
): Urgency {
  const candidates: Urgency[] = ['low'];
  if (level === 'urgent') candidates.push('critical');
  if (urgencyWord || level === 'angry') candidates.push('high');
  if (level === 'frustrated' || hasteWord || repeated) candidates.push('medium');
  return candidates.reduce((a, b) => (URGENCY_ORDER.indexOf(b) > URGENCY_ORDER.indexOf(a) ? b : a));
}

function punctuation(doc: AnalysedText, signal: (s: string) => void): number {
  let exclamations = 0;
  let questions = 0;
  for (const t of doc.tokens) {
    if (t.kind !== 'sentence') continue;
    const bangs = (t.surface.match(/!/g) ?? []).length;
    const marks = (t.surface.match(/[?\u061f]/g) ?? []).length;
    if (bangs >= 2) exclamations = Math.max(exclamations, bangs);
    if (marks >= 2 || (marks >= 1 && bangs >= 1)) questions = Math.max(questions, marks + bangs);
  }
  let points = 0;
  if (exclamations >= 3) {
    points += 2;
    signal('!!!');
  } else if (exclamations === 2) {
    points += 1;
    signal('!!');
  }
  if (questions >= 2) {
    points += 1;
    signal('???');
  }
  return Math.min(points, PUNCTUATION_CAP);
}

function capitals(doc: AnalysedText, signal: (s: string) => void): number {
  const words = doc.tokens.filter((t) => t.kind === 'word' && /\p{L}/u.test(t.surface));
  const shouted = words.filter(
    (t) => t.upper && t.surface.length >= 3 && !acronyms.has(t.surface.toUpperCase()),
  );
  if (shouted.length === 0) return 0;
  signal('MAJUSCULES');
  const shouting =
    shouted.length >= SHOUTING_WORDS ||
    (shouted.length >= 2 && shouted.length / words.length >= SHOUTING_SHARE);
  return shouting ? 2 : 1;
}
