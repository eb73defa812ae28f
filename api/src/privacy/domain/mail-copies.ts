/**
 * Reading the .eml copies the outbox mailer writes (RFC 5322 headers, RFC 2047
 * encoded words), to find those sent to one address.
 */

/** The header section: everything before the first empty line. */
export function headerSection(message: string): string {
  const end = message.search(/\r?\n\r?\n/);
  return end === -1 ? message : message.slice(0, end);
}

/** The values of a header (folded lines joined), by case-insensitive name. */
export function headerValues(headers: string, name: string): string[] {
  const unfolded = headers.replace(/\r?\n[ \t]+/g, ' ');
  const wanted = name.toLowerCase();
  const values: string[] = [];
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0 && line.slice(0, colon).trim().toLowerCase() === wanted) {
      values.push(line.slice(colon + 1).trim());
    }
  }
  return values;
}

const ADDRESS = /[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*/gi;

/** The addresses in an address-list header value, lower-cased. */
export function addressesIn(value: string): string[] {
  return (decodeEncodedWords(value).match(ADDRESS) ?? []).map((a) => a.toLowerCase());
}

/** Whether the message was sent to this (normalised) address: To, Cc or Bcc. */
export function isAddressedTo(message: string, email: string): boolean {
  const headers = headerSection(message);
  return ['to', 'cc', 'bcc'].some((name) =>
    headerValues(headers, name).some((value) => addressesIn(value).includes(email)),
  );
}

/** The decoded Subject, or null without one. */
export function subjectOf(message: string): string | null {
  const [subject] = headerValues(headerSection(message), 'subject');
  return subject === undefined ? null : decodeEncodedWords(subject);
}

const ENCODED_WORD = /=\?([^?]+)\?([bq])\?([^?]*)\?=/gi;

/** Decodes RFC 2047 encoded words (UTF-8 or Latin-1); whitespace between two of them goes. */
export function decodeEncodedWords(value: string): string {
  const joined = value.replace(/(\?=)\s+(?==\?)/g, '$1');
  return joined.replace(ENCODED_WORD, (word, charset: string, encoding: string, text: string) => {
    const label = charset.toLowerCase().split('*')[0];
    if (label !== 'utf-8' && label !== 'iso-8859-1' && label !== 'us-ascii') return word;
    const bytes = encoding.toLowerCase() === 'b' ? fromBase64(text) : fromQuotedPrintableWord(text);
    return new TextDecoder(label === 'us-ascii' ? 'utf-8' : label).decode(bytes);
  });
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text.replace(/[^A-Za-z0-9+/=]/g, ''));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

function fromQuotedPrintableWord(text: string): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '_') bytes.push(0x20);
    else if (c === '=' && /^[0-9a-f]{2}$/i.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(c.charCodeAt(0) & 0xff);
  }
  return Uint8Array.from(bytes);
}
