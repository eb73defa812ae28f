import fc from 'fast-check';
import { analyzeTone } from './tone';
import { TONES, URGENCIES, type Tone, type Urgency } from './types';

type Row = [text: string, level: Tone, urgency: Urgency];

describe('analyzeTone', () => {
  it.each<Row>([
    [
      'Bonjour, le pied de mon canapé est cassé. Pouvez-vous me dire comment procéder ? Merci.',
      'calm',
      'low',
    ],
    ['Hello, the recliner is stuck. Could you advise? Thanks.', 'calm', 'low'],
    ['Je suis un peu inquiète, est-ce normal que le cuir pèle déjà ?', 'concerned', 'low'],
    ['I am worried, is it normal that the foam is sagging?', 'concerned', 'low'],
    ['Pouvez-vous intervenir rapidement ? Le relax est bloqué.', 'concerned', 'medium'],
    ['Je suis très déçue, toujours pas de réponse.', 'frustrated', 'medium'],
    ['Still no answer, I am really disappointed.', 'frustrated', 'medium'],
    ["C'est inadmissible.", 'frustrated', 'medium'],
    ['This is unacceptable.', 'frustrated', 'medium'],
    ['Je veux être remboursé.', 'frustrated', 'medium'],
    ['I want a refund.', 'frustrated', 'medium'],
    ["Troisième fois que j'écris pour le même problème.", 'frustrated', 'medium'],
    ["It's the third time I've contacted you.", 'frustrated', 'medium'],
    ['Le canapé est cassé !!', 'concerned', 'low'],
    ["C'est inadmissible !!! Je veux être remboursé.", 'angry', 'high'],
    ['C’est SCANDALEUX, HONTEUX, personne ne répond', 'angry', 'high'],
    ['Je vais contacter mon avocat.', 'angry', 'high'],
    ['This is a scam.', 'angry', 'high'],
    ['THIS IS UNACCEPTABLE!!!', 'angry', 'high'],
    ['Troisième fois que j’écris !!! Honteux.', 'angry', 'high'],
    ['URGENT : le tissu est taché.', 'concerned', 'high'],
    ['Répondez immédiatement, la livraison est en retard.', 'concerned', 'high'],
    ['Please answer asap, the delivery is late.', 'concerned', 'high'],
    ["Ce n'est pas urgent, mais le coussin est affaissé.", 'calm', 'low'],
    ['Not urgent: small stain on the fabric.', 'calm', 'low'],
    ['De la fumée sort du moteur du relax.', 'urgent', 'critical'],
    [
      "Mon fils s'est coincé les doigts dans le mécanisme, c'est inadmissible !!!",
      'urgent',
      'critical',
    ],
    ['There are sparks coming out of the remote.', 'urgent', 'critical'],
    ['Le canapé est dangereux.', 'urgent', 'critical'],
  ])('%j → %s, urgency %s', (text, level, urgency) => {
    expect(analyzeTone(text)).toMatchObject({ level, urgency });
  });

  it('counts earlier contacts from the third message on', () => {
    expect(analyzeTone('Le relax est bloqué.', { previousContacts: 1 }).level).toBe('calm');
    expect(analyzeTone('Le relax est bloqué.', { previousContacts: 2 })).toMatchObject({
      level: 'frustrated',
      urgency: 'medium',
    });
    expect(analyzeTone('Le relax est bloqué, inadmissible.', { previousContacts: 3 }).level).toBe(
      'angry',
    );
    expect(analyzeTone('Le relax est bloqué.', { previousContacts: Number.NaN }).level).toBe(
      'calm',
    );
  });

  it('says why, in short words', () => {
    const { signals } = analyzeTone(
      "Troisième fois que j'écris !!! C'est SCANDALEUX, je veux être remboursé.",
    );
    expect(signals).toEqual(
      expect.arrayContaining(['contact répété', '!!!', 'MAJUSCULES', 'scandaleux']),
    );
    expect(analyzeTone('De la fumée sort du moteur.').signals).toContain('danger : fumée');
    expect(analyzeTone('Bonjour, merci.').signals).toEqual([]);
  });

  it('does not take acronyms for shouting', () => {
    expect(analyzeTone('Le SAV a reçu ma photo en PDF par SMS, le relax est bloqué.').level).toBe(
      'calm',
    );
  });

  it('reads ??? and angry emoji as irritation', () => {
    expect(analyzeTone('Où est mon canapé ???').signals).toContain('???');
    expect(analyzeTone('Toujours rien 😡').level).toBe('frustrated');
  });
});

describe('properties', () => {
  const anyText = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc
      .array(
        fc.constantFrom(
          'URGENT',
          'pas',
          'inadmissible',
          '!!!',
          '???',
          'avocat',
          'fumée',
          'not',
          'urgent',
          ' ',
          '😡',
        ),
        {
          maxLength: 40,
        },
      )
      .map((w) => w.join(' ')),
  );

  it('never throws and always answers a known level and urgency', () => {
    fc.assert(
      fc.property(anyText, fc.option(fc.integer({ min: -5, max: 100 })), (text, contacts) => {
        const tone = analyzeTone(text, { previousContacts: contacts ?? undefined });
        expect(TONES).toContain(tone.level);
        expect(URGENCIES).toContain(tone.urgency);
        expect(tone.urgency === 'critical').toBe(tone.level === 'urgent');
      }),
      { numRuns: 300 },
    );
  });

  it('reads a huge shouted message as angry, without throwing', () => {
    expect(analyzeTone('INADMISSIBLE !!! '.repeat(100_000)).level).toBe('angry');
  });
});
