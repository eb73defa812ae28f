/**
 * Who a privacy request is about: an e-mail address, compared the way the
 * product stores addresses (trimmed, lower-cased).
 */
export function normaliseEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

/** Characters that may sit next to an address inside a word or a longer address. */
const ADDRESS_CHAR = /[a-z0-9._%+-]/;
const LABEL_CHAR = /[a-z0-9-]/;

/**
 * Whether a text mentions this (normalised) address as a whole, so that
 * "jean@example.fr" is found in "mon e-mail : Jean@Example.fr." but not in
 * "marie-jean@example.fr" nor in "jean@example.fr.example.com".
 */
export function mentionsAddress(text: string, email: string): boolean {
  if (email === '') return false;
  const haystack = text.toLowerCase();
  for (let at = haystack.indexOf(email); at !== -1; at = haystack.indexOf(email, at + 1)) {
    const before = at === 0 ? '' : haystack[at - 1];
    const end = at + email.length;
    const after = haystack[end] ?? '';
    const continuesDomain = after === '.' && LABEL_CHAR.test(haystack[end + 1] ?? '');
    if (!ADDRESS_CHAR.test(before) && !LABEL_CHAR.test(after) && !continuesDomain) return true;
  }
  return false;
}
