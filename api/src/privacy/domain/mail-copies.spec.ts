import {
  addressesIn,
  decodeEncodedWords,
  headerSection,
  headerValues,
  isAddressedTo,
  subjectOf,
} from './mail-copies';

const EML = [
  'Content-Type: multipart/alternative; boundary="--_b"',
  'From: Meuble de France SAV <sav@meubledefrance.example>',
  'To: Jeanne.Dupont@Example.fr',
  'Subject: =?UTF-8?Q?Votre_demande_SAV-2026-000042_=E2=80=94_r=C3=A9capitulatif?=',
  'Message-ID: <a@b>',
  '',
  'To: not-a-header@example.fr',
  'Bonjour,',
].join('\n');

describe('reading outbox copies', () => {
  it('takes the headers up to the first empty line', () => {
    expect(headerSection(EML)).not.toContain('Bonjour');
    expect(headerValues(headerSection(EML), 'to')).toEqual(['Jeanne.Dupont@Example.fr']);
  });

  it('finds the recipient whatever the case, and only in the headers', () => {
    expect(isAddressedTo(EML, 'jeanne.dupont@example.fr')).toBe(true);
    expect(isAddressedTo(EML, 'not-a-header@example.fr')).toBe(false);
    expect(isAddressedTo(EML, 'dupont@example.fr')).toBe(false);
  });

  it('reads folded and named recipients, Cc included', () => {
    const eml =
      'To: "Dupont, Jeanne" <jeanne@example.fr>,\r\n  paul@example.fr\r\nCc: =?UTF-8?B?QW5uZQ==?= <anne@example.fr>\r\n\r\nbody';
    expect(addressesIn(headerValues(headerSection(eml), 'to')[0])).toEqual([
      'jeanne@example.fr',
      'paul@example.fr',
    ]);
    expect(isAddressedTo(eml, 'anne@example.fr')).toBe(true);
  });

  it('decodes encoded subjects (Q and B, UTF-8 and Latin-1), joining adjacent words', () => {
    expect(subjectOf(EML)).toBe('Votre demande SAV-2026-000042 — récapitulatif');
    expect(decodeEncodedWords('=?UTF-8?B?UsOpY2Fw?= =?UTF-8?B?aXR1bGF0aWY=?=')).toBe(
      'Récapitulatif',
    );
    expect(decodeEncodedWords('=?ISO-8859-1?Q?caf=E9?= ok')).toBe('café ok');
    expect(decodeEncodedWords('plain text')).toBe('plain text');
    expect(decodeEncodedWords('=?KOI8-R?Q?x?=')).toBe('=?KOI8-R?Q?x?=');
  });

  it('has no subject when the header is missing', () => {
    expect(subjectOf('To: a@example.fr\n\nbody')).toBeNull();
  });
});
