/**
 * Keyword lists of the after-sales rules (../shared/spec/sav-domain.md, sections 1 and 3).
 *
 * Data only: `text.ts` normalises and stems both these terms and the customer's text, so a term
 * is written once in its dictionary form (plurals, feminines, accents, case and one-letter typos
 * in long words are matched for it). In a term:
 *  - several words form an expression, matched in order; filler words (articles, pronouns,
 *    auxiliaries) may sit between them in the customer's text;
 *  - a negation word ("pas", "plus" after "ne", "not", "aucun", "sans"…) matches any negation,
 *    and "ne"/"n'" is optional: "ne ferme pas" also reads "ferme plus", "ferme jamais";
 *  - "=mot" matches that exact word only (no stemming), for words whose stem is ambiguous.
 * French words are the norm here (keyword lists are where they belong, see conventions.md).
 */
import type { ProblemCategory } from './types';

export type Lang = 'fr' | 'en' | 'de' | 'it' | 'ar';
export type Terms = Partial<Record<Lang, readonly string[]>>;

// =============================================================================================
// Function words (accentless, lower case; compared with the folded token exactly)

/** Always negations. ("dont" is not here: in French it is a relative pronoun.) */
export const NEGATION_WORDS: readonly string[] = [
  // fr
  'pas',
  'jamais',
  'rien',
  'aucun',
  'aucune',
  'aucuns',
  'aucunes',
  'sans',
  'ni',
  'nullement',
  // en
  'not',
  'no',
  'never',
  'none',
  'nothing',
  'nobody',
  'neither',
  'nor',
  'without',
  'cannot',
  'doesnt',
  'didnt',
  'isnt',
  'wasnt',
  'arent',
  'werent',
  'cant',
  'couldnt',
  'wouldnt',
  'wont',
  'hasnt',
  'havent',
  'hadnt',
  'shouldnt',
  // de
  'nicht',
  'kein',
  'keine',
  'keinen',
  'keinem',
  'keiner',
  'nie',
  'niemals',
  'ohne',
  // it
  'non',
  'nessun',
  'nessuno',
  'nessuna',
  'senza',
  // ar (lā, laysa, lam, lan, bidūn, ghayr)
  'لا',
  'ليس',
  'ليست',
  'لم',
  'لن',
  'بدون',
  'غير',
];
/** Words a negation reaches through to the word it negates ("pas de problème avec la livraison"). */
export const NEGATION_TRANSPARENT: readonly string[] = [
  'probleme',
  'problemes',
  'souci',
  'soucis',
  'trace',
  'traces',
  'signe',
  'signes',
  'avec',
  'sur',
  'particulierement',
  'vraiment',
  'tellement',
  'si',
  'aussi',
  'sign',
  'signs',
  'trace',
  'evidence',
  'problem',
  'problems',
  'issue',
  'issues',
  'with',
  'on',
  'of',
  'badly',
  'really',
  'particularly',
  'too',
  'so',
  'that',
  'seriously',
  'gravement',
];
/** Words that carry a negation along a list ("ni tache ni déchirure", "not broken or cracked"). */
export const NEGATION_LIST_WORDS: readonly string[] = ['ni', 'ou', 'nor', 'or', 'noch', 'ne'];

/** Negations only after a "ne" in the same clause ("n'est plus" vs "plus grand"). */
export const NEGATION_AFTER_NE: readonly string[] = ['plus', 'guere', 'point'];
/** Negations only before a "ne" ("personne n'a été blessé" vs "une personne"). */
export const NEGATION_BEFORE_NE: readonly string[] = ['personne', 'nul', 'nulle'];
export const NE_WORDS: readonly string[] = ['ne', 'n'];
/** Negation word → followers that cancel the negation ("pas mal", "sans doute", "not only"). */
export const NEGATION_NEUTRALISERS: Readonly<Record<string, readonly string[]>> = {
  pas: ['mal', 'que', 'seulement'],
  sans: ['doute', 'cesse', 'arret', 'arreter', 'compter'],
  non: ['seulement'],
  not: ['only', 'just'],
  no: ['doubt', 'matter'],
  rien: ['que'],
};
/**
 * Function words that show a message is (partly) German or Italian. French, English and Arabic
 * terms are always matched; German and Italian ones only when the message shows these words, so
 * their stems do not collide with French or English words ("doga" → "dog", "vite" → "vite").
 */
export const LANGUAGE_MARKERS: Readonly<Partial<Record<Lang, readonly string[]>>> = {
  de: [
    'der',
    'das',
    'und',
    'ist',
    'nicht',
    'ich',
    'mit',
    'vom',
    'sind',
    'wurde',
    'habe',
    'kein',
    'keine',
    'noch',
    'schon',
    'auch',
    'sehr',
    'aber',
    'sich',
    'seit',
    'zu',
    'ein',
    'eine',
    'einen',
    'beim',
  ],
  it: [
    'della',
    'dello',
    'delle',
    'degli',
    'che',
    'sono',
    'gli',
    'questo',
    'questa',
    'anche',
    'molto',
    'nella',
    'nel',
    'alla',
    'allo',
    'perche',
    'pero',
    'di',
    'fa',
    'ho',
    'mio',
    'mia',
  ],
};
/** Italian "è" (is), told from French "e" before accents are folded. */
export const ITALIAN_IS = 'è';

/** French/Italian elided words (before the apostrophe) and how they read. */
export const ELIDED_PREFIXES: Readonly<Record<string, string>> = {
  l: 'le',
  d: 'de',
  j: 'je',
  m: 'me',
  t: 'te',
  s: 'se',
  c: 'c',
  ç: 'c',
  n: 'ne',
  qu: 'que',
  jusqu: 'jusque',
  lorsqu: 'lorsque',
  puisqu: 'puisque',
  quoiqu: 'quoique',
  presqu: 'presque',
  dell: 'della',
  dall: 'dalla',
  nell: 'nella',
  sull: 'sulla',
  all: 'alla',
  un: 'una',
  quest: 'questa',
  quell: 'quella',
};
/** English clitics after an apostrophe ("it's", "we're", "I'll", "I'd", "I'm"). */
export const ENGLISH_SUFFIX_CLITICS: readonly string[] = ['s', 're', 've', 'll', 'd', 'm'];
/**
 * Words that end a clause, so a negation stops there: conjunctions, subordinators, subject
 * pronouns (a new subject starts a new statement), "c'", "ça", and "juste"/"just".
 */
export const CLAUSE_WORDS: readonly string[] = [
  // fr
  'mais',
  'et',
  'car',
  'donc',
  'puis',
  'ensuite',
  'cependant',
  'pourtant',
  'sauf',
  'contre',
  'quand',
  'lorsque',
  'si',
  'parce',
  'puisque',
  'pourquoi',
  'comment',
  'que',
  'qui',
  'alors',
  'sinon',
  'c',
  'ca',
  'cela',
  'je',
  'il',
  'elle',
  'ils',
  'elles',
  'nous',
  'vous',
  'tu',
  'juste',
  'seulement',
  'uniquement',
  'depuis',
  'apres',
  'avant',
  'pendant',
  // en
  'but',
  'and',
  'because',
  'since',
  'when',
  'while',
  'if',
  'why',
  'how',
  'that',
  'which',
  'who',
  'although',
  'though',
  'however',
  'so',
  'then',
  'i',
  'he',
  'she',
  'they',
  'we',
  'you',
  'just',
  'only',
  'after',
  'before',
  'instead',
  'rather',
  // de / it / ar
  'aber',
  'und',
  'weil',
  'wenn',
  'dass',
  'sondern',
  'perche',
  'quando',
  'pero',
  'لكن',
  'ثم',
  'لان',
];
/** Words an expression may skip ("ne passe toujours pas", "doesn't really fit", "se ferme plus"). */
export const FILLER_WORDS: readonly string[] = [
  // fr
  'le',
  'la',
  'les',
  'un',
  'une',
  'des',
  'du',
  'de',
  'au',
  'aux',
  'a',
  'ai',
  'as',
  'avons',
  'avez',
  'ont',
  'est',
  'es',
  'sont',
  'etait',
  'etaient',
  'ete',
  'etre',
  'suis',
  'se',
  'me',
  'te',
  'y',
  'en',
  'lui',
  'leur',
  'ce',
  'cet',
  'cette',
  'ces',
  'mon',
  'ma',
  'mes',
  'ton',
  'ta',
  'tes',
  'son',
  'sa',
  'ses',
  'notre',
  'nos',
  'votre',
  'vos',
  'leurs',
  'toujours',
  'encore',
  'meme',
  'vraiment',
  'completement',
  'totalement',
  'bien',
  'correctement',
  'tout',
  'toute',
  'tres',
  'plus',
  'ne',
  'n',
  'simplement',
  'deja',
  'peut',
  'peux',
  'pouvons',
  'pouvez',
  'peuvent',
  'veut',
  'fait',
  // en
  'the',
  'a',
  'an',
  'my',
  'our',
  'your',
  'his',
  'her',
  'their',
  'its',
  'it',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'am',
  'do',
  'does',
  'did',
  'will',
  'would',
  'can',
  'could',
  'should',
  'shall',
  'has',
  'have',
  'had',
  'still',
  'even',
  'really',
  'properly',
  'correctly',
  'fully',
  'completely',
  'at',
  'all',
  'anymore',
  'any',
  'longer',
  'yet',
  'quite',
  'very',
  'this',
  'simply',
  'to',
  'get',
  'got',
  'keeps',
  // de / it
  'der',
  'die',
  'das',
  'den',
  'dem',
  'ein',
  'eine',
  'einen',
  'ist',
  'sind',
  'war',
  'sehr',
  'mehr',
  'lo',
  'gli',
  'del',
  'della',
  'di',
  'e',
];
/** Real words one letter away from the vocabulary, never "corrected" (cousin ≠ coussin). */
export const FUZZY_PROTECTED: readonly string[] = [
  'cousin',
  'cousins',
  'cousine',
  'cousines',
  'regard',
  'regards',
  'montagne',
  'remove',
  'removed',
  'remote',
  'moteurs',
  'monter',
  'montee',
  'mouche',
  'taille',
  'faille',
  'paille',
  'maille',
  'livres',
  'livret',
  'sortie',
  'parties',
  'partie',
  'pieces',
  'pierre',
  'tissue',
  'tissues',
  'leaders',
  'seated',
  'seater',
  'heated',
  'heater',
  'feather',
  'feathers',
  'leather',
  'weather',
  'sagged',
  'broker',
  'brokers',
  'stains',
  'staining',
  'frames',
  'framed',
  'cracks',
  'motors',
  'fabrics',
  'cushion',
  'cushions',
  'smells',
  'smelly',
  'delivery',
  'delivers',
  'deliver',
  'tacher',
  'tachez',
  'tachent',
  'rayons',
  'rayon',
  'crayon',
  'crayons',
  'cadres',
  'cadran',
  'porter',
  'portes',
  'poster',
  'sentir',
  'sortir',
  'mettre',
  'lettre',
  'lettres',
];

// =============================================================================================
// Section 1: problem vocabulary

/** A component or product word: it names what the customer talks about. */
export interface PartSpec {
  category: ProblemCategory;
  weight: number;
  /** Canonical French name, used in symptom labels ("pied cassé"). */
  label: string;
  feminine?: boolean;
  /** Load-bearing or essential to use: broken or missing, the piece cannot be used (P1). */
  essential?: boolean;
  /** Names the product type ("relax", "convertible"), not a component: a symptom attaches to it only when no component is named. */
  product?: boolean;
  /** A context word ("livraison", "longueur"): symptoms never describe it. */
  context?: boolean;
  terms: Terms;
}

/** What a symptom implies for the severity rules. */
export type SymptomFlag =
  'breaks' | 'damage' | 'stops' | 'noisy' | 'stiff' | 'missing' | 'mishandled';

/** A problem word: on its own it means `category`; with a part it describes that part. */
export interface SymptomSpec {
  category: ProblemCategory;
  weight: number;
  /** Canonical French label when alone ("tache", "retard de livraison"). */
  label: string;
  /** Masculine and feminine forms after a part ("pied cassé", "structure cassée"). */
  adjective?: readonly [string, string];
  /** Categories of parts it can describe ("déchiré" describes a box or the fabric); absent: fixed to `category`. */
  attach?: 'any' | readonly ProblemCategory[];
  flags?: readonly SymptomFlag[];
  terms: Terms;
}

const W_PART = 1.5;
const W_PRODUCT = 1.5;
const W_CONTEXT = 1;
const W_SYMPTOM = 2.5;
const W_EXPRESSION = 4;

export const PARTS: readonly PartSpec[] = [
  // structural
  {
    category: 'structural',
    weight: W_PART,
    label: 'pied',
    essential: true,
    terms: {
      fr: ['pied', 'piétement', 'pied de canapé'],
      en: ['leg'],
      de: ['Bein', 'Fuß', 'Füße'],
      it: ['gamba', 'piede', 'piedino'],
      ar: ['رجل', 'قدم'],
    },
  },
  {
    category: 'structural',
    weight: W_PART,
    label: 'cadre',
    essential: true,
    terms: {
      fr: ['cadre', 'carcasse', 'ossature'],
      en: ['frame', 'framework'],
      de: ['Rahmen', 'Gestell'],
      it: ['telaio'],
      ar: ['إطار'],
    },
  },
  {
    category: 'structural',
    weight: W_PART,
    label: 'armature',
    feminine: true,
    essential: true,
    terms: { fr: ['armature'], en: ['chassis'], ar: ['هيكل'] },
  },
  {
    category: 'structural',
    weight: W_PART,
    label: 'châssis',
    essential: true,
    terms: { fr: ['châssis'] },
  },
  {
    category: 'structural',
    weight: W_PART,
    label: 'structure',
    feminine: true,
    essential: true,
    terms: { fr: ['structure'], en: ['structure'], de: ['Struktur'], it: ['struttura'] },
  },
  {
    category: 'structural',
    weight: W_PART,
    label: 'bois',
    essential: true,
    terms: {
      fr: ['bois'],
      en: ['wood', 'wooden', 'timber'],
      de: ['Holz'],
      it: ['legno'],
      ar: ['خشب'],
    },
  },
  {
    category: 'structural',
    weight: W_PART,
    label: 'latte',
    feminine: true,
    essential: true,
    terms: { fr: ['latte'], en: ['slat'], de: ['Latte'] },
  },
  {
    category: 'structural',
    weight: W_PART,
    label: 'sommier',
    essential: true,
    terms: { fr: ['sommier'], en: ['bed base'], de: ['Lattenrost'] },
  },
  {
    category: 'structural',
    weight: W_PART,
    label: 'traverse',
    feminine: true,
    essential: true,
    terms: { fr: ['traverse', 'barre de renfort'], en: ['crossbar', 'cross bar', 'rail', 'beam'] },
  },
  {
    category: 'structural',
    weight: W_PART,
    label: 'accoudoir',
    terms: {
      fr: ['accoudoir'],
      en: ['armrest', 'arm rest'],
      de: ['Armlehne'],
      it: ['bracciolo'],
      ar: ['مسند'],
    },
  },
  {
    category: 'structural',
    weight: W_CONTEXT,
    label: 'dossier',
    terms: {
      fr: ['dossier'],
      en: ['backrest', 'back rest'],
      de: ['Rückenlehne'],
      it: ['schienale'],
    },
  },
  {
    category: 'structural',
    weight: W_PART,
    label: 'ressort',
    terms: {
      fr: ['ressort', 'suspension', 'sangle'],
      en: ['=springs', 'webbing'],
      it: ['molla', 'molle'],
    },
  },
  // mechanism
  {
    category: 'mechanism',
    weight: W_PART,
    label: 'mécanisme',
    essential: true,
    terms: {
      fr: ['mécanisme', 'mécanique'],
      en: ['mechanism'],
      de: ['Mechanismus', 'Mechanik'],
      it: ['meccanismo'],
      ar: ['آلية', 'ميكانيزم'],
    },
  },
  {
    category: 'mechanism',
    weight: W_PART,
    label: 'moteur',
    essential: true,
    terms: {
      fr: ['moteur', 'motorisation'],
      en: ['motor'],
      de: ['Motor'],
      it: ['motore'],
      ar: ['محرك'],
    },
  },
  {
    category: 'mechanism',
    weight: W_PART,
    label: 'télécommande',
    feminine: true,
    essential: true,
    terms: {
      fr: ['télécommande', 'commande électrique', 'boîtier de commande'],
      en: ['remote', 'remote control', 'handset', 'controller', 'control box'],
      de: ['Fernbedienung'],
      it: ['telecomando'],
      ar: ['جهاز التحكم', 'ريموت'],
    },
  },
  {
    category: 'mechanism',
    weight: W_PART,
    label: 'vérin',
    essential: true,
    terms: {
      fr: ['vérin', 'piston', 'amortisseur'],
      en: ['gas strut', 'strut', 'gas lift', 'gas spring', 'piston', 'hydraulic'],
      de: ['Gasdruckfeder'],
      it: ['pistone'],
    },
  },
  {
    category: 'mechanism',
    weight: W_PART,
    label: 'repose-pieds',
    essential: true,
    terms: {
      fr: ['repose pieds', 'repose pied', 'repose jambes'],
      en: ['footrest', 'foot rest'],
      de: ['Fußstütze'],
      it: ['poggiapiedi'],
    },
  },
  {
    category: 'mechanism',
    weight: W_PART,
    label: 'têtière',
    feminine: true,
    terms: {
      fr: ['têtière', 'appui tête', 'appuie tête'],
      en: ['headrest', 'head rest'],
      de: ['Kopfstütze'],
      it: ['poggiatesta'],
    },
  },
  {
    category: 'mechanism',
    weight: W_PART,
    label: 'alimentation',
    feminine: true,
    essential: true,
    terms: {
      fr: [
        'boîtier',
        'transformateur',
        'alimentation',
        'câble',
        '=prise',
        'batterie',
        'bouton',
        'chargeur',
      ],
      en: [
        'power supply',
        'transformer',
        'cable',
        'plug',
        'battery',
        'button',
        'power cord',
        'charger',
        'motor box',
      ],
      de: ['Netzteil', 'Kabel'],
      it: ['alimentatore', 'cavo'],
    },
  },
  {
    category: 'mechanism',
    weight: W_PRODUCT,
    label: 'relax',
    product: true,
    terms: {
      fr: [
        'relax',
        'relaxation',
        'inclinable',
        'releveur',
        'fauteuil releveur',
        'à bascule',
        'pivotant',
        'rotatif',
      ],
      en: [
        'recliner',
        'reclining',
        'lift chair',
        'riser recliner',
        'rocking',
        'rocker',
        'swivel',
        'glider',
      ],
      de: ['Relaxsessel'],
      it: ['relax', 'reclinabile', 'alzapersona'],
    },
  },
  {
    category: 'mechanism',
    weight: W_PRODUCT,
    label: 'convertible',
    product: true,
    terms: {
      fr: ['convertible', 'canapé lit', 'clic clac', '=bz', 'lit coffre'],
      en: ['sofa bed', 'sofabed', 'sleeper', 'pull out bed', 'storage bed', 'ottoman bed'],
      de: ['Schlafsofa'],
      it: ['divano letto'],
    },
  },
  {
    category: 'mechanism',
    weight: W_CONTEXT,
    label: 'électrique',
    product: true,
    terms: {
      fr: ['électrique', 'motorisé'],
      en: ['electric', 'electrical', 'powered', 'power'],
      de: ['elektrisch'],
      it: ['elettrico'],
      ar: ['كهربائي'],
    },
  },
  // fabric
  {
    category: 'fabric',
    weight: W_PART,
    label: 'tissu',
    terms: {
      fr: ['tissu', 'étoffe', 'toile', 'microfibre', 'textile', 'revêtement'],
      en: ['fabric', 'cloth', 'upholstery', 'textile', 'material'],
      de: ['Stoff', 'Bezug'],
      it: ['tessuto', 'stoffa', 'rivestimento'],
      ar: ['قماش'],
    },
  },
  {
    category: 'fabric',
    weight: W_PART,
    label: 'cuir',
    terms: {
      fr: ['cuir', 'simili', 'similicuir', 'skaï'],
      en: ['leather', 'leatherette', 'faux leather', 'vinyl'],
      de: ['Leder'],
      it: ['pelle', 'cuoio', 'similpelle'],
      ar: ['جلد'],
    },
  },
  {
    category: 'fabric',
    weight: W_PART,
    label: 'velours',
    terms: { fr: ['velours'], en: ['velvet', 'velour', 'corduroy'], de: ['Samt'], it: ['velluto'] },
  },
  {
    category: 'fabric',
    weight: W_PART,
    label: 'housse',
    feminine: true,
    terms: {
      fr: ['housse', 'déhoussable'],
      en: ['=cover', '=covers', 'slipcover'],
      it: ['fodera'],
    },
  },
  {
    category: 'fabric',
    weight: W_PART,
    label: 'couture',
    feminine: true,
    terms: {
      fr: ['couture', 'surpiqûre', 'fermeture éclair'],
      en: ['seam', 'stitching', 'stitches', 'zip', 'zipper'],
      de: ['Naht'],
      it: ['cucitura'],
    },
  },
  // cushions
  {
    category: 'cushions',
    weight: W_PART,
    label: 'coussin',
    essential: true,
    terms: {
      fr: ['coussin', 'galette'],
      en: ['cushion', 'pillow'],
      de: ['Kissen', 'Polster'],
      it: ['cuscino'],
      ar: ['وسادة', 'مخدة'],
    },
  },
  {
    category: 'cushions',
    weight: W_PART,
    label: 'assise',
    feminine: true,
    terms: {
      fr: ['=assise', '=assises'],
      en: ['seat'],
      de: ['Sitz', 'Sitzfläche'],
      it: ['seduta'],
      ar: ['مقعد'],
    },
  },
  {
    category: 'cushions',
    weight: W_PART,
    label: 'mousse',
    feminine: true,
    terms: {
      fr: ['mousse', 'garnissage', 'rembourrage', 'ouate', 'plumes'],
      en: ['foam', 'padding', 'stuffing', 'feathers', 'wadding'],
      de: ['Schaumstoff', 'Schaum', 'Polsterung'],
      it: ['schiuma', 'imbottitura', 'gommapiuma'],
      ar: ['إسفنج'],
    },
  },
  {
    category: 'cushions',
    weight: W_PART,
    label: 'matelas',
    terms: { fr: ['matelas'], en: ['mattress'], de: ['Matratze'], it: ['materasso'] },
  },
  // delivery
  {
    category: 'delivery',
    weight: W_CONTEXT,
    label: 'livraison',
    feminine: true,
    context: true,
    terms: {
      fr: ['livraison', 'livré', 'livrer'],
      en: ['delivery', 'delivered', 'deliver'],
      de: ['Lieferung', 'geliefert'],
      it: ['consegna', 'consegnato'],
      ar: ['توصيل', 'التوصيل'],
    },
  },
  {
    category: 'delivery',
    weight: W_PART,
    label: 'livreur',
    terms: {
      fr: ['livreur', 'transporteur', 'déménageur', 'chauffeur'],
      en: [
        'courier',
        'delivery driver',
        'driver',
        'delivery man',
        'carrier',
        'delivery men',
        'delivery team',
        'delivery guys',
        'movers',
      ],
      de: ['Lieferant', 'Spedition'],
      it: ['corriere', 'trasportatore'],
    },
  },
  {
    category: 'delivery',
    weight: W_PART,
    label: 'colis',
    essential: true,
    terms: {
      fr: ['colis', 'paquet'],
      en: ['parcel', 'package'],
      de: ['Paket'],
      it: ['pacco'],
      ar: ['طرد', 'شحنة'],
    },
  },
  {
    category: 'delivery',
    weight: W_PART,
    label: 'carton',
    terms: {
      fr: ['carton', 'emballage'],
      en: ['box', 'packaging', 'carton'],
      de: ['Karton', 'Verpackung'],
      it: ['scatola', 'imballo', 'imballaggio'],
    },
  },
  // assembly
  {
    category: 'assembly',
    weight: W_PART,
    label: 'montage',
    context: true,
    terms: {
      fr: ['montage', 'assemblage', '=monter', 'assembler'],
      en: ['assembly', 'assemble', 'assembling'],
      de: ['Montage', 'Aufbau', 'montieren'],
      it: ['montaggio', 'montare', 'assemblaggio'],
      ar: ['تركيب'],
    },
  },
  {
    category: 'assembly',
    weight: W_PART,
    label: 'monteur',
    terms: {
      fr: ['monteur', 'installateur'],
      en: ['fitter', 'installer'],
      de: ['Monteur'],
      it: ['montatore'],
    },
  },
  {
    category: 'assembly',
    weight: W_PART,
    label: 'notice',
    feminine: true,
    context: true,
    terms: {
      fr: ['notice', "mode d'emploi", 'schéma', 'plan de montage'],
      en: ['instructions', 'manual', 'diagram', 'leaflet'],
      de: ['Anleitung', 'Aufbauanleitung'],
      it: ['istruzioni'],
      ar: ['تعليمات'],
    },
  },
  {
    category: 'assembly',
    weight: W_PART,
    label: 'vis',
    feminine: true,
    terms: {
      fr: ['=vis', 'visserie', 'boulon', 'écrou', 'cheville', 'clé allen', 'quincaillerie'],
      en: ['screw', 'bolt', 'hardware', 'allen key', 'fittings', 'fixings', 'hardware pack'],
      de: ['Schraube', 'Schrauben'],
      it: ['=viti', 'bullone'],
      ar: ['براغي', 'برغي'],
    },
  },
  {
    category: 'assembly',
    weight: W_CONTEXT,
    label: 'pièces',
    feminine: true,
    terms: {
      fr: ['pièces', 'éléments'],
      en: ['=parts', 'pieces', 'sections', 'components'],
      it: ['pezzi'],
    },
  },
  // dimensions
  {
    category: 'dimensions',
    weight: 2,
    label: 'dimensions',
    feminine: true,
    context: true,
    terms: {
      fr: ['dimensions', 'taille', 'mesure', 'gabarit', 'encombrement'],
      en: ['dimensions', 'size', 'measurement', 'measurements', 'sizing'],
      de: ['Größe', 'Maße', 'Abmessungen'],
      it: ['dimensioni', 'misura', 'misure'],
      ar: ['مقاس', 'حجم', 'أبعاد'],
    },
  },
  {
    // Figures with a unit: a size is being discussed ("2 mètres 40 au lieu de 2 mètres 20").
    category: 'dimensions',
    weight: 2,
    label: 'mesure chiffrée',
    feminine: true,
    context: true,
    terms: {
      fr: ['=cm', 'centimètres', '=mètres', '=mètre'],
      en: ['=cm', 'centimetres', 'centimeters', 'inches', '=metres', '=meters'],
    },
  },
  {
    category: 'dimensions',
    weight: W_CONTEXT,
    label: 'cotes',
    feminine: true,
    context: true,
    terms: {
      fr: [
        'largeur',
        'longueur',
        'profondeur',
        'hauteur',
        "profondeur d'assise",
        "hauteur d'assise",
      ],
      en: ['width', 'length', 'depth', 'height', 'seat height', 'seat depth'],
      de: ['Breite', 'Länge', 'Tiefe', 'Höhe'],
      it: ['larghezza', 'lunghezza', 'profondità', 'altezza'],
    },
  },
];

export const SYMPTOMS: readonly SymptomSpec[] = [
  // --- breakage and structure (describe any part; alone: structural)
  {
    category: 'structural',
    weight: W_SYMPTOM,
    label: 'casse',
    adjective: ['cassé', 'cassée'],
    attach: 'any',
    flags: ['breaks', 'damage'],
    terms: {
      fr: ['cassé', 'casser', 'cassure', 'brisé', 'rompu', 'rupture', 'cassé net'],
      en: ['broken', 'broke', 'break', 'snapped', 'snap', 'busted'],
      de: ['kaputt', 'gebrochen', 'zerbrochen'],
      it: ['rotto', 'rottura', 'spezzato'],
      ar: ['مكسور', 'كسر', 'انكسر'],
    },
  },
  {
    category: 'structural',
    weight: W_SYMPTOM,
    label: 'fissure',
    adjective: ['fissuré', 'fissurée'],
    attach: 'any',
    flags: ['breaks', 'damage'],
    terms: {
      fr: ['fissure', 'fendu', 'fente', 'fêlé', 'fêlure', 'craquelé', 'craquelure', 'fendillé'],
      en: ['crack', 'cracked', 'split', 'cracking'],
      de: ['gerissen', 'Sprung'],
      it: ['crepa', 'crepato', 'incrinato', 'spaccato'],
      ar: ['شق', 'متشقق'],
    },
  },
  {
    category: 'structural',
    weight: W_SYMPTOM,
    label: 'déformation',
    adjective: ['tordu', 'tordue'],
    attach: 'any',
    terms: {
      fr: ['tordu', 'voilé', 'gondolé'],
      en: ['bent', 'warped', 'twisted'],
      de: ['verbogen'],
      it: ['piegato', 'storto'],
    },
  },
  {
    category: 'structural',
    weight: W_SYMPTOM,
    label: 'instabilité',
    adjective: ['instable', 'instable'],
    attach: 'any',
    terms: {
      fr: ['bancal', 'instable', 'branlant', 'bouge', 'penche', 'vacille', 'boiteux', 'pas stable'],
      en: [
        'wobbly',
        'wobble',
        'unstable',
        'rickety',
        'leaning',
        'leans',
        'shaky',
        'loose',
        'not stable',
      ],
      de: ['wackelt', 'wackelig'],
      it: ['traballa', 'instabile'],
      ar: ['يهتز'],
    },
  },
  {
    category: 'structural',
    weight: W_SYMPTOM,
    label: 'pièce détachée',
    adjective: ['détaché', 'détachée'],
    attach: 'any',
    terms: {
      fr: [
        'décollé',
        'détaché',
        'dévissé',
        'desserré',
        'arraché',
        'désolidarisé',
        'ne tient plus',
        'ne tient pas',
      ],
      en: [
        'came off',
        'come off',
        'detached',
        'came loose',
        'come loose',
        'unglued',
        'fell off',
        'coming apart',
      ],
      de: ['gelöst', 'abgefallen'],
      it: ['staccato'],
    },
  },
  {
    category: 'structural',
    weight: W_SYMPTOM,
    label: 'grincement',
    adjective: ['qui grince', 'qui grince'],
    attach: 'any',
    flags: ['noisy'],
    terms: {
      fr: ['grince', 'grincement', 'craque', 'craquement', 'craquer'],
      en: ['creak', 'creaking', 'creaks', 'squeak', 'squeaking', 'squeaky'],
      de: ['quietscht', 'knarrt'],
      it: ['cigola', 'scricchiola'],
      ar: ['صرير'],
    },
  },
  {
    category: 'structural',
    weight: W_SYMPTOM,
    label: 'effondrement',
    adjective: ['effondré', 'effondrée'],
    attach: 'any',
    flags: ['breaks'],
    terms: {
      fr: ['effondré', 'effondrement', 'écroulé', 'cédé', 'céder', 'lâché'],
      en: ['collapsed', 'collapse', 'caved in', 'gave way', 'give way', 'gives way', 'gave out'],
      de: ['zusammengebrochen', 'eingestürzt'],
      it: ['crollato', 'ceduto'],
      ar: ['انهار'],
    },
  },
  {
    category: 'structural',
    weight: 1,
    label: 'dommage',
    adjective: ['abîmé', 'abîmée'],
    attach: 'any',
    flags: ['damage'],
    terms: {
      fr: ['abîmé', 'endommagé', 'détérioré', 'éventré', 'écrasé', 'cabossé', 'trempé', 'mouillé'],
      en: ['damaged', 'damage', 'dented', 'crushed', 'soaked', 'wet'],
      de: ['beschädigt'],
      it: ['danneggiato'],
      ar: ['تالف'],
    },
  },
  {
    // A defect says nothing of its kind on its own: it only strengthens the part it is about.
    category: 'unknown',
    weight: 1,
    label: 'défaut',
    adjective: ['défectueux', 'défectueuse'],
    attach: 'any',
    terms: {
      fr: ['défaut', 'défaut de fabrication', 'malfaçon'],
      en: ['defect', 'flaw', 'manufacturing defect'],
    },
  },
  // --- mechanism (alone: mechanism)
  {
    category: 'mechanism',
    weight: W_SYMPTOM,
    label: 'blocage',
    adjective: ['bloqué', 'bloquée'],
    attach: 'any',
    flags: ['stops'],
    terms: {
      fr: ['bloqué', 'blocage', 'coincé', 'grippé', 'reste ouvert', 'reste fermé', 'reste allongé'],
      en: [
        'stuck',
        'jammed',
        'jam',
        'blocked',
        'seized',
        'stays open',
        'stays closed',
        'stuck open',
      ],
      de: ['klemmt', 'blockiert'],
      it: ['bloccato'],
      ar: ['عالق'],
    },
  },
  {
    category: 'mechanism',
    weight: W_SYMPTOM,
    label: 'panne',
    adjective: ['en panne', 'en panne'],
    attach: 'any',
    flags: ['stops'],
    terms: {
      fr: [
        'en panne',
        'panne',
        '=hs',
        'hors service',
        'défectueux',
        'défaillant',
        'ne fonctionne pas',
        'ne marche pas',
        'ne répond pas',
        'ne démarre pas',
        "ne s'allume pas",
        'ne réagit pas',
        "s'arrête",
        'arrête net',
        'fonctionne que',
      ],
      en: [
        'out of order',
        'faulty',
        'defective',
        'dead',
        'stopped working',
        'stops',
        'stopped',
        'malfunction',
        'malfunctioning',
        'not working',
        'not work',
        'not respond',
        'not responding',
        'not turn on',
        'not start',
        'not move',
      ],
      de: ['defekt', 'funktioniert nicht', 'geht nicht'],
      it: ['guasto', 'difettoso', 'non funziona'],
      ar: ['معطل', 'لا يعمل'],
    },
  },
  {
    category: 'mechanism',
    weight: W_SYMPTOM,
    label: "ne s'ouvre plus",
    adjective: ["qui ne s'ouvre plus", "qui ne s'ouvre plus"],
    attach: ['mechanism'],
    flags: ['stops'],
    terms: {
      fr: [
        "ne s'ouvre pas",
        "n'ouvre pas",
        'ne se déplie pas',
        'ne se déploie pas',
        'ne se relève pas',
        "ne s'incline pas",
        'ne sort pas',
        'ne remonte pas',
        "impossible d'ouvrir",
        'impossible de déplier',
        'impossible de déployer',
        'ouvrir que',
        'moitié',
      ],
      en: [
        'not open',
        'not unfold',
        'not recline',
        'not extend',
        'not go up',
        'not come up',
        'not come out',
        'unable to open',
        'impossible to open',
        'opens halfway',
        'halfway',
        'not unfold',
      ],
      de: ['öffnet nicht'],
      it: ['non si apre'],
    },
  },
  {
    category: 'mechanism',
    weight: W_SYMPTOM,
    label: 'ne se ferme plus',
    adjective: ['qui ne se ferme plus', 'qui ne se ferme plus'],
    attach: ['mechanism'],
    flags: ['stops'],
    terms: {
      fr: [
        'ne se ferme pas',
        'ne ferme pas',
        'ne referme pas',
        'ne se replie pas',
        'ne se rabat pas',
        'ne redescend pas',
        'ne descend pas',
        'ne se verrouille pas',
        'impossible de fermer',
        'impossible de replier',
      ],
      en: [
        'not close',
        'not fold',
        'not retract',
        'not go down',
        'not come down',
        'not go back',
        'unable to close',
        'impossible to close',
      ],
      de: ['schließt nicht'],
      it: ['non si chiude'],
    },
  },
  {
    category: 'mechanism',
    weight: W_SYMPTOM,
    label: 'mouvement intempestif',
    adjective: ['qui bouge tout seul', 'qui bouge toute seule'],
    attach: ['mechanism'],
    terms: {
      fr: ['tout seul', 'toute seule', 'descend tout seul', 'se déclenche'],
      en: ['by itself', 'on its own'],
    },
  },
  {
    category: 'mechanism',
    weight: W_SYMPTOM,
    label: 'bruit',
    adjective: ['bruyant', 'bruyante'],
    attach: 'any',
    flags: ['noisy'],
    terms: {
      fr: ['bruit', 'bruyant', 'clic', 'cliquetis', 'claquement', 'vibration', 'vibre', 'ronronne'],
      en: [
        'noise',
        'noisy',
        'clicking',
        'click',
        'clunk',
        'rattling',
        'rattle',
        'buzzing',
        'grinding',
      ],
      de: ['Geräusch'],
      it: ['rumore', 'rumoroso'],
      ar: ['ضوضاء'],
    },
  },
  {
    category: 'mechanism',
    weight: W_SYMPTOM,
    label: 'mécanisme dur',
    adjective: ['dur', 'dure'],
    attach: ['mechanism'],
    flags: ['stiff'],
    terms: {
      fr: [
        'dur à ouvrir',
        'dur à fermer',
        'dur à manœuvrer',
        'dur à déplier',
        'difficile à ouvrir',
        'difficile à fermer',
        'difficile à déplier',
        'difficile à replier',
        'difficile à manœuvrer',
        'forcer',
        'résiste',
        'saccadé',
        'à-coups',
      ],
      en: [
        'stiff',
        'hard to open',
        'hard to close',
        'hard to unfold',
        'hard to pull out',
        'difficult to open',
        'difficult to close',
        'difficult to unfold',
        'jerky',
        'push hard',
        'force it',
      ],
      de: ['schwergängig'],
      it: ['duro', 'rigido'],
    },
  },
  {
    // Burning smell comes from an electric mechanism: it is a mechanism symptom (and a danger cue).
    category: 'mechanism',
    weight: W_SYMPTOM,
    label: 'odeur de brûlé',
    attach: ['mechanism'],
    terms: {
      fr: [
        'odeur de brûlé',
        'sent le brûlé',
        'odeur de cramé',
        'sent le cramé',
        'odeur de plastique brûlé',
        'odeur de chaud',
        'sent le chaud',
      ],
      en: [
        'burning smell',
        'smell of burning',
        'smell burning',
        'smells burnt',
        'burnt smell',
        'burning plastic',
        'smells like burning',
      ],
      de: ['Brandgeruch'],
      it: ['odore di bruciato', 'puzza di bruciato'],
      ar: ['رائحة حريق', 'رائحة احتراق'],
    },
  },
  // --- fabric
  {
    category: 'fabric',
    weight: W_SYMPTOM,
    label: 'tache',
    terms: {
      fr: ['tache', 'taché', 'auréole', 'salissure', 'trace'],
      en: ['stain', 'stained', 'mark', 'marks'],
      de: ['Fleck', 'Flecken', 'fleckig'],
      it: ['macchia', 'macchiato'],
      ar: ['بقعة'],
    },
  },
  {
    category: 'fabric',
    weight: W_SYMPTOM,
    label: 'déchirure',
    adjective: ['déchiré', 'déchirée'],
    attach: ['delivery'],
    flags: ['damage'],
    terms: {
      fr: ['déchiré', 'déchirure', 'accroc', 'lacéré', 'fil tiré', 'fils tirés'],
      en: [
        'tear',
        'torn',
        'rip',
        'ripped',
        'tore',
        'snag',
        'snagged',
        'pulled thread',
        'pulled threads',
      ],
      de: ['zerrissen'],
      it: ['strappo', 'strappato'],
      ar: ['ممزق', 'تمزق'],
    },
  },
  {
    category: 'fabric',
    weight: W_SYMPTOM,
    label: 'trou',
    adjective: ['troué', 'trouée'],
    attach: ['delivery', 'assembly'],
    terms: { fr: ['trou', 'troué'], en: ['hole', 'holes'], de: ['Loch'], it: ['buco'] },
  },
  {
    category: 'fabric',
    weight: W_SYMPTOM,
    label: 'décoloration',
    terms: {
      fr: [
        'décoloré',
        'décoloration',
        'déteint',
        'déteindre',
        'délavé',
        'jauni',
        'couleur passé',
        'pâli',
        'pâle',
      ],
      en: [
        'faded',
        'fading',
        'fade',
        'discoloured',
        'discolored',
        'discolouration',
        'discoloration',
        'bleached',
        'colour fading',
      ],
      de: ['verblasst', 'ausgeblichen'],
      it: ['scolorito', 'sbiadito'],
      ar: ['باهت'],
    },
  },
  {
    category: 'fabric',
    weight: W_SYMPTOM,
    label: 'différence de teinte',
    terms: {
      fr: [
        'différence de teinte',
        'différence de couleur',
        'teinte différente',
        'nuance différente',
        'pas la même teinte',
        'pas la même couleur',
      ],
      en: [
        'different shade',
        'different colour',
        'different color',
        'colour difference',
        'color difference',
        'shade difference',
        'colours do not match',
        'not the same colour',
      ],
    },
  },
  {
    category: 'fabric',
    weight: W_SYMPTOM,
    label: 'rétrécissement',
    terms: {
      fr: ['rétréci', 'rétrécissement'],
      en: ['shrank', 'shrunk', 'shrinkage'],
      de: ['eingelaufen'],
      it: ['ristretto'],
    },
  },
  {
    category: 'fabric',
    weight: W_SYMPTOM,
    label: 'bouloches',
    terms: {
      fr: ['bouloche', 'boulocher', 'boulochage', 'peluche', 'peluches'],
      en: ['pilling', 'pills', 'bobbles', 'bobbling'],
      de: ['Knötchen'],
      it: ['pallini'],
    },
  },
  {
    category: 'fabric',
    weight: W_SYMPTOM,
    label: 'cuir qui pèle',
    terms: {
      fr: [
        'pèle',
        'pelé',
        'peler',
        'écaille',
        'écaillé',
        'desquame',
        'cloque',
        'cloqué',
        'craquelle',
        'se décolle',
      ],
      en: ['peeling', 'peel', 'peels', 'flaking', 'flakes', 'blistering'],
      de: ['blättert'],
      it: ['spellato', 'screpolato'],
      ar: ['متقشر'],
    },
  },
  {
    category: 'fabric',
    weight: W_SYMPTOM,
    label: 'couture décousue',
    adjective: ['décousu', 'décousue'],
    attach: 'any',
    terms: {
      fr: ['décousu', 'découd', 'effiloché'],
      en: ['undone', 'unstitched', 'frayed', 'fraying'],
      de: ['aufgegangen'],
      it: ['scucito'],
    },
  },
  {
    category: 'fabric',
    weight: W_SYMPTOM,
    label: 'rayure',
    adjective: ['rayé', 'rayée'],
    attach: 'any',
    flags: ['damage'],
    terms: {
      fr: ['rayé', 'rayure', 'éraflé', 'éraflure', 'griffé', 'griffure', 'égratignure', 'entaille'],
      en: ['scratch', 'scratched', 'scuff', 'scuffed', 'gouge'],
      de: ['Kratzer', 'zerkratzt'],
      it: ['graffio', 'graffiato'],
      ar: ['خدش'],
    },
  },
  {
    category: 'fabric',
    weight: W_SYMPTOM,
    label: 'usure',
    adjective: ['usé', 'usée'],
    attach: 'any',
    terms: {
      fr: ['usé', 'usure', 'élimé', 'râpé'],
      en: ['worn', 'worn out', 'threadbare'],
      de: ['abgenutzt'],
      it: ['consumato', 'usurato'],
    },
  },
  {
    category: 'fabric',
    weight: W_SYMPTOM,
    label: 'brûlure',
    terms: {
      fr: ['brûlure', 'trou de cigarette'],
      en: ['burn mark', 'burn hole', 'cigarette burn'],
    },
  },
  // --- cushions
  {
    category: 'cushions',
    weight: W_SYMPTOM,
    label: 'affaissement',
    adjective: ['affaissé', 'affaissée'],
    attach: 'any',
    terms: {
      fr: [
        'affaissé',
        'affaissement',
        'affaisser',
        'tassé',
        'tassement',
        "s'enfonce",
        'enfonce',
        'creusé',
        'creuser',
        'creux',
        'ramolli',
        '=mou',
        '=mous',
        '=molle',
        '=molles',
        'plat',
        'aplati',
        'déformé',
        'déformation',
        'perdu forme',
        'avachi',
        'perdu épaisseur',
        'perdu volume',
        'perdu tenue',
      ],
      en: [
        'sagging',
        'sag',
        'sagged',
        'saggy',
        'sink',
        'sinking',
        'flat',
        'flatter',
        'flattened',
        'lost shape',
        'lost thickness',
        'lost volume',
        'lumpy',
        'dip',
        'dipped',
        'deflated',
        'squashed',
        'misshapen',
        'deformed',
      ],
      de: ['durchgesessen', 'eingesunken'],
      it: ['sfondato', 'afflosciato', 'deformato'],
      ar: ['مترهل'],
    },
  },
  // --- delivery
  {
    category: 'delivery',
    weight: W_EXPRESSION,
    label: 'retard de livraison',
    terms: {
      fr: [
        'retard',
        'en retard',
        'retardé',
        '=reporté',
        '=reportée',
        'annulé',
        'annulation',
        'pas livré',
        'pas reçu',
        'pas arrivé',
        'toujours rien',
        'toujours attente',
        'pas de nouvelles',
        'devait arriver',
        'devait être livré',
        'censé arriver',
        'délai de livraison',
        'semaines de délai',
        'mois de délai',
        'jours de délai',
        'délai dépassé',
        'délai pas respecté',
        'quand livré',
        'sera livré',
        'sera t elle livrée',
        'sera t il livré',
        'où en est ma livraison',
        'où en est ma commande',
        'suivi de commande',
        'suivi de livraison',
        'aucune nouvelle',
        'date de livraison',
      ],
      en: [
        'late',
        'delay',
        'delayed',
        'postponed',
        'cancelled',
        'canceled',
        'rescheduled',
        'not delivered',
        'not arrived',
        'not received',
        'never arrived',
        'still waiting',
        'delivery date',
        'out for delivery',
        'no delivery',
        'no delivery date',
        'supposed to arrive',
        'should have arrived',
        'no sign',
        'when will it be delivered',
        'when will my order arrive',
        'where is my order',
        'where is my sofa',
        'track my order',
        'tracking',
      ],
      de: ['Verspätung', 'verspätet', 'nicht geliefert', 'überfällig'],
      it: ['ritardo', 'in ritardo', 'non consegnato'],
      ar: ['تأخير', 'متأخر', 'تأخر'],
    },
  },
  {
    // "Le livreur n'est jamais venu" is delivery, "le monteur n'est jamais venu" is assembly.
    category: 'delivery',
    weight: W_SYMPTOM,
    label: 'absence',
    adjective: ['absent', 'absent'],
    attach: 'any',
    terms: {
      fr: ['pas venu', 'pas passé', 'pas présenté'],
      en: [
        'never came',
        'not come',
        'not showed up',
        'never showed up',
        'not shown up',
        'not turn up',
        'no show',
      ],
    },
  },
  {
    category: 'delivery',
    weight: W_EXPRESSION,
    label: 'mauvais article',
    terms: {
      fr: [
        'mauvais article',
        'mauvais produit',
        'mauvais modèle',
        'mauvaise couleur',
        'mauvais coloris',
        'pas le bon modèle',
        'pas la bonne couleur',
        'pas le bon coloris',
        'pas le bon article',
        "pas ce que j'ai commandé",
        'erreur de commande',
        'erreur de livraison',
        'autre modèle',
      ],
      en: [
        'wrong item',
        'wrong product',
        'wrong model',
        'wrong colour',
        'wrong color',
        'wrong sofa',
        'wrong chair',
        'not what I ordered',
        'different model',
        'wrong order',
      ],
      de: ['falscher Artikel', 'falsche Farbe'],
      it: ['articolo sbagliato', 'colore sbagliato'],
      ar: ['منتج خاطئ', 'لون خاطئ'],
    },
  },
  {
    category: 'delivery',
    weight: W_EXPRESSION,
    label: 'carton abîmé',
    flags: ['damage'],
    terms: {
      fr: [
        'carton abîmé',
        'carton endommagé',
        'carton déchiré',
        'carton éventré',
        'carton écrasé',
        'carton mouillé',
        'carton trempé',
        'colis abîmé',
        'colis endommagé',
        'colis éventré',
        'colis écrasé',
        'emballage abîmé',
        'emballage déchiré',
        'emballage endommagé',
      ],
      en: [
        'damaged box',
        'box damaged',
        'damaged packaging',
        'packaging damaged',
        'packaging torn',
        'torn packaging',
        'crushed box',
        'damaged parcel',
        'parcel damaged',
        'package damaged',
        'wet box',
      ],
      de: ['Karton beschädigt', 'beschädigte Verpackung'],
      it: ['pacco danneggiato', 'scatola danneggiata'],
      ar: ['طرد تالف'],
    },
  },
  {
    category: 'delivery',
    weight: W_SYMPTOM,
    label: 'livraison mal faite',
    terms: {
      fr: [
        'devant la porte',
        'sous la pluie',
        'laissé dehors',
        "dans l'entrée",
        'refusé de monter',
      ],
      en: ['left outside', 'in the rain', 'left at the door', 'refused to bring'],
    },
  },
  {
    // Damage done while handling the piece: with a damage word in the same sentence, a transport claim.
    category: 'delivery',
    weight: W_SYMPTOM,
    label: 'manutention brutale',
    flags: ['mishandled'],
    terms: {
      fr: [
        'a cogné',
        'cogné le canapé',
        'a heurté',
        'fait tomber',
        'laissé tomber',
        'traîné',
        'a forcé',
      ],
      en: ['dropped the', 'dropped it', 'bumped', 'banged', 'dragged', 'knocked'],
    },
  },
  {
    category: 'delivery',
    weight: W_SYMPTOM,
    label: 'manquant',
    adjective: ['manquant', 'manquante'],
    attach: ['assembly'],
    flags: ['missing'],
    terms: {
      fr: [
        'manquant',
        'manque',
        'il manque',
        'incomplet',
        'oublié',
        'pas inclus',
        'pas fourni',
        'pas dans la livraison',
        'pas dans le colis',
        'pas dans le carton',
        'reçu que',
        'livré que',
      ],
      en: [
        'missing',
        'lacking',
        'incomplete',
        'not included',
        'not supplied',
        'left out',
        'forgot',
        'not in the box',
        'not in the delivery',
        'only received',
        'only got',
      ],
      de: ['fehlt', 'fehlen', 'fehlend', 'unvollständig'],
      it: ['manca', 'mancante', 'mancano', 'incompleto'],
      ar: ['ناقص', 'مفقود'],
    },
  },
  // --- assembly
  {
    category: 'assembly',
    weight: W_EXPRESSION,
    label: 'montage impossible',
    terms: {
      fr: [
        'montage impossible',
        'impossible de monter',
        'impossible de visser',
        'impossible de fixer',
        "impossible d'installer",
        'impossible à monter',
        "impossible d'assembler",
        'impossible de terminer le montage',
        'montage difficile',
        'difficile à monter',
        'arrive pas à monter',
        'réussis pas à monter',
      ],
      en: [
        'assembly impossible',
        'impossible to assemble',
        'not assemble',
        'unable to assemble',
        'hard to assemble',
        'difficult to assemble',
        'not finish assembling',
      ],
      de: ['Montage unmöglich', 'nicht montieren'],
      it: ['montaggio impossibile', 'impossibile montare'],
    },
  },
  {
    category: 'assembly',
    weight: W_EXPRESSION,
    label: 'vis manquantes',
    terms: {
      fr: [
        'vis manquantes',
        'pas de vis',
        'aucune vis',
        'pas une seule vis',
        'sans vis',
        'sans visserie',
        'pas de visserie',
        'sachet de vis vide',
      ],
      en: [
        'missing screws',
        'screws missing',
        'no screws',
        'no hardware',
        'no bolts',
        'without screws',
        'hardware missing',
        'hardware bag was empty',
        'empty hardware',
      ],
    },
  },
  {
    category: 'assembly',
    weight: W_EXPRESSION,
    label: 'notice incompréhensible',
    terms: {
      fr: [
        'notice incompréhensible',
        'notice illisible',
        'pas comprendre la notice',
        'comprends rien à la notice',
        'pas compréhensible',
        'notice fausse',
        'notice erronée',
        'pas de notice',
        'schémas ne correspondent pas',
        'notice ne correspond pas',
      ],
      en: [
        'instructions unclear',
        'unclear instructions',
        'not understand the instructions',
        'instructions make no sense',
        'confusing instructions',
        'instructions are wrong',
        'impossible to follow',
        'no instructions',
        'not labelled',
        'not labeled',
      ],
      de: ['Anleitung unverständlich'],
      it: ['istruzioni incomprensibili'],
    },
  },
  {
    category: 'assembly',
    weight: W_EXPRESSION,
    label: 'éléments mal alignés',
    terms: {
      fr: [
        'mal aligné',
        'pas aligné',
        "ne s'aligne pas",
        'désaligné',
        'décalé',
        'décalage',
        'trous ne correspondent pas',
        "ne s'emboîte pas",
      ],
      en: ['misaligned', 'not aligned', 'not line up', 'uneven gap', 'gap between'],
      de: ['nicht ausgerichtet'],
      it: ['non allineato', 'disallineato'],
    },
  },
  {
    category: 'assembly',
    weight: W_EXPRESSION,
    label: 'mauvaises pièces',
    terms: {
      fr: [
        'pas les bonnes pièces',
        'pas les bonnes',
        'mauvaises pièces',
        'pièces ne correspondent pas',
      ],
      en: ['wrong parts', 'wrong screws', 'wrong bolts', 'parts not fit'],
    },
  },
  // --- smell
  {
    // An odour is the complaint itself, stronger than the part it is on ("odeur de moisi sur les coussins").
    category: 'smell',
    weight: 3,
    label: 'odeur',
    terms: {
      fr: [
        'odeur',
        'sent mauvais',
        'sent fort',
        'sent le',
        'sent la',
        'ça sent',
        'sent bizarre',
        '=pue',
        '=puent',
        '=puer',
        'puanteur',
        'émanation',
        'relent',
        'effluve',
        'odeur chimique',
      ],
      en: [
        'smell',
        'smells',
        'smelly',
        'odour',
        'odor',
        'stink',
        'stinks',
        'stench',
        '=fumes',
        'whiff',
        'reek',
        'musty',
      ],
      de: ['Geruch', 'riecht', 'stinkt'],
      it: ['odore', 'puzza', 'puzzolente'],
      ar: ['رائحة'],
    },
  },
  // --- dimensions (a size complaint about screws is an assembly matter)
  {
    category: 'dimensions',
    weight: W_EXPRESSION,
    label: 'taille inadaptée',
    adjective: ['trop court', 'trop courte'],
    attach: ['assembly'],
    terms: {
      fr: [
        'trop grand',
        'trop petit',
        'trop large',
        'trop long',
        'trop court',
        'trop haut',
        'trop bas',
        'trop profond',
        'trop étroit',
        'trop volumineux',
        'trop encombrant',
        'trop imposant',
        'trop massif',
        'trop grande',
        'trop petite',
        'trop longue',
        'trop courte',
        'trop haute',
        'trop basse',
        'trop profonde',
        'trop étroite',
        'trop volumineuse',
        'trop encombrante',
        'plus petit que',
        'plus grand que',
        'plus large que',
        'plus haut que',
        'plus bas que',
        'plus profond que',
        'plus long que',
        'plus court que',
        'plus petite que',
        'plus grande que',
        'plus haute que',
        'plus basse que',
        'plus profonde que',
        'plus longue que',
        'plus courte que',
        'moins large',
        'moins profond',
        'cm de moins',
        'cm de plus',
        'centimètres de moins',
        'centimètres de plus',
      ],
      en: [
        'too big',
        'too small',
        'too large',
        'too wide',
        'too long',
        'too short',
        'too high',
        'too low',
        'too deep',
        'too narrow',
        'smaller than',
        'bigger than',
        'larger than',
        'wider than',
        'shorter than',
        'longer than',
        'shorter',
        'smaller',
        'narrower',
      ],
      de: ['zu groß', 'zu klein', 'zu breit', 'zu lang'],
      it: ['troppo grande', 'troppo piccolo', 'troppo largo', 'troppo lungo'],
      ar: ['كبير جدا', 'صغير جدا'],
    },
  },
  {
    category: 'dimensions',
    weight: W_EXPRESSION,
    label: 'ne passe pas',
    adjective: ['qui ne rentre pas', 'qui ne rentre pas'],
    attach: ['assembly'],
    terms: {
      fr: [
        'ne passe pas',
        'ne rentre pas',
        "n'entre pas",
        'impossible de le rentrer',
        "bloqué dans l'escalier",
      ],
      en: ['not fit', 'not go through', 'not get through', 'not get it through'],
      de: ['passt nicht'],
      it: ['non entra', 'non passa'],
      ar: ['لا يدخل'],
    },
  },
  {
    category: 'dimensions',
    weight: W_EXPRESSION,
    label: 'dimensions non conformes',
    terms: {
      fr: [
        'dimensions ne correspondent pas',
        'pas la bonne taille',
        'pas les bonnes dimensions',
        'mauvaise taille',
        'mauvaises dimensions',
        'mesures fausses',
        'dimensions fausses',
        'dimensions erronées',
        'mesures indiquées',
        'fiche produit',
      ],
      en: [
        'wrong size',
        'wrong dimensions',
        'dimensions are wrong',
        'not what was advertised',
        'not as advertised',
        'not the right size',
        'than advertised',
        'than in the picture',
        'than on the website',
      ],
      de: ['falsche Größe'],
      it: ['misure sbagliate'],
    },
  },
];

/** "Cannot sit, sleep or use it": the main function is unusable (P1). */
export const UNUSABLE_TERMS: Terms = {
  fr: [
    "impossible de s'asseoir",
    'pas asseoir',
    'impossible de dormir',
    'pas dormir',
    'inutilisable',
    'impossible à utiliser',
    'pas =utiliser',
    "hors d'usage",
  ],
  en: [
    'not sit',
    'unable to sit',
    'impossible to sit',
    'not sleep',
    'unable to sleep',
    'unusable',
    'not usable',
    'not =use',
    'unable to use',
    'impossible to use',
  ],
  de: ['unbenutzbar'],
  it: ['inutilizzabile'],
  ar: ['غير صالح للاستخدام'],
};

/** When the piece was handed over: damage found then means "delivered broken" (P1). */
export const DELIVERY_MOMENT_TERMS: Terms = {
  fr: [
    'livré',
    'arrivé',
    'reçu',
    'envoyé',
    'expédié',
    'à la livraison',
    'lors de la livraison',
    'dès la livraison',
    'au déballage',
    'en déballant',
    'en ouvrant le carton',
  ],
  en: [
    'delivered',
    'arrived',
    'received',
    'were sent',
    'was sent',
    'been sent',
    'you sent',
    'shipped',
    'on delivery',
    'upon delivery',
    'at delivery',
    'out of the box',
    'unpacking',
    'unboxing',
    'came',
  ],
  de: ['geliefert', 'angekommen'],
  it: ['arrivato', 'consegnato'],
  ar: ['وصل', 'وصلت'],
};

/** "Au lieu de", "instead of": with a delivery moment in the sentence, a wrong item was delivered. */
export const SUBSTITUTION_TERMS: Terms = {
  fr: ['au lieu du', 'au lieu de', 'à la place du', 'à la place de'],
  en: ['instead of', 'rather than'],
  de: ['statt'],
  it: ['invece del', 'invece di'],
};

/** Expressions that look like vocabulary but are not ("dans le cadre de la garantie", "mon dossier"). */
export const NEUTRAL_TERMS: Terms = {
  fr: [
    'dans le cadre',
    'cadre de la garantie',
    'mon dossier',
    'votre dossier',
    'ce dossier',
    'numéro de dossier',
    'dossier sav',
    'suivi de dossier',
    'pièces détachées',
    'un peu partout',
    'petits morceaux',
    'petit fils',
    'petite fille',
    'petits enfants',
    'petit enfant',
    'sur toute la longueur',
    'bonne taille',
    'prise en charge',
    'fur et à mesure',
    'peu de temps',
    'peu après',
    "peur qu'il casse",
    'peur que ça casse',
    "avant qu'il casse",
    'avant que ça casse',
  ],
  en: [
    'spare parts',
    'kind regards',
    'best regards',
    'warranty cover',
    'last spring',
    'small child',
    'little one',
    'little while',
    'shortly after',
    'afraid it will break',
    'before it breaks',
  ],
};

// =============================================================================================
// Danger (P0) and minor (P3) signals

export type DangerCue =
  | 'injury'
  | 'child'
  | 'animal'
  | 'risk'
  | 'collapse'
  | 'giveWay'
  | 'inUse'
  | 'cushioning'
  | 'upholstery'
  | 'finger'
  | 'trapped'
  | 'smoke'
  | 'tobacco'
  | 'sparks'
  | 'fire'
  | 'shock'
  | 'burning'
  | 'heat'
  | 'electric'
  | 'strut'
  | 'drop'
  | 'explicit';

export const DANGER_CUES: readonly { cue: DangerCue; terms: Terms }[] = [
  {
    cue: 'injury',
    terms: {
      fr: [
        'blessé',
        'blessure',
        'se blesser',
        'saigne',
        'saignement',
        'sang',
        'hématome',
        'bosse',
        'hôpital',
        'aux urgences',
        "s'est fait mal",
        'me suis fait mal',
        'fait très mal',
        'entorse',
        'fracture',
        'points de suture',
        'est =coupé',
        'est =coupée',
        'suis =coupé',
        'suis =coupée',
        '=coupure',
        'me suis =brûlé',
        'me suis =brûlée',
        'est =brûlé',
        'est =brûlée',
        'électrocuté',
        'doigt tout bleu',
        'gros bleu',
        'a un bleu',
        'ai un bleu',
        'plein de bleus',
      ],
      en: [
        'injured',
        'injury',
        'injuries',
        'got hurt',
        'was hurt',
        'been hurt',
        'hurt myself',
        'hurt himself',
        'hurt herself',
        'hurt themselves',
        'hurt his',
        'hurt her',
        'hurt my',
        'cut myself',
        'cut my',
        'cut his',
        'cut her',
        'bleeding',
        'blood',
        'bruise',
        'bruised',
        'hospital',
        'emergency room',
        'needed stitches',
        'had stitches',
        'sprained',
        'fractured',
        'burned myself',
        'hit his head',
        'hit her head',
        'hit my head',
        'electrocuted',
      ],
      de: ['verletzt', 'Verletzung', 'blutet', 'Krankenhaus'],
      it: ['ferito', 'ferita', 'sanguina', 'ospedale', 'pronto soccorso'],
      ar: ['إصابة', 'مصاب', 'جرح', 'نزيف', 'مستشفى'],
    },
  },
  {
    cue: 'child',
    terms: {
      fr: [
        'enfant',
        'bébé',
        '=fils',
        '=fille',
        'petit fils',
        'petite fille',
        'petits enfants',
        'petit enfant',
        'bambin',
        'nourrisson',
        'gamin',
        'gamine',
      ],
      en: [
        'child',
        'children',
        'kid',
        'kids',
        'toddler',
        'baby',
        'my son',
        'our son',
        'her son',
        'his son',
        'daughter',
        'grandson',
        'granddaughter',
        'grandchild',
        'little one',
        'small child',
        'infant',
      ],
      de: ['Kinder', 'Baby', 'Sohn', 'Tochter', 'Enkel'],
      it: ['bambino', 'bambina', 'bambini', 'figlio', 'figlia'],
      ar: ['طفل', 'طفلي', 'أطفال', 'ابني', 'ابنتي', 'رضيع'],
    },
  },
  {
    cue: 'animal',
    terms: {
      fr: ['=chat', '=chats', 'chaton', 'chien', 'chiot', 'animal', 'animaux', 'lapin'],
      en: ['cat', 'kitten', 'dog', 'puppy', 'pet'],
      de: ['Katze', 'Hund', 'Haustier'],
      it: ['gatto', 'cane'],
      ar: ['قطة', 'قط', 'كلب'],
    },
  },
  {
    cue: 'risk',
    terms: {
      fr: [
        'failli',
        'aurait pu',
        'a pu',
        'risque',
        'danger',
        'dangereux',
        'coincé',
        'pincé',
        'écrasé',
        'écraser',
        'étouffé',
        'avalé',
        'tombé',
        'tomber',
        'heurté',
        'cogné',
        'pris dans',
        'eu peur',
      ],
      en: [
        'nearly',
        'almost',
        'could have',
        'might have',
        'risk',
        'danger',
        'dangerous',
        'trapped',
        'pinched',
        'crushed',
        'caught',
        'stuck under',
        'stuck inside',
        'stuck in',
        'fell',
        'hit',
        'hitting',
        'choked',
        'swallowed',
        'yelping',
        'screaming',
      ],
      de: ['eingeklemmt', 'gefährlich', 'beinahe', 'gestürzt'],
      it: ['incastrato', 'schiacciato', 'pericoloso', 'caduto'],
      ar: ['خطر', 'علق', 'علقت', 'عالق', 'سقط', 'كاد'],
    },
  },
  {
    cue: 'collapse',
    terms: {
      fr: ['effondré', 'effondrement', 'écroulé', 'écroule'],
      en: ['collapsed', 'collapse', 'caved in'],
      de: ['zusammengebrochen', 'eingestürzt'],
      it: ['crollato'],
      ar: ['انهار'],
    },
  },
  {
    cue: 'giveWay',
    terms: {
      fr: ['cédé', 'céder', 'lâché', 'basculé'],
      en: ['gave way', 'give way', 'gives way', 'gave out', 'snapped', 'tipped'],
      de: ['nachgegeben'],
      it: ['ceduto'],
    },
  },
  {
    cue: 'inUse',
    terms: {
      fr: [
        'pendant que',
        'assis dessus',
        'assise dessus',
        'assis',
        '=assise',
        'asseyant',
        'sous moi',
        'sous mon poids',
        'sous lui',
        'sous elle',
        'sous mon',
        'sous ma',
        'sous son',
        'sous sa',
        'suis tombé',
        'suis tombée',
        'est tombé',
        'est tombée',
        'par terre',
        'en arrière',
        'à la renverse',
        'allongé',
        'couché',
        'dessus',
      ],
      en: [
        'while sitting',
        'was sitting',
        'were sitting',
        'sitting on it',
        'sat down',
        'sitting',
        'under me',
        'under my weight',
        'under him',
        'under her',
        'i fell',
        'he fell',
        'she fell',
        'fell backwards',
        'on the floor',
        'fell off',
        'lying on it',
      ],
      de: ['beim Sitzen'],
      it: ['seduto'],
      ar: ['أثناء الجلوس'],
    },
  },
  {
    // Foam and cushions "collapse" by sagging: not a collapse in use.
    cue: 'cushioning',
    terms: {
      fr: ['mousse', 'coussin', 'garnissage'],
      en: ['foam', 'cushion', 'padding'],
      de: ['Schaumstoff', 'Kissen'],
      it: ['schiuma', 'cuscino'],
    },
  },
  {
    // A seam or a cover that gives way is not a collapse.
    cue: 'upholstery',
    terms: {
      fr: ['couture', 'tissu', 'cuir', 'housse'],
      en: ['seam', 'stitching', 'fabric', 'leather', 'cover'],
    },
  },
  {
    cue: 'finger',
    terms: {
      fr: ['doigt', '=main', '=mains', 'bras', 'jambe', 'pouce'],
      en: ['finger', 'fingers', 'hand', 'hands', 'thumb', 'arm'],
      de: ['Finger', 'Hand'],
      it: ['dito', 'dita', 'mano'],
      ar: ['إصبع', 'أصابع', 'أصابعه', 'يد'],
    },
  },
  {
    cue: 'trapped',
    terms: {
      fr: [
        'coincé',
        'pincé',
        'écrasé',
        'happé',
        'pris dans',
        'refermé sur',
        'rabattu sur',
        'tombé sur',
      ],
      en: [
        'trapped',
        'caught',
        'pinched',
        'crushed',
        'stuck',
        'snapped shut',
        'closed on',
        'came down on',
        'shut on',
      ],
      de: ['eingeklemmt', 'gequetscht'],
      it: ['incastrato', 'schiacciato'],
      ar: ['علق', 'علقت', 'عالق', 'محشور'],
    },
  },
  {
    cue: 'smoke',
    terms: {
      fr: ['=fumée', '=fumées', 'fait de la fumée'],
      en: ['smoke', 'smoking'],
      de: ['Rauch', 'raucht'],
      it: ['=fumo'],
      ar: ['دخان'],
    },
  },
  {
    cue: 'tobacco',
    terms: {
      fr: ['cigarette', 'tabac', '=fumeur', '=fumeurs', '=fumer', '=fume'],
      en: ['cigarette', 'tobacco', 'smoker', 'smokers', 'cigar'],
      de: ['Zigarette', 'Raucher'],
      it: ['sigaretta', 'fumatore'],
      ar: ['سيجارة'],
    },
  },
  {
    cue: 'sparks',
    terms: {
      fr: ['étincelle', 'court circuit', 'arc électrique', 'grésille', 'crépite'],
      en: ['spark', 'sparks', 'sparking', 'short circuit', 'arcing'],
      de: ['Funken', 'Kurzschluss'],
      it: ['scintilla', 'scintille', 'cortocircuito'],
      ar: ['شرارة', 'شرر'],
    },
  },
  {
    cue: 'fire',
    terms: {
      fr: ['=feu', 'incendie', 'flamme', 'flammes', 'pris feu', 'a fondu'],
      en: ['fire', 'flames', 'flame', 'caught fire', 'melted', 'melting'],
      de: ['Feuer', 'Brand', 'Flammen'],
      it: ['fuoco', 'incendio', 'fiamme'],
      ar: ['حريق', 'نار'],
    },
  },
  {
    cue: 'shock',
    terms: {
      fr: [
        'électrocuté',
        'décharge électrique',
        'choc électrique',
        'senti une décharge',
        'pris une décharge',
        'reçu une décharge',
        'prend des décharges',
        'fil dénudé',
        'fils dénudés',
        'câble dénudé',
        'prendre le jus',
      ],
      en: [
        'electric shock',
        'electrocuted',
        'got a shock',
        'shocked me',
        'gives a shock',
        'gave me a shock',
        'exposed wire',
        'exposed wires',
        'bare wire',
      ],
      de: ['Stromschlag'],
      it: ['scossa'],
      ar: ['صعقة'],
    },
  },
  {
    cue: 'burning',
    terms: {
      fr: [
        'odeur de brûlé',
        'sent le brûlé',
        'odeur de cramé',
        'sent le cramé',
        'odeur de plastique brûlé',
        'odeur de chaud',
        'sent le chaud',
      ],
      en: [
        'burning smell',
        'smell of burning',
        'smell burning',
        'smells burnt',
        'burnt smell',
        'burning plastic',
        'smells like burning',
      ],
      de: ['Brandgeruch', 'riecht verbrannt'],
      it: ['odore di bruciato', 'puzza di bruciato'],
      ar: ['رائحة حريق', 'رائحة احتراق'],
    },
  },
  {
    cue: 'heat',
    terms: {
      fr: ['chauffe', 'chauffer', 'surchauffe', 'brûlant', 'brûlante', 'très chaud', 'chaud'],
      en: ['hot', 'overheating', 'overheat', 'overheats', 'heats up', 'gets hot'],
      de: ['heiß', 'überhitzt'],
      it: ['caldo', 'surriscalda', 'bollente'],
      ar: ['ساخن', 'حرارة'],
    },
  },
  {
    cue: 'electric',
    terms: {
      fr: [
        'moteur',
        'électrique',
        'boîtier',
        'transformateur',
        'alimentation',
        '=prise',
        'câble',
        'fil électrique',
        'télécommande',
        'batterie',
        'chargeur',
        '=usb',
        'mécanisme',
      ],
      en: [
        'motor',
        'electric',
        'electrical',
        'power supply',
        'transformer',
        'plug',
        'cable',
        'wire',
        'wiring',
        'remote',
        'battery',
        'charger',
        'usb',
        'control box',
        'socket',
        'mechanism',
      ],
      de: ['Motor', 'Kabel', 'Netzteil', 'Stecker'],
      it: ['motore', 'cavo', 'presa', 'alimentatore', 'elettrico'],
      ar: ['محرك', 'كهرباء', 'كهربائي'],
    },
  },
  {
    cue: 'strut',
    terms: {
      fr: ['vérin', 'piston', 'amortisseur', 'lit coffre', '=coffre', 'sommier relevable'],
      en: [
        'gas strut',
        'strut',
        'struts',
        'gas lift',
        'gas spring',
        'piston',
        'storage bed',
        'ottoman bed',
        'lift up bed',
        'hydraulic',
      ],
      de: ['Gasdruckfeder'],
      it: ['pistone'],
    },
  },
  {
    cue: 'drop',
    terms: {
      fr: [
        'retombe',
        'retombé',
        'tombe',
        'tombé',
        "d'un coup",
        'chute',
        'se referme brutalement',
        'referme brutalement',
        'brutalement',
        'se rabat',
        'claque',
        'ne tient plus',
        'ne tient pas',
        'ne reste pas ouvert',
        'lâché',
        'cédé',
        'redescend violemment',
      ],
      en: [
        'falls',
        'fell',
        'drops',
        'dropped',
        'slams',
        'slammed',
        'slam',
        'crashes down',
        'came down',
        'comes down',
        'gave way',
        'give way',
        'not stay up',
        'not hold',
        'slams shut',
      ],
      de: ['fällt'],
      it: ['cade'],
    },
  },
  {
    cue: 'explicit',
    terms: {
      fr: ['danger', 'dangereux', 'dangereuse', 'mise en danger', 'risque de blessure'],
      en: ['dangerous', 'danger', 'unsafe', 'hazard', 'hazardous', 'safety hazard'],
      de: ['gefährlich', 'Gefahr'],
      it: ['pericolo', 'pericoloso'],
      ar: ['خطير'],
    },
  },
];

/** A danger is recognised when each group has a cue in one sentence, and no `unless` cue is there. */
export interface DangerRule {
  /** Canonical French label, reported as a symptom. */
  label: string;
  all: readonly (readonly DangerCue[])[];
  unless?: readonly DangerCue[];
}

export const DANGER_RULES: readonly DangerRule[] = [
  { label: 'personne blessée', all: [['injury']] },
  { label: 'enfant en danger', all: [['child'], ['risk', 'trapped', 'drop', 'collapse']] },
  { label: 'animal en danger', all: [['animal'], ['risk', 'trapped', 'drop', 'collapse']] },
  { label: "effondrement pendant l'utilisation", all: [['collapse']], unless: ['cushioning'] },
  { label: "effondrement pendant l'utilisation", all: [['collapse'], ['inUse']] },
  {
    label: "rupture pendant l'utilisation",
    all: [['giveWay'], ['inUse']],
    unless: ['cushioning', 'upholstery'],
  },
  { label: 'doigts coincés', all: [['finger'], ['trapped']] },
  { label: 'fumée', all: [['smoke']], unless: ['tobacco'] },
  { label: 'étincelles', all: [['sparks']] },
  { label: 'feu', all: [['fire']] },
  { label: 'choc électrique', all: [['shock']] },
  { label: 'odeur de brûlé', all: [['burning']], unless: ['tobacco'] },
  { label: 'surchauffe du mécanisme', all: [['heat'], ['electric']] },
  { label: 'vérin défaillant, le plateau retombe', all: [['strut'], ['drop']] },
  { label: 'danger signalé', all: [['explicit']] },
];

/** Minor signals that qualify a symptom next to them ("petite tache", "grince un peu", "slightly faded"). */
export const MINOR_MODIFIERS: Terms = {
  fr: [
    'léger',
    'légèrement',
    '=petit',
    '=petite',
    '=petits',
    '=petites',
    'un peu',
    'peu',
    'minime',
    'infime',
    'faible',
    'discret',
  ],
  en: [
    'slight',
    'slightly',
    'small',
    'minor',
    'tiny',
    'little',
    'a bit',
    'faint',
    'barely',
    'somewhat',
  ],
  de: ['leicht', 'klein', 'etwas'],
  it: ['leggero', 'leggera', 'leggermente', 'piccolo', 'piccola', 'un po'],
  ar: ['بسيط', 'طفيف', 'صغير'],
};

/** Minor signals on their own ("rien de grave", "not a big deal"). */
export const MINOR_EXPRESSIONS: Terms = {
  fr: [
    'à peine',
    'rien de grave',
    'pas grave',
    'assez léger',
    "c'est léger",
    'seulement quelques',
    'juste quelques',
    'sûrement rien',
    'probablement rien',
    'rien de méchant',
    'rien de bien méchant',
    'cosmétique',
    'presque invisible',
    'superficiel',
    'sans gravité',
    'peu visible',
  ],
  en: [
    'barely visible',
    'hardly noticeable',
    'only a few',
    'just a few',
    'quite minor',
    'probably nothing',
    "it's minor",
    'not a big deal',
    'no big deal',
    'not serious',
    'nothing serious',
    'cosmetic',
    'superficial',
    'minor issue',
    'not a big issue',
    'nothing major',
  ],
  de: ['nicht schlimm', 'geringfügig'],
  it: ['niente di grave', 'lieve'],
  ar: ['ليس خطيرا'],
};

// =============================================================================================
// Section 3: tone

export type ToneCue =
  'outrage' | 'threat' | 'refund' | 'frustration' | 'concern' | 'urgency' | 'haste' | 'repeat';

export const TONE_CUES: readonly { cue: ToneCue; terms: Terms }[] = [
  {
    cue: 'outrage',
    terms: {
      fr: [
        'inadmissible',
        'inacceptable',
        'scandaleux',
        'scandale',
        'honteux',
        'une honte',
        "c'est honteux",
        'lamentable',
        'déplorable',
        'pitoyable',
        "n'importe quoi",
        'vous moquez',
        'foutez',
        'incompétent',
        'incompétence',
        '=nul',
        '=nuls',
        'minable',
        'irrespectueux',
        'indigne',
        'révoltant',
        'catastrophique',
        'écœuré',
        'furieux',
        'furieuse',
        'en colère',
        'hors de moi',
        'ras le bol',
        'honte',
      ],
      en: [
        'unacceptable',
        'outrageous',
        'disgraceful',
        'disgrace',
        'shameful',
        'disgusting',
        'appalling',
        'pathetic',
        'ridiculous',
        'incompetent',
        'useless',
        'furious',
        'angry',
        'livid',
        'terrible service',
        'worst',
        'rubbish',
        'a joke',
      ],
      de: ['unverschämt', 'inakzeptabel', 'Frechheit', 'Skandal'],
      it: ['inaccettabile', 'vergognoso', 'scandaloso', 'vergogna'],
      ar: ['غير مقبول', 'فضيحة'],
    },
  },
  {
    cue: 'threat',
    terms: {
      fr: [
        'avocat',
        'tribunal',
        'porter plainte',
        'plainte',
        'procès',
        'justice',
        'ufc',
        'que choisir',
        '60 millions',
        'dgccrf',
        'mise en demeure',
        'médiateur',
        'association de consommateurs',
        'réseaux sociaux',
        'avis négatif',
        'arnaque',
        'arnaqueurs',
        'escroquerie',
        'escroc',
        'escrocs',
        'voleurs',
      ],
      en: [
        'lawyer',
        'solicitor',
        'attorney',
        'legal action',
        '=sue',
        'suing',
        'lawsuit',
        'small claims',
        'trading standards',
        'ombudsman',
        'chargeback',
        'take you to court',
        'small claims court',
        'scam',
        'scammers',
        'fraud',
        'fraudulent',
        'rip off',
        'ripoff',
        'thieves',
        'bad review',
        'social media',
      ],
      de: ['Anwalt', 'Betrug', 'Klage'],
      it: ['avvocato', 'truffa', 'denuncia'],
      ar: ['محامي', 'احتيال', 'نصب'],
    },
  },
  {
    cue: 'refund',
    terms: {
      fr: [
        'veux être remboursé',
        'veux être remboursée',
        'exige le remboursement',
        'remboursez moi',
        'remboursement immédiat',
        'veux un remboursement',
        'rendez moi mon argent',
        'veux mon argent',
      ],
      en: [
        'want a refund',
        'want my money back',
        'full refund',
        'refund me',
        'demand a refund',
        'money back',
      ],
      de: ['Geld zurück'],
      it: ['voglio il rimborso'],
      ar: ['استرداد'],
    },
  },
  {
    cue: 'frustration',
    terms: {
      fr: [
        'déçu',
        'déçue',
        'déception',
        'décevant',
        'marre',
        'agacé',
        'énervé',
        'exaspéré',
        'toujours pas',
        'toujours rien',
        'encore une fois',
        'sans réponse',
        'aucune réponse',
        'pas de réponse',
        'personne ne répond',
        'personne ne rappelle',
        'attends depuis',
        "j'attends",
        'perdre patience',
        'patience a des limites',
        'pénible',
        'galère',
        'pas normal',
        'toujours en attente',
        'pas acceptable',
      ],
      en: [
        'disappointed',
        'disappointing',
        'frustrated',
        'frustrating',
        'fed up',
        'annoyed',
        'still not',
        'still no',
        'still waiting',
        'once again',
        'yet again',
        'no answer',
        'no reply',
        'no response',
        'nobody answers',
        'nobody replies',
        'waiting for weeks',
        'losing patience',
        'not happy',
        'unhappy',
        'not good enough',
      ],
      de: ['enttäuscht', 'immer noch'],
      it: ['deluso', 'ancora'],
      ar: ['محبط'],
    },
  },
  {
    cue: 'concern',
    terms: {
      fr: [
        'inquiet',
        'inquiète',
        'inquiétude',
        'souci',
        'préoccupé',
        'est ce normal',
        'est il normal',
        "c'est normal",
        'peur',
      ],
      en: [
        'worried',
        'concerned',
        'is it normal',
        'is that normal',
        'anxious',
        'afraid',
        'scared',
        'nervous',
      ],
      de: ['besorgt'],
      it: ['preoccupato'],
      ar: ['قلق'],
    },
  },
  {
    cue: 'urgency',
    terms: {
      fr: [
        'urgent',
        'urgente',
        'urgence',
        'immédiatement',
        'tout de suite',
        'sans délai',
        'au plus vite',
        'au plus tôt',
        'en urgence',
        'le plus rapidement possible',
      ],
      en: [
        'urgent',
        'urgently',
        'immediately',
        'right away',
        'right now',
        'asap',
        'emergency',
        'at once',
        'straight away',
      ],
      de: ['dringend', 'sofort'],
      it: ['urgente', 'subito', 'immediatamente'],
      ar: ['عاجل', 'فورا'],
    },
  },
  {
    cue: 'haste',
    terms: {
      fr: [
        'rapidement',
        '=vite',
        'dès que possible',
        'rapide',
        'bientôt',
        'dans les meilleurs délais',
        'avant samedi',
        'avant ce week end',
      ],
      en: ['quickly', 'soon', 'as soon as possible', 'quick response', 'promptly', 'tomorrow'],
      de: ['schnell', 'bald'],
      it: ['presto', 'velocemente'],
      ar: ['بسرعة'],
    },
  },
  {
    cue: 'repeat',
    terms: {
      fr: [
        'troisième fois',
        '3e fois',
        '3eme fois',
        'quatrième fois',
        '4e fois',
        'cinquième fois',
        'énième fois',
        'nième fois',
        'plusieurs fois',
        'deuxième fois',
        '2e fois',
        'encore une relance',
        'relance',
        'déjà écrit',
        'déjà appelé',
        'déjà contacté',
        'déjà signalé',
        'déjà envoyé',
        'mes précédents messages',
        'mes messages',
        'mes mails',
        'mes appels',
      ],
      en: [
        'third time',
        '3rd time',
        'fourth time',
        '4th time',
        'fifth time',
        'second time',
        '2nd time',
        'several times',
        'multiple times',
        'many times',
        'again and again',
        'already wrote',
        'already written',
        'already emailed',
        'already called',
        'already contacted',
        'already reported',
        'previous emails',
        'my emails',
        'following up',
        'chasing',
      ],
      de: ['dritte Mal', 'mehrmals'],
      it: ['terza volta', 'più volte'],
      ar: ['للمرة الثالثة'],
    },
  },
];

/** Upper-case words that are acronyms, not shouting. */
export const ACRONYMS: readonly string[] = [
  'SAV',
  'TV',
  'USB',
  'LED',
  'PDF',
  'SMS',
  'DHL',
  'UPS',
  'TNT',
  'GLS',
  'DPD',
  'RDV',
  'CGV',
  'TTC',
  'HT',
  'SNCF',
  'OK',
  'PU',
  'BZ',
  'CM',
  'EUR',
  'USA',
  'UK',
  'MDF',
  'SKU',
  'REF',
  'FAQ',
  'RIB',
  'IBAN',
  'TVA',
  'UFC',
  'DGCCRF',
  'ASAP',
  'PS',
  'NB',
  'ID',
];

// =============================================================================================
// Generated data

/**
 * Dictionary words one letter away from the vocabulary: a real word is never taken for a typo
 * ("facture" is not "fracture", "bruits" is not "bruise", "parquet" is not "paquet").
 * Generated from Debian's word lists (wfrench, wamerican, wbritish): every word of 6 letters or
 * more that `findMatches` would otherwise correct into the problem, danger or tone vocabulary
 * (FUZZY_PROTECTED words are left out). Regenerate when vocabulary changes (a new term brings its
 * own near misses): `node api/scripts/near-misses.mjs`; `--check` fails when it is out of date.
 */
// BEGIN GENERATED DICTIONARY_NEAR_MISSES (node api/scripts/near-misses.mjs; do not edit)
export const DICTIONARY_NEAR_MISSES: readonly string[] = `
abrier acceptably accordoir accroie accrois acrete actent actine actons aerait affadisse
affadissement affaisserent agents airait airier albums algine aliene aliened alienee alienees
alienes aliening aliens alined allames allons allude alluded alludes allure allured allures
amurait anibal animai animais animames animas animat animate animated animates animus annale
annales annals annele annelee anneles annone annote annotee annotees annotes annual annuals annuel
annuels anomal anomale anomaux anxieux aplani aplanie aplanis aplasie appeal appeals apples
applied applies appris appuis appuye appuyes aprete apretes apurait arcature arching arcking
ardent ardente ardents areole areolee areolees areoles arguent armateur armateurs arment arpent
arpente arpents arpete arrente arrest arrested arrests arriera arrieras arriere arrieree arrieres
arrierez arrime arrimee arrimees arrimer arrimes arrise arrisee arrisees arriser arrises arriver
arroche articule artier assemblames assemblat assembleur assenant assess asseyent assimes assisse
assist assiste assists assites assize assizes assoir assoyant atteint atteinte atteints attend
attende attended attendes attendre attends attendu attendue attendus attenue attenuee attenues
attest atteste attested attestee attestes attests auction avouat azurait babble babbled babbles
babbling babine babines backyard backyards bacterie bacteries banale banales banals banded bangle
bangles banked banned bannes barged barley basted batter battered battering battons beached
beaches beaching befogs bennes bicarre bicarree bigarre bigarree bigarres bigler biloque binged
bittons blacked blacking blacks bleacher bleeped bleeping blenched blenches blenching blended
blending blesas blesee bleser bleses blessed blockage blocus blustered blustering blutons bobbie
bobbies bobbing bobsled bocage bocages boesse boiter boitez boitiez boitons bolton bondes bonged
bonnet bonnets bontes bonzes bornes boston bostons bottier bottiers bottons boudons bougon bougons
boulant boulin bouline boulins boulochames boulochat boulochates boulot boulots boumons braise
braised braisee braisees braises braising branlat branlates brayant breached breaches breaching
breaded breads breeding brelant broyant bruant bruies bruimes bruine bruinee bruinees bruines
bruins bruire bruiser bruisse bruissee bruisses bruite bruitee bruitees bruites bruits brulat
brulates bruleur bruleurs brulons brumant brunante bruyant bruyante bruyantes bruyants bryant
bubble bubbled bubbles bubbling bugger buggers bummed bumper bunged bunted buried burine burinee
burinees burines burins burner burped burping burred burring bursted bursts burton burying busates
bushed busied bussed buster bustle bustled bustles butions butons butted butteries buttery cabled
caboose cabooses caftons caille caillee cailles calked callas caller callie callus calmed calorie
calories calque calquee calques caltons calved canais canals canames canates canaux cancale
cancales cancers cannele cannelee cannelees canneles cannelle cannelles canope canton cantons
caprier captons caquer carbon carbone carbons carcass cardasse cardasses cardon cardons cariasse
cariasses carier carions carlton carmasse carmasses carmons carnap carnier carniers carrasse
carrasses carrer carrie carried carries carriez carrons carson cartasse cartasses cartier cartiers
cartoon casher cashes casier casiers casing casper casseur casseurs cassier caster casters catnap
catnaps causer caxton ceasing ceruse ceruses cesser chacone chaffed chaffing chaffs chafing chaise
chaises chancel chancele chancelee chanceles chancelle chancelles chancels change changed changee
changer changes changeur changeurs chapon chapons chaque charge chargea chargeas charged chargee
chargera charges chargez charier charles charme charmed charmee charmer charmers charmes charmeur
charmeurs charms charon charred charree charrier charte charted charter charters chartes charts
chasms chasse chassee chassees chasses chaste chastes chatoie chatoye chauffer chauffeur
chauffeuse chenille chenillee chenilles chiton chitons chocked chocks choker choler choque choquee
choques chouleur chowed chutons cireuse clacked clacking clacks claies claire claires clairs
clammed claquerent claquet clashed clashes clashing classer cliched clichee clichees cliches
clinked clinking clique cliquee cliques cloaque clocked clocking cloned cloque cloquee cloques
closer closet closez cloyed clucked clucking coache coached coachee coaches coasser coding coffee
coffer coffers coffret cogere cogeree cogeres cohere cohered coheres coings coking colder
collapsus collasse collasses coller colleur colleurs colonie colonies colore colored coloree
colores coloria colorias coloriee colorisa colorise colors combing comers commanded commando
commandos commend commende commended commends composent compotent comprenne comprennes concerna
concernas concernee concernees concernez concerte concerted concertee concertees concertes
concerting concerts conches conchs confises confuted confutes confuting conics contait contant
contates contract contracte contracted contractee contractes contracts controla controns contused
contuses contusing cooing cooked cooler coolers coping corespondent corespondents coring
correspondu cosmetiqua cosmetiquas cosmetiquee cosmetiquer cosmetiquez cosser couched coudrier
coughed coughs couler coulure coulures counted counts coupleur coupure coupures courbe courbee
courber courbes coureur coureurs courge courges couriez courir courre courrier course coursed
coursee courser courses coursier courted courtier courue courues courus courut couseur cousinee
couter coutume coutumes covered covers cowered cowers cowing crache crachee crachees craches
cracker crackle crackled crackles crackling cranked cranking cranks craque craquee craquerent
craques craquete craquetee craquetes craqueur craqure crashed crashes crashing crasse crassee
crassees crasser crasses craton creais creait creaky creamed creames creaming creams crease
creased creases creasing create created creates creating credit credite credited creditee credites
credits creeks crepait crepat crepates crepie crepies crepimes crepin crepine crepines crepir
crepis crepit creuset creusets cricked cricking cricks crieuse crique criques croaked croaking
croaks crocked crocks croque croquee croquer croques crossbred crouch cruche cruches crusoe crusse
crusses crusted crusting crusts culled currier dagger daggers damais damames damates dancer
dancers dander danker danser datage datages debache debachee debachees debaches debaclant
deballames deballat deballates debande debarre debarred debarree debarres debecte deblai deblaie
deblais deblaye deblayee deblayes deboude debullant decade decades decalames decalat decalates
decant decante decants decapage decapages decape decapee decapes decarre decarree decarres
decavant decave decavee decaves decayed decaying decays decedant decelant decele decelee deceles
decharne decharnee decharnees decharnes dechira dechiras dechirez dechoir decilage decile deckle
deckles declore decode decoded decodee decodes decolere decoleree decoleres decorde decore decoree
decores decors decoule decoulee decoules decoupe decours decouse decouses decousis decousus
decrire decuvant dedale dedales dedisse dedisses dedore dedoree dedores deduis defais defait
defaite defaits defasse defasses default defeat defeated defeating defeats defectif defectifs
defiates defilat defilates defisse defisses deflect deforce deforcee deforcees deforces degante
dehale dehalee dehales dejante deject dejects delace delacee delacees delaces delaie delaies
delaine delaite delassee delave delavee delaves delaya delayas delaye delayed delayee delayees
delayes delayez delays delecte deliai deliais delias delibere deliberee deliberees deliberes
delier delirer delissee deliter deliverer delivre delivree delivrees delivrer delivres delores
delove delovee delover deloves delude deluded deludes deluding demaillant demanda demange demarie
demariee demaries demelure demenager demesure demisse demisses demure demuree demurees demures
demurred demurs denied denote denoted denotee denotes dentee denuas denuded denuding denuee
denuees denues depaillant depave depavee depaves depayse depaysee depayses depeindre depeint
depeinte depeints depile depilee depiler depiles deplais deplie depliee deplies deplorably deplore
deplored deploree deplorer deplores deploy deploye deployed deployes deploys deplue deplues deplus
depoli depolie depolies depolis depris depuis depure depuree depures depute deputed deputee
deputes deraie deraies deraillant deraye derayee derayees derayes deriver desappointe desappointee
desappointees desappointes descendu descent descente descents dessers dessert desserte dessertes
desserts desserve desserves dessous detaillant detaillante detaillants detale detalee detales
detallant detect detecte detective detectives detects deteins detendre detente detentes detient
detint detintes detisse detissee detisses detors devais devale devalee devales devance devaste
devente deviait deviant deviasse deviat deviate devinsse devint devisa devisas devise devised
devisee devisees devises devising devore devoree devores devrait differencie differend differends
difficulty dimensionne dipper discreet disgracie divers dolais dopasse dopasses dormers dormice
dossiere dragage drague draguee draguees dragues driers dripped dripping drivee drivel drivels
driven drivera drives drivez drooped drooping droops dropas droppa droppas droppe droppee droppees
dropper droppes droppez drover drovers drugged drugging ducale ducales dupasse dupasses ebrase
ebrasee ebraser ebrases ecoule ecoulee ecoulees ecoules ecrans ecraseur ecroua ecrouas ecroue
ecrouee ecrouees ecroues ecroui ecrouie ecrouies ecrouis ecrous ecroute ecroutee ecroutes
effondrerent egaille egaillee egailles egratigner electrice electrise elevent emaille emaillee
emailles emballai emballais emballames emballas emballat emballates emboire embois emboive
emboives embout embouts empile empilee empilees empiles emplie emplies emplis emplois employ
employe employs empois encire enciree encires enclore encode encoded encodee encodes encombrat
encombrates encombrerent encorde encored encorne encoure encours encree endors endorse endorsed
endorses enfaite enfaitee enfaites enfance enfances enflant enforce enforced enforces engommage
engommages engonce engoncee engonces enigme enigmes enjonce enjoncee enjonces enjoyed enjoys
enonce enoncee enoncees enonces enraille enraillee enrailles enroule enroulee enroules entailed
entailing entails entant entend entende entends entered enters entire entras entrer entrez entries
enture envois envole envolee envoles envols eploie eploies erable erables eraille eraillee
erailles eraser erasers erectrice errions errors escroquera escroquerai escroquerais escroqueras
escroqueriez escrow escrows espalier espaliers etende etendes etends etoffe etoffee etoffees
etoffes etouffe etrons evener eventa eventas evente eventee eventees eventer eventes events
exaspera exasperas exasperez expedite expend expends explose explosee exploses exposa exposas
exposee exposees exposez extent extents extenue facing facture facturee facturees factures faculty
faibli faiblie faiblis faillee failles faking fallow fallowed fallowing fallows faring farmer
farmers fasses fathered fathering fathers fating fattened fattening fatter faulted faults fausset
fautez faxing fazing feathery felames fellow fellows femurs ferber ferler fermete fermier ferrer
fetter fetters fiable fiables fiames filames filings filter filters finder finders finises finisse
finnish firmer flacks flakes flambe flambee flambees flambes flamer flamers flames flaming flanes
flanked flanking flanks flares flaring flasks flatte flattee flattent flattera flattery flattes
flatteur flattez flattons flayed flaying flemme fleure fleuree fleures fleurs flotter fluames
flukes flumes flutez flutter flutters foible foibles foncer fonctionnel forayed foraying forays
forcene forceps forger forgers forget forgets forgoes forgone fougez foulez fourbi fourbie fourbis
fourche fourmi fourmis fournil foutrez frayas frayee frayer frayez fritter frustrais frustrait
frustrames frustrant frustrante frustrantes frustrants frying fusses gabarits galber galene
galerne galets galeux galore galure gaming gaoler gaolers garante garantes garants garnissais
gatine gauler gazers gazette gazetted gazettes gemine geminee gemines glande glandee glandes
glands glided glides gomine gominee gomines gondons grandet grange granges granit granite granitee
granites granits granted grants grappe grappes gravat gravates gravats gravide gravimes gravity
greffe greffee greffes gremille gremilles grepped griefs griffeur griffu griffue griffues griffus
grimpe grimpee grimpes grincerent grinch grinche gringe grinned grinning gripped gronde grondee
grondees grondes guider guindee guindees guindes hagard hagarde hagards hallway hallways hardily
hardwired hasard hasarde hasards hatting hausse haussee hausses headiest hearts hematose hinting
houasse houses housset impart imparted imparts impassible impassibles implosant imported imposat
imposates imposte impostes impots inamissible incendia incendias incendiee incendier inclined
inclue inclues inclumes inclure inclut inclutes incomprehensibly incurie incurs indian indians
indien indiens indigene indigo indigos indure induree indurees indures infame infames infirm
infirme infixe influe influee influes influx injuria injurias injuriee injuriees injuriez inline
insigne insignes instiller insure insured insures insuring intime intimee intimes inuline inured
invisibly itches justin justine knacks knocker labelle labelles labile labiles lacera laceras
lacerez lacets laceur lachers lacier lacing lagers laiusse lambel lamelle lamellee lamelles
lamentably lamers lancer lancers langer langue langues langueur lapels larder larders largess
larget larguer largueur larking larmer lasers lasing lather lathered lathers layered layers
leading leafing leafless leaking leanne leaping learned learning learns leasing leathery leaving
lengthy liasse liasses libeled libeling libelle libelled libellee libellees libelles libelling
libels licite licitee licitees licites licking lievre lievres limait limates limited limiting
linger lingere lingers lingue littler livers livrets livreuse loaning locking lodger lodgers
logger loggers loners longuet loosing loping loving lowing lucking luisse luisses machant macquant
macque macquee macques maillions malted malting manaus manche manches mandale mangue mangues
manique manoeuvred manoeuvrier manoquant manoque manquat manquates manuel manuels manufacturas
manufacturee manufacturees maousse maquant maquez marceau marched marcie marcos marcus marquant
marquante marquantes marquants marque marquee marques marshes martela martelas masquant masque
masquee masques massage massaged massages massaging massing massive masure masures matchee matera
materas materiau materiaux materiel materiels maternal mateur mecanisa mecanisas mecanise
mecanisee mecanisees mecanises mechanise mechanised mechanises mechat mechates meeting melanique
melanisme melates melded melding mensure mensuree mensures menteur menteurs menure merchant
messagers messing mestre mesuse mesusee mesusees mesuses meting meures minames minium misting
misuse misused misuses misusing modale modales modals modems modere moderee moderes module modulee
modules moeurs moiteur moiteurs molted molting monceau monceaux monder monels monger mongers
moniteur monster montague montames montat montates monteur monteuse montre montree montrer montres
montreur monture montures morille morilles motels motorised motorist motoriste motorists motter
mouise mouses mousme moussed moussu moussue moussus mouvai mouvais mouver mowers muchant mullion
mullions multiplet multiplex multiplie multiply munimes mussif mussing narrons natice nearby
neatly needle needled needles nerveux norman normans nourrissons novelle novice novices nuanced
numeros numerus oeuvrant ombudsmen ordure ordures outbid outbids outdid outrageons outrageux
outrant outsize outsized outsizes ouvrat ouvrates ouvrier ouvroir overeat overeating overeats
overhead overheads overhear overhearing overhears pacage pacagee pacagees pacages paddies paddle
paddled paddles paddling paillee paillees pailles painted painting paints palled palling paluche
paques parquet partouse partouze passible passibles patient patiente patientee patientes patients
patites paumes peaches pealing pedant pedante pedantes pedants peeing peeking peeping peering
peeving peille peilles peinte peintes peints penche penchee penchees penches pendents pendre
peniche penile pennant pennants pensant pensante pensants pepite pepites perche perched perchee
perches perdant perdante perdants perdis perdrix perdue perdues perdure perdus perites perore
peroree perores perter pestons petates petiot petiote petrit picotant pieges pierce pierced
pierces pieterent pieton pietons pietrement piling pillas pillons pilotant pilule pilules pilums
pinces pinched pinches pincus pintons pioche piochee piochees pioches piquet piquete piquets
pisces pissons pistol pistole pistols pistou pitched pitches pitching pitons pivotat pivotates
plaina plainas plainat plaine plainee plainees plaines plains plaited plaiting plaits plante
planted plantee plantees plantes planteur planteurs planting plants plastie pliant pliante
pliantes pliants pluche pluchee pluchees pluches plumbed plumbs plumed plumet plumets plumped
plumps plutes podding poings pointed pointu pointue pointus pointy pokers polled polling pondant
ponter poquet ported porters porteur portier portor posers posters postions postons postpose
postposee postposees postposes potter potters powder powdered powders precedant precious preoccupy
presence presences presented presets pressent pressente pretent prevent prevented prevents prices
printed prints probes procedent proceed process proche proches procree produce produced produces
produire produis produise profes profound proies prones proses proues provably proves pudding
puller pullet pulley pulped pulsed punched punches punching punchs purled rabatte rabattes
rabattis rabattre rabattus racking ralent ramollo ramure ramures ranides rapine rapinee rapines
rapped rapture raptures rapure rapures rasher rashers ratele ratelee ratelees rateles ratels
ratier ratiere ratiers ratting rattler rature raturee ratures rayere rayeres realite reassort
rebattu rebattue rebattus rebond rebonds rebuses recarde recardee recardes recent recente recents
recevable recevables receveur receveurs reclina reclinas reclinee reclinees reclinera reclinez
recoin recoins recoive recoives recoltant recoltante recoltants recrive recrives recuse recusee
recusees recuses redent redente redescendu redevable redevables redonde reelis refend refende
refends refera referas refere referee refereed referees referes referred refers refond refonde
refonds refont refonte refontes reform reforme reformed reformee reformes reforms refract refracte
refracts refuge refugee refugees refuges refuie refuies refuis refute refuted refutee refutees
refutes refuting regarda regardas regardee regent regente regents regites reglent reitre relave
relavee relaves reliance relier relies relieve relive relived relives rembourrai rembourrais
rembourrames rembourras rembourrat rembourrates rembourre rembourree rembourrees rembourres
rembourrez rembourserent remets remites remits remois remonte remontre remount remounts remous
removes rempli remplie rempliee remplier remplies remplis remporte remportee remportes rempote
renard renarde renardee renardes renards renders rendort rendre rendrez renferme renforce reniez
rentas rentee renter renters rentez rentier rentiere rentiers renverge renvergee renverges repaie
repaies repais repand repande repands reparte repartee repartes repend repende repends repense
repensee repenses repent repente repents replia replias replied repliee repliees replier repliez
reploie reploies repoli repolie repolies repolis repondu repons reponse reporta reportas reportee
reportees reportez repose reposed reposee reposees reposes reposing repris resent resents reseque
resequee reseques resisted resort resorted resorting resorts respected respelt respond responded
responds response responses ressert ressors restau retarded retente retond retonde retonds retord
retorde retordes retords retorted retorting retorts retraca retracas retracat retrace retraced
retracee retraces retracta retrait retraite retraits reused reussite revent revente reverse
reversed reversee reversees reverses reversing reviens reviez revolant revoltat revoltates
revotant revote revotee revotes reward rewarded rewards rickets rickey ricking ripper ripple
rippled ripples rocher rochers rocket rockets rockier rockies rockne rooking roseau roseaux roussi
roussie roussies roussis rubbishy rupteur ruptured saccage saccagee saccages sachee sachem sachems
sachent saches sachez sacred sacret safely sagine saignerent saigon sainement sandale sandales
sandals sapped satine satinee satinees satines satins sature saturee satures scagged scaled
scammed scamming scamper scampered scampers scandai scandais scandalous scandames scandas scandat
scandates scarce scarfed scarfs scarred scarves scelle scellee scelles schemed scheming scoffed
scoffing scoffs scored scratcha scratchas scratchee scratchees scratcher scratchez scratchy screwy
scruff scruffs scrute scrutee scrutes scuffle scuffled scuffles seared sechions seconda sectionne
semelle sentions serieux serions serique seriques serous serviced servie servies servile serviles
servimes servir servis servit servites setting sevices shacks shagged shagging shallows shammed
shamming shanks shared sharked sharking sharks shelled shells shelly shipper shitting shlock
shocker shooed shooter shooters shopped shopping shored shorten shortens shoved shower shrews
shrink shrinks shucked shucking shucks sicking siding sifting sighted sights signai signais
signaled signames signas signat signates silting simulie singing single singled singles sinkiang
sinning sipped siring siting skipped skipping slaked slammer slammers slapped slapping sleeker
sleepier slimmed slimming slinked slinking slinks slipped slipping slitting slopped slopping
slowed slummed slumming smelted smelts smille smillee smiller smilles smocked smocking smocks
smokey smokier snaked snapper snapple snappy snared snarks snipped snipping snitched snitches
snitching snivel snivels snowed snuffed snuffing snuffs snugged snugging soaped soared societe
socked soigne soignee soignes solicitous sommer sommiez sopped sorters spammed spammer spammers
spamming spangle spanked spanking spanks spared spares sparing sparkle sparkled sparkles sparkling
sparred sparring sparse sparte spartes sparts spelled spells spitte spitted spittee spittees
spittes spitting sporing sprang springy sprint sprung spying squashy squeal squealed squealing
squeals squished squishes squishing stabbed staffed staffee staffees staffes staffing stagne
stagnee stagnees stagnes stairs staked stakning stalin stalle stalled stalles stalls stamine
staminee stammer stammered stammers stanch staple stapled staples stared steeper steins steppe
stepped steppes stepping sticks stiffed stiffing stings stinted stints stocke stocked stockee
stockees stockes stocking stocks stoker stokers stoking stomped stomping stomps stooped stooping
stoops stoppa stoppas stoppe stoppee stoppees stopper stoppes stoppez storax stowed strain
strained straining strains strate strates streamed streaming strewed strews stricture strictures
string stropped structurel strume strums stuffs sucement suction suctioned suctions sueurs supple
supplee suppleee suppleees supplees supplia supplias supplice supplices suppliee suppliees
supplier suppliez supposa supposas supposee supposees supposez suppots surpiqua surpiquas surpique
surpiquee surpiquees surpiquer surpiques surplis sursement suspendions sutured swagged swagging
swains swapped swapping sweeper sweepers swelled swells switched switches switching swopped
swopping tacking tainted taints tapped tasserent teille teillee teilles terrils testier tether
tethered tethers thorough though threat threats timber timbers timbre timbree timbrer timbres
timers tipper tipple tippled tipples tirade tirades toddle toddled toddles tombed tombeur topped
trachee trachees tracing tractee tractees tractes trailed traille trails trained traire traite
traitee traites traits tramped tramping tramps transporter transporters transporteuse trappe
trapper trappes trapue trapues trapus travers traversed treading treads tremas tremie tremies
triade triades triads tribunat tricked tricking trille trilled trillee trilles trills trippe
tripped tripping triste tristes trombe trombes trompe tromped trompee trompes tromps trough
troughs trucked truckee trucking trumped trumps twilled twista twistas twistee twistees twister
twistez twitted twitting unclean unions unsays unsold untold upholster upholstered upholsters
urgeat urgeates urgency urgente urgentes urgents useable utilised vaille vailles valeur valeurs
valour valumes vanille vanillee vanilles veloute veloutee veloutes velvety vervet vesser violeur
violeurs viscere visiere volames voleuse voleuses voluminous volute volutes voyeur voyeurs waddle
waddled waddles waddling wading wafting wailing waists waiving wanting warded warding waring
warmed warned warrant warranta warrantas warrante warranted warrantee warrantes warrants warred
wasting wedding weighed weighs weighty whiting wights wiling wining wiping womble wombles woodmen
woolen woolens wooten wording worming worrier wright writing yelling zapper zappers zippee zippera
zippes zippez zippier
`
  .split(/\s+/)
  .filter((w) => w.length > 0);
// END GENERATED DICTIONARY_NEAR_MISSES
