/** Lower case without accents ("Canapé" → "canape"): how user words are compared. */
export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}
