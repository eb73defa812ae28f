/**
 * The standard PDF fonts (Helvetica…) draw the WinAnsi character set only:
 * Latin-1 and a few typographic signs. Anything else (Arabic, emoji, CJK)
 * would come out as garbage, so it becomes '?' and the document says so.
 */
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

export const UNDRAWABLE_REPLACEMENT = '?';

export function isDrawable(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (char === '\n' || char === '\t') return true;
  if (code >= 0x20 && code <= 0x7e) return true;
  if (code >= 0xa0 && code <= 0xff) return true;
  return WIN_ANSI_EXTRAS.has(char);
}

/** The text as the standard fonts can draw it, and how many characters were replaced. */
export function drawableText(text: string): { text: string; replaced: number } {
  let replaced = 0;
  let out = '';
  for (const char of text) {
    if (isDrawable(char)) out += char;
    else {
      replaced += 1;
      // Combining marks and joiners would multiply the '?': one per visible character is enough.
      out += /\p{M}|\u200d|\ufe0f/u.test(char) ? '' : UNDRAWABLE_REPLACEMENT;
    }
  }
  return { text: out, replaced };
}
