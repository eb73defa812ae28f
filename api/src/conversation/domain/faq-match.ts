import { foldAccents } from '../../common/text/fold';

/** Words that say nothing about what a question is about (fr, en). */
const FILLER = new Set(
  (
    'les des une est sont pour avec dans sur par que qui quoi quel quelle quels quelles comment ' +
    'combien pourquoi quand vous nous mon mes votre vos leur ses son elle ils elles peut peux ' +
    'puis faire fait etre avoir cette ces aux pas plus tres bien merci bonjour alors donc ' +
    'the and for with what which how when why does did can could would your you are was ' +
    'have has this that there from about into will shall please hello thanks'
  ).split(' '),
);

/** A word's comparable form: folded, and cut to five letters so plurals and endings meet. */
function stemsOf(text: string): Set<string> {
  return new Set(
    foldAccents(text)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 2 && !FILLER.has(w))
      .map((w) => w.slice(0, 5)),
  );
}

/**
 * Whether an FAQ entry answers the customer's question: the full-text search
 * finds candidates on any word; this keeps an entry whose question shares a
 * meaningful word with the customer's, and enough of them with its question
 * and answer together (two, or half of a short question's).
 */
export function faqAnswers(
  customerQuestion: string,
  entry: { question: string; answer: string },
): boolean {
  const asked = stemsOf(customerQuestion);
  if (asked.size === 0) return false;
  const inQuestion = stemsOf(entry.question);
  const inAnswer = stemsOf(entry.answer);
  let sharedWithQuestion = 0;
  let shared = 0;
  for (const stem of asked) {
    if (inQuestion.has(stem)) sharedWithQuestion++;
    if (inQuestion.has(stem) || inAnswer.has(stem)) shared++;
  }
  return sharedWithQuestion >= 1 && (shared >= 2 || shared / asked.size >= 0.5);
}
