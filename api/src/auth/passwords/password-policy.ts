import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
/** zxcvbn score 3: "safely unguessable" for an online attack even without rate limits. */
const MIN_SCORE = 3;

const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...dictionary, userInputs: ['meuble', 'france', 'meubledefrance', 'sav'] },
  graphs: adjacencyGraphs,
});

/**
 * NIST-style password policy: long enough, not too long to hash, and not
 * guessable (common passwords, keyboard walks, the user's own name or e-mail).
 * Returns the reasons it is refused, none when it is acceptable.
 */
export function passwordProblems(
  password: string,
  context: { email?: string; name?: string } = {},
): string[] {
  if (password.length < PASSWORD_MIN_LENGTH)
    return [`must be at least ${PASSWORD_MIN_LENGTH} characters`];
  if (password.length > PASSWORD_MAX_LENGTH)
    return [`must be at most ${PASSWORD_MAX_LENGTH} characters`];
  const local = context.email?.split('@')[0];
  const inputs = [
    context.email,
    local,
    context.name,
    ...(local?.split(/[._+-]/) ?? []),
    ...(context.name?.split(/\s+/) ?? []),
  ].filter((v): v is string => Boolean(v && v.length > 1));
  const result = zxcvbn.check(password, inputs);
  if (result.score >= MIN_SCORE) return [];
  // Without a translation pack zxcvbn names its findings by key, e.g. "similarToCommon".
  const hint = (result.feedback.warning ?? result.feedback.suggestions[0])
    ?.replace(/([A-Z])/g, ' $1')
    .toLowerCase();
  return [`is too easy to guess${hint ? ` (${hint})` : ''}`];
}
