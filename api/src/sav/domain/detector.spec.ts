import fc from 'fast-check';
import { CATEGORY_SEVERITY_RANGE, decideSeverity, detectProblem } from './detector';
import { PROBLEM_CATEGORIES, type PriorityLevel, type ProblemCategory } from './types';

type Row = [text: string, category: ProblemCategory, severity: PriorityLevel];

const expectDetection = ([text, category, severity]: Row): void => {
  const got = detectProblem(text);
  expect({ category: got.category, severity: got.severity }).toEqual({ category, severity });
};

describe('detectProblem: categories (section 1 table)', () => {
  it.each<Row>([
    ['Le pied du canapé est cassé.', 'structural', 'P1'],
    ['Il y a une fissure dans le cadre, le bois est fendu.', 'structural', 'P1'],
    ['The leg is broken and there is a crack in the frame.', 'structural', 'P1'],
    ['Le mécanisme du relax est bloqué.', 'mechanism', 'P1'],
    ['La télécommande du releveur ne fonctionne plus, le moteur est en panne.', 'mechanism', 'P1'],
    ['The recliner mechanism is stuck and the motor does not work.', 'mechanism', 'P1'],
    ['Le vérin du convertible est bloqué.', 'mechanism', 'P1'],
    ['Il y a une tache sur le tissu et une déchirure dans le cuir.', 'fabric', 'P2'],
    ['Décoloration du tissu, bouloches partout et le cuir a pelé.', 'fabric', 'P2'],
    ['Stain on the fabric, the leather is peeling and fading.', 'fabric', 'P2'],
    ["Les coussins de l'assise sont affaissés, la mousse est creusée.", 'cushions', 'P2'],
    ['The seat cushions are sagging and the foam has gone flat.', 'cushions', 'P2'],
    ['Livraison en retard et le livreur a laissé le colis dehors.', 'delivery', 'P1'],
    ['Carton abîmé, il manque un colis.', 'delivery', 'P1'],
    ['On a reçu le mauvais article.', 'delivery', 'P1'],
    ['The delivery is late and one parcel is missing.', 'delivery', 'P1'],
    ['We got the wrong item and the box was damaged.', 'delivery', 'P1'],
    ['La notice de montage est fausse et il manque des vis.', 'assembly', 'P2'],
    ['Les éléments ne sont pas alignés après le montage.', 'assembly', 'P2'],
    ['The assembly instructions are unclear and screws are missing.', 'assembly', 'P2'],
    ['Une odeur chimique se dégage du canapé, il sent mauvais.', 'smell', 'P2'],
    ['There is a strong smell, the sofa stinks.', 'smell', 'P2'],
    ['Le canapé est trop grand, il ne passe pas la porte.', 'dimensions', 'P2'],
    ['Les dimensions ne correspondent pas aux mesures annoncées.', 'dimensions', 'P2'],
    ["It's too big, it doesn't fit through the door.", 'dimensions', 'P2'],
    ['Bonjour, pouvez-vous me rappeler ?', 'unknown', 'P3'],
    ['Hello, when will my invoice be sent?', 'unknown', 'P3'],
    ['', 'unknown', 'P3'],
  ])('%j → %s %s', (...row) => expectDetection(row));

  it.each<Row>([
    ['Das Bein vom Sofa ist gebrochen.', 'structural', 'P1'],
    ['Der Motor ist defekt und die Fernbedienung funktioniert nicht.', 'mechanism', 'P1'],
    ['Der Stoff hat einen Fleck.', 'fabric', 'P2'],
    ['Il cuscino è sfondato.', 'cushions', 'P2'],
    ['La consegna è in ritardo.', 'delivery', 'P1'],
    ['Il divano è troppo grande, non entra dalla porta.', 'dimensions', 'P2'],
    ['رائحة قوية من الكنبة', 'smell', 'P2'],
    ['الكنبة وصلت مكسورة', 'delivery', 'P1'],
  ])('reads German, Italian and Arabic: %j → %s %s', (...row) => expectDetection(row));
});

describe('detectProblem: real-world spelling', () => {
  it.each<Row>([
    ['le pied est casse', 'structural', 'P1'],
    ['la structure est cassee', 'structural', 'P1'],
    ['LE MÉCANISME EST BLOQUÉ', 'mechanism', 'P1'],
    ['LE MECANISME EST BLOQUE', 'mechanism', 'P1'],
    ["l'accoudoir s'est fendu", 'structural', 'P1'],
    ['l’accoudoir est taché', 'fabric', 'P2'],
    ["Les coussins d'assise s'affaissent", 'cushions', 'P2'],
    ['les pieds sont fissurés', 'structural', 'P1'],
    ['une fisure dans le cadre', 'structural', 'P1'],
    ['la télécomande ne marche plus', 'mechanism', 'P1'],
    ['The mechansim is stuck', 'mechanism', 'P1'],
    ['livraision en retard', 'delivery', 'P1'],
    ['The cusions are saging', 'cushions', 'P2'],
  ])('%j → %s %s', (...row) => expectDetection(row));
});

describe('detectProblem: negation', () => {
  it.each<Row>([
    ["Le pied n'est pas cassé, c'est une tache.", 'fabric', 'P2'],
    ["le pied n'est pas cassé c'est une tache", 'fabric', 'P2'],
    ['The leg is not broken, there is a stain.', 'fabric', 'P2'],
    ["The leg isn't broken, it's a stain on the fabric.", 'fabric', 'P2'],
    ['Aucune fissure, mais le cuir se décolore.', 'fabric', 'P2'],
    ['Sans odeur, mais les coussins sont affaissés.', 'cushions', 'P2'],
    ['Pas de tache, le mécanisme est bloqué.', 'mechanism', 'P1'],
    ['No smell at all, but the sofa is too big.', 'dimensions', 'P2'],
    ['Le moteur ne fait aucun bruit, il est bloqué.', 'mechanism', 'P1'],
    ['Pas de problème de livraison : le cuir est déchiré.', 'fabric', 'P2'],
  ])('%j → %s %s', (...row) => expectDetection(row));

  it('does not count negated danger', () => {
    for (const text of [
      "Personne n'a été blessé, mais le pied est cassé.",
      'Nobody was hurt, the leg snapped.',
      "Il n'y a pas de fumée, le moteur est bloqué.",
      'No smoke, no sparks: the remote is just dead.',
      "Ce n'est pas dangereux, le tissu est taché.",
    ]) {
      expect(detectProblem(text)).toMatchObject({ danger: false });
      expect(detectProblem(text).severity).not.toBe('P0');
    }
  });
});

describe('detectProblem: P0 danger, whatever the category', () => {
  it.each<[string, string]>([
    ['injury', 'Je me suis blessé en ouvrant le relax.'],
    ['injury', "Ma fille s'est coupée sur une pièce du cadre, elle saigne."],
    ['injury', 'My husband was injured when the sofa broke.'],
    ['injury', 'I cut my hand on the mechanism.'],
    ['child at risk', 'Mon fils a failli se faire écraser par le repose-pieds.'],
    ['child at risk', 'The footrest nearly crushed my toddler.'],
    ['animal at risk', 'Le chat est resté coincé dans le mécanisme.'],
    ['animal at risk', 'Our dog got trapped under the recliner.'],
    ['collapse in use', "Le canapé s'est effondré pendant qu'on était assis."],
    ['collapse in use', 'The sofa collapsed while I was sitting on it.'],
    ['gave way in use', 'Le pied a cédé sous mon poids.'],
    ['gave way in use', 'The frame gave way under me.'],
    ['trapped fingers', "J'ai eu les doigts coincés dans le mécanisme."],
    ['trapped fingers', 'My fingers got trapped in the footrest.'],
    ['smoke', 'De la fumée sort du moteur.'],
    ['smoke', 'Smoke is coming out of the motor box.'],
    ['sparks', 'Il y a des étincelles au niveau de la prise.'],
    ['sparks', 'The remote sparks when I press it.'],
    ['burning smell', 'Le relax électrique sent le brûlé.'],
    ['burning smell', 'There is a burning smell from the recliner.'],
    ['heat from an electric mechanism', 'Le moteur chauffe énormément.'],
    ['heat from an electric mechanism', 'The power supply gets very hot.'],
    ['storage-bed gas strut', 'Le vérin du lit coffre ne tient plus, le sommier retombe.'],
    ['storage-bed gas strut', 'The gas strut failed and the storage bed base slams down.'],
  ])('%s: %j', (_trigger, text) => {
    const got = detectProblem(text);
    expect(got.danger).toBe(true);
    expect(got.severity).toBe('P0');
  });

  it.each<string>([
    'URGENT : le tissu est taché.',
    'Urgent, please: the delivery is late.',
    "Le tissu sent la fumée de cigarette, l'ancien propriétaire était fumeur.",
    "La mousse des coussins s'est effondrée.",
    'The cushion foam collapsed after a month.',
    'Le cuir devient très chaud au soleil.',
    'Le moteur du relax a lâché.',
    'Mes enfants ont taché le canapé.',
    'The seam gave way while I was sitting.',
    "Merci de m'envoyer une facture.",
    'Les bruits de la rue, le parquet qui craque : rien à voir avec le canapé.',
    'The insured value of my order, please.',
  ])('is not danger: %j', (text) => {
    const got = detectProblem(text);
    expect(got.danger).toBe(false);
    expect(got.severity).not.toBe('P0');
  });

  it('reports the danger among the symptoms', () => {
    expect(detectProblem('Des étincelles sortent du boîtier.').symptoms).toContain('étincelles');
  });
});

describe('detectProblem: P1, the main function unusable', () => {
  it.each<Row>([
    ["Le cadre est cassé, on ne peut plus s'asseoir.", 'structural', 'P1'],
    ['The frame is broken, I cannot sit on it.', 'structural', 'P1'],
    ['Le relax ne se ferme plus.', 'mechanism', 'P1'],
    ["Le convertible ne s'ouvre pas, impossible de dormir.", 'mechanism', 'P1'],
    ["The recliner won't close.", 'mechanism', 'P1'],
    ['The sofa bed does not open anymore.', 'mechanism', 'P1'],
    ['Le relax fait un léger bruit et ne se ferme plus.', 'mechanism', 'P1'],
    ['Le pied est légèrement fendu.', 'structural', 'P1'],
    ['Le canapé a été livré avec un pied cassé.', 'delivery', 'P1'],
    ['The sofa arrived damaged.', 'delivery', 'P1'],
    ['Il manque la télécommande du relax dans le colis.', 'delivery', 'P1'],
    ['The legs were missing from the box.', 'delivery', 'P1'],
  ])('%j → %s %s', (...row) => expectDetection(row));

  it.each<Row>([
    ['Montage impossible.', 'assembly', 'P2'],
    ['Assembly impossible, I cannot assemble it.', 'assembly', 'P2'],
    ["Les coussins sont tellement affaissés qu'on ne peut plus s'asseoir.", 'cushions', 'P2'],
    ['The fabric is so torn the sofa is unusable.', 'fabric', 'P2'],
  ])('stays within the category range: %j → %s %s', (...row) => expectDetection(row));

  it('names the symptoms in short French labels', () => {
    expect(detectProblem('Le pied est cassé.').symptoms).toEqual(['pied cassé']);
    expect(detectProblem('Le mécanisme est bloqué.').symptoms).toEqual(['mécanisme bloqué']);
    expect(detectProblem('The frame is cracked.').symptoms).toEqual(['cadre fissuré']);
    expect(detectProblem('La structure est cassée.').symptoms).toEqual(['structure cassée']);
  });
});

describe('detectProblem: minor signals', () => {
  it.each<[string, ProblemCategory, PriorityLevel, boolean]>([
    ['Une petite tache sur le tissu.', 'fabric', 'P3', true],
    ['Slight fading on the fabric.', 'fabric', 'P3', true],
    ['Légère odeur de neuf.', 'smell', 'P3', true],
    ['A faint smell of glue.', 'smell', 'P3', true],
    ['Le relax grince un peu mais il fonctionne.', 'mechanism', 'P2', true],
    ['The mechanism is a bit stiff.', 'mechanism', 'P2', true],
    ['The recliner is noisy but works.', 'mechanism', 'P2', false],
    ['Petite fissure dans le pied.', 'structural', 'P1', true],
    ['La mousse est un peu affaissée.', 'cushions', 'P2', true],
    ['The sofa is slightly too long.', 'dimensions', 'P2', true],
    ['Rien de grave, le tissu a une tache à peine visible.', 'fabric', 'P3', true],
    ['Le fauteuil est plus petit que prévu.', 'dimensions', 'P2', false],
    ["Le simili s'écaille, il y a des petits morceaux partout.", 'fabric', 'P2', false],
  ])('%j → %s %s (minor: %s)', (text, category, severity, minor) => {
    expect(detectProblem(text)).toMatchObject({ category, severity, minor });
  });
});

describe('detectProblem: two problems', () => {
  it('returns the strongest category and the other as secondary', () => {
    expect(detectProblem('Le pied est cassé et le tissu est taché.')).toMatchObject({
      category: 'structural',
      secondaryCategory: 'fabric',
    });
    expect(detectProblem('The cushions are sagging and there is a strange smell.')).toMatchObject({
      category: 'cushions',
      secondaryCategory: 'smell',
    });
    expect(detectProblem('Le mécanisme du relax est bloqué.').secondaryCategory).toBeUndefined();
  });

  it('is more confident with more evidence and less when two categories compete', () => {
    const one = detectProblem('Tache.').confidence;
    const many = detectProblem(
      'Tache sur le tissu, déchirure dans le cuir, couleur délavée.',
    ).confidence;
    const mixed = detectProblem('Tache sur le tissu et pied cassé.').confidence;
    expect(many).toBeGreaterThan(one);
    expect(mixed).toBeLessThan(many);
    expect(detectProblem('Bonjour').confidence).toBe(0);
  });
});

describe('decideSeverity', () => {
  it.each<[ProblemCategory, boolean, boolean, boolean, PriorityLevel]>([
    ['fabric', true, false, false, 'P0'],
    ['unknown', true, false, false, 'P0'],
    ['structural', false, false, false, 'P1'],
    ['structural', false, false, true, 'P1'],
    ['mechanism', false, false, false, 'P1'],
    ['mechanism', false, false, true, 'P2'],
    ['mechanism', false, true, true, 'P1'],
    ['delivery', false, false, true, 'P1'],
    ['fabric', false, false, false, 'P2'],
    ['fabric', false, false, true, 'P3'],
    ['fabric', false, true, false, 'P2'],
    ['cushions', false, false, true, 'P2'],
    ['assembly', false, true, false, 'P2'],
    ['smell', false, false, true, 'P3'],
    ['dimensions', false, false, true, 'P2'],
    ['unknown', false, false, false, 'P3'],
    ['unknown', false, true, false, 'P3'],
  ])('%s, danger %s, unusable %s, minor %s → %s', (category, danger, unusable, minor, expected) => {
    expect(decideSeverity(category, danger, unusable, minor)).toBe(expected);
  });
});

describe('properties', () => {
  const wordy = fc
    .array(
      fc.constantFrom(
        'le',
        'pied',
        'cassé',
        'pas',
        'tache',
        'ne',
        'ferme',
        'plus',
        'petit',
        'leg',
        'broken',
        'not',
        'odeur',
        'trop',
        'grand',
        'coussin',
        'livraison',
        'retard',
        ',',
        '.',
        '!!!',
        'fumée',
        'sans',
        'relax',
        'bloqué',
        'un peu',
        'cuir',
        'mousse',
        'montage',
        'impossible',
        'légère',
        'vérin',
      ),
      { maxLength: 40 },
    )
    .map((words) => words.join(' '));
  const anyText = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    wordy,
  );
  const danger = fc.constantFrom(
    'De la fumée sort du moteur.',
    "Mon fils s'est coincé les doigts dans le mécanisme.",
    'Sparks came out of the motor.',
    'Je me suis blessé.',
    "Le canapé s'est effondré sous moi.",
  );

  it('never throws, keeps confidence in [0, 1] and severity within the category range (or P0 with danger)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const got = detectProblem(text);
        expect(PROBLEM_CATEGORIES).toContain(got.category);
        expect(got.confidence).toBeGreaterThanOrEqual(0);
        expect(got.confidence).toBeLessThanOrEqual(1);
        if (got.severity === 'P0') expect(got.danger).toBe(true);
        else expect(CATEGORY_SEVERITY_RANGE[got.category]).toContain(got.severity);
        expect(got.danger).toBe(got.severity === 'P0');
        if (got.secondaryCategory !== undefined)
          expect(got.secondaryCategory).not.toBe(got.category);
      }),
      { numRuns: 400 },
    );
  });

  it('yields P0 when a danger sentence is added to any text', () => {
    fc.assert(
      fc.property(anyText, danger, (text, sentence) => {
        expect(detectProblem(`${sentence}\n${text}`)).toMatchObject({
          severity: 'P0',
          danger: true,
        });
        expect(detectProblem(`${text.slice(0, 3_000)}\n${sentence}`)).toMatchObject({
          severity: 'P0',
          danger: true,
        });
      }),
      { numRuns: 300 },
    );
  });

  it('reads a huge message as a short one (the text is capped before matching)', () => {
    const huge = 'Le pied est cassé, la mousse est affaissée. '.repeat(50_000);
    expect(detectProblem(huge).category).toBe('structural');
  });
});
