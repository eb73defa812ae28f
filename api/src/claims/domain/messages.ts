/**
 * What the customer reads about their claim — the recap card, the recap
 * e-mail and the confirmation page — in the five languages of the chat.
 * French is the reference; the others say the same thing.
 */
import type { ClaimAnalysis, PriorityLevel, TicketValidation } from '../../sav';

export const CLAIM_LOCALES = ['fr', 'en', 'de', 'it', 'ar'] as const;
export type ClaimLocale = (typeof CLAIM_LOCALES)[number];

type Category = ClaimAnalysis['category'];
type Component = ClaimAnalysis['warranty']['component'];
type Exclusion = ClaimAnalysis['warranty']['exclusions'][number];
type Resolution = ClaimAnalysis['decision']['resolutionType'];

export interface ClaimMessages {
  /** BCP 47 tag for dates. */
  dateLocale: string;
  dir: 'ltr' | 'rtl';
  title: (reference: string) => string;
  labels: {
    reference: string;
    order: string;
    product: string;
    problem: string;
    description: string;
    warranty: string;
    priority: string;
  };
  category: Record<Category, string>;
  component: Record<Component, string>;
  exclusion: Record<Exclusion, string>;
  covered: (component: string, until: string | null) => string;
  notCovered: (component: string, exclusions: string[]) => string;
  priority: Record<PriorityLevel, string>;
  next: {
    escalate: (hours: number) => string;
    technician: string;
    resolution: Partial<Record<Resolution, string>>;
    evidence: (photos: number, videos: number) => string;
    safety: string;
    confirm: string;
  };
  deadline: string;
  unknownProduct: string;
  mail: {
    subject: (reference: string) => string;
    greeting: (name: string | null) => string;
    intro: string;
    nextSteps: string;
    action: string;
    linkValidUntil: (date: string) => string;
    footer: string;
  };
  page: {
    confirmHeading: string;
    confirmButton: string;
    correctionLabel: string;
    correctionButton: string;
    cancelHeading: string;
    cancelButton: string;
    state: Record<Exclude<TicketValidation, 'pending'>, string>;
    invalidLink: string;
    expiredLink: string;
  };
}

const fr: ClaimMessages = {
  dateLocale: 'fr-FR',
  dir: 'ltr',
  title: (r) => `Récapitulatif de votre demande ${r}`,
  labels: {
    reference: 'Référence',
    order: 'Commande',
    product: 'Produit',
    problem: 'Problème',
    description: 'Votre description',
    warranty: 'Garantie',
    priority: 'Priorité',
  },
  category: {
    structural: 'Structure (cadre, pied, bois)',
    mechanism: 'Mécanisme (relax, convertible, moteur)',
    fabric: 'Revêtement (tissu, cuir)',
    cushions: 'Coussins et assise',
    delivery: 'Livraison',
    assembly: 'Montage',
    smell: 'Odeur',
    dimensions: 'Dimensions',
    unknown: 'À préciser par un conseiller',
  },
  component: {
    structure: 'structure, 5 ans',
    mechanisms: 'mécanismes, 3 ans',
    fabric: 'revêtement, 2 ans',
    cushions: 'coussins, 2 ans',
    delivery: 'livraison, réserves sous 3 jours',
    assembly: 'montage, 14 jours',
    dimensions: 'dimensions, 14 jours',
  },
  exclusion: {
    stain: 'tache',
    tear: 'déchirure',
    burn: 'brûlure',
    scratch: 'rayure',
    misuse: 'mauvais usage',
    water_damage: 'dégât des eaux',
    pet_damage: 'dégât d’animal',
  },
  covered: (c, until) =>
    until ? `Couvert (garantie ${c}) jusqu’au ${until}` : `Couvert (garantie ${c})`,
  notCovered: (c, ex) =>
    ex.length > 0
      ? `Non couvert (garantie ${c}) : ${ex.join(', ')}`
      : `Non couvert (garantie ${c}) : délai dépassé`,
  priority: {
    P0: 'Urgente (sécurité)',
    P1: 'Haute',
    P2: 'Normale',
    P3: 'Basse',
  },
  next: {
    escalate: (h) => `Un conseiller reprend votre dossier et vous répond sous ${h} heures.`,
    technician: 'Un technicien vous contactera pour convenir d’une intervention.',
    resolution: {
      auto_replacement: 'Nous préparons le remplacement de l’article.',
      auto_repair: 'Nous organisons la réparation.',
      auto_refund: 'Nous procédons à votre remboursement.',
      spare_parts_order: 'Nous vous envoyons la pièce nécessaire.',
      customer_education:
        'Nous vous envoyons nos conseils : aérez la pièce, l’odeur disparaît en 2 à 3 semaines.',
      not_covered:
        'Nous vous proposons des solutions payantes : devis de réparation, pièce détachée ou kit d’entretien.',
    },
    evidence: (p, v) =>
      `Envoyez dans le chat ${p} photo(s)${v > 0 ? ` et ${v} vidéo(s)` : ''} du problème.`,
    safety: 'Par sécurité, n’utilisez plus le meuble en attendant.',
    confirm: 'Confirmez ou corrigez ce récapitulatif grâce au lien reçu par e-mail.',
  },
  deadline: 'Intervention au plus tard le',
  unknownProduct: 'Article de la commande',
  mail: {
    subject: (r) => `Votre demande SAV ${r} — Meuble de France`,
    greeting: (n) => (n ? `Bonjour ${n},` : 'Bonjour,'),
    intro: 'Voici le récapitulatif de votre demande. Merci de vérifier ces informations.',
    nextSteps: 'Prochaines étapes',
    action: 'Confirmer ou corriger ma demande',
    linkValidUntil: (d) => `Ce lien est valable jusqu’au ${d}.`,
    footer:
      'Service après-vente Meuble de France. Vous recevez ce message suite à votre demande dans notre chat.',
  },
  page: {
    confirmHeading: 'Tout est exact ?',
    confirmButton: 'Je confirme ma demande',
    correctionLabel: 'Quelque chose ne va pas ? Décrivez la correction :',
    correctionButton: 'Envoyer la correction',
    cancelHeading: 'Vous ne souhaitez plus donner suite ?',
    cancelButton: 'Annuler ma demande',
    state: {
      validated: 'Merci, votre demande est confirmée.',
      corrected: 'Merci, votre correction a été transmise à notre équipe.',
      cancelled: 'Votre demande est annulée ; un conseiller clôturera le dossier.',
    },
    invalidLink: 'Ce lien n’est pas valide.',
    expiredLink: 'Ce lien a expiré. Contactez-nous depuis le chat.',
  },
};

const en: ClaimMessages = {
  dateLocale: 'en-GB',
  dir: 'ltr',
  title: (r) => `Summary of your claim ${r}`,
  labels: {
    reference: 'Reference',
    order: 'Order',
    product: 'Product',
    problem: 'Problem',
    description: 'Your description',
    warranty: 'Warranty',
    priority: 'Priority',
  },
  category: {
    structural: 'Structure (frame, leg, wood)',
    mechanism: 'Mechanism (recliner, sofa bed, motor)',
    fabric: 'Upholstery (fabric, leather)',
    cushions: 'Cushions and seat',
    delivery: 'Delivery',
    assembly: 'Assembly',
    smell: 'Smell',
    dimensions: 'Dimensions',
    unknown: 'To be clarified by an adviser',
  },
  component: {
    structure: 'structure, 5 years',
    mechanisms: 'mechanisms, 3 years',
    fabric: 'upholstery, 2 years',
    cushions: 'cushions, 2 years',
    delivery: 'delivery, report within 3 days',
    assembly: 'assembly, 14 days',
    dimensions: 'dimensions, 14 days',
  },
  exclusion: {
    stain: 'stain',
    tear: 'tear',
    burn: 'burn',
    scratch: 'scratch',
    misuse: 'misuse',
    water_damage: 'water damage',
    pet_damage: 'pet damage',
  },
  covered: (c, until) =>
    until ? `Covered (${c} warranty) until ${until}` : `Covered (${c} warranty)`,
  notCovered: (c, ex) =>
    ex.length > 0
      ? `Not covered (${c} warranty): ${ex.join(', ')}`
      : `Not covered (${c} warranty): period exceeded`,
  priority: { P0: 'Urgent (safety)', P1: 'High', P2: 'Normal', P3: 'Low' },
  next: {
    escalate: (h) => `An adviser is taking over your claim and will answer within ${h} hours.`,
    technician: 'A technician will contact you to arrange a visit.',
    resolution: {
      auto_replacement: 'We are preparing a replacement for the item.',
      auto_repair: 'We are arranging the repair.',
      auto_refund: 'We are processing your refund.',
      spare_parts_order: 'We are sending you the part needed.',
      customer_education:
        'We are sending you our advice: air the room, the smell fades within 2 to 3 weeks.',
      not_covered: 'We can offer paid options: a repair quote, a spare part or a care kit.',
    },
    evidence: (p, v) =>
      `Please send ${p} photo(s)${v > 0 ? ` and ${v} video(s)` : ''} of the problem in the chat.`,
    safety: 'For your safety, please stop using the furniture for now.',
    confirm: 'Confirm or correct this summary with the link we e-mailed you.',
  },
  deadline: 'Intervention no later than',
  unknownProduct: 'Item of the order',
  mail: {
    subject: (r) => `Your after-sales claim ${r} — Meuble de France`,
    greeting: (n) => (n ? `Hello ${n},` : 'Hello,'),
    intro: 'Here is the summary of your claim. Please check these details.',
    nextSteps: 'Next steps',
    action: 'Confirm or correct my claim',
    linkValidUntil: (d) => `This link is valid until ${d}.`,
    footer:
      'Meuble de France after-sales service. You receive this message following your request in our chat.',
  },
  page: {
    confirmHeading: 'Is everything correct?',
    confirmButton: 'I confirm my claim',
    correctionLabel: 'Something wrong? Describe the correction:',
    correctionButton: 'Send the correction',
    cancelHeading: 'No longer wish to proceed?',
    cancelButton: 'Cancel my claim',
    state: {
      validated: 'Thank you, your claim is confirmed.',
      corrected: 'Thank you, your correction has been passed on to our team.',
      cancelled: 'Your claim is cancelled; an adviser will close the file.',
    },
    invalidLink: 'This link is not valid.',
    expiredLink: 'This link has expired. Please contact us from the chat.',
  },
};

const de: ClaimMessages = {
  dateLocale: 'de-DE',
  dir: 'ltr',
  title: (r) => `Zusammenfassung Ihrer Reklamation ${r}`,
  labels: {
    reference: 'Referenz',
    order: 'Bestellung',
    product: 'Produkt',
    problem: 'Problem',
    description: 'Ihre Beschreibung',
    warranty: 'Garantie',
    priority: 'Priorität',
  },
  category: {
    structural: 'Gestell (Rahmen, Fuß, Holz)',
    mechanism: 'Mechanik (Relax, Schlafsofa, Motor)',
    fabric: 'Bezug (Stoff, Leder)',
    cushions: 'Kissen und Sitzfläche',
    delivery: 'Lieferung',
    assembly: 'Montage',
    smell: 'Geruch',
    dimensions: 'Maße',
    unknown: 'Wird von einem Berater geklärt',
  },
  component: {
    structure: 'Gestell, 5 Jahre',
    mechanisms: 'Mechanik, 3 Jahre',
    fabric: 'Bezug, 2 Jahre',
    cushions: 'Kissen, 2 Jahre',
    delivery: 'Lieferung, Meldung binnen 3 Tagen',
    assembly: 'Montage, 14 Tage',
    dimensions: 'Maße, 14 Tage',
  },
  exclusion: {
    stain: 'Fleck',
    tear: 'Riss',
    burn: 'Brandstelle',
    scratch: 'Kratzer',
    misuse: 'unsachgemäße Nutzung',
    water_damage: 'Wasserschaden',
    pet_damage: 'Tierschaden',
  },
  covered: (c, until) =>
    until ? `Abgedeckt (Garantie ${c}) bis ${until}` : `Abgedeckt (Garantie ${c})`,
  notCovered: (c, ex) =>
    ex.length > 0
      ? `Nicht abgedeckt (Garantie ${c}): ${ex.join(', ')}`
      : `Nicht abgedeckt (Garantie ${c}): Frist überschritten`,
  priority: { P0: 'Dringend (Sicherheit)', P1: 'Hoch', P2: 'Normal', P3: 'Niedrig' },
  next: {
    escalate: (h) =>
      `Ein Berater übernimmt Ihre Reklamation und antwortet Ihnen innerhalb von ${h} Stunden.`,
    technician: 'Ein Techniker wird Sie kontaktieren, um einen Termin zu vereinbaren.',
    resolution: {
      auto_replacement: 'Wir bereiten den Ersatz des Artikels vor.',
      auto_repair: 'Wir organisieren die Reparatur.',
      auto_refund: 'Wir veranlassen Ihre Erstattung.',
      spare_parts_order: 'Wir senden Ihnen das benötigte Teil.',
      customer_education:
        'Wir senden Ihnen unsere Tipps: Lüften Sie den Raum, der Geruch verschwindet in 2 bis 3 Wochen.',
      not_covered:
        'Wir bieten Ihnen kostenpflichtige Lösungen an: Reparaturangebot, Ersatzteil oder Pflegeset.',
    },
    evidence: (p, v) =>
      `Bitte senden Sie im Chat ${p} Foto(s)${v > 0 ? ` und ${v} Video(s)` : ''} des Problems.`,
    safety: 'Bitte benutzen Sie das Möbelstück zu Ihrer Sicherheit vorerst nicht mehr.',
    confirm: 'Bestätigen oder korrigieren Sie diese Zusammenfassung über den Link in der E-Mail.',
  },
  deadline: 'Einsatz spätestens am',
  unknownProduct: 'Artikel der Bestellung',
  mail: {
    subject: (r) => `Ihre Reklamation ${r} — Meuble de France`,
    greeting: (n) => (n ? `Guten Tag ${n},` : 'Guten Tag,'),
    intro: 'Hier ist die Zusammenfassung Ihrer Reklamation. Bitte prüfen Sie die Angaben.',
    nextSteps: 'Nächste Schritte',
    action: 'Reklamation bestätigen oder korrigieren',
    linkValidUntil: (d) => `Dieser Link ist gültig bis ${d}.`,
    footer:
      'Kundendienst Meuble de France. Sie erhalten diese Nachricht aufgrund Ihrer Anfrage in unserem Chat.',
  },
  page: {
    confirmHeading: 'Ist alles richtig?',
    confirmButton: 'Ich bestätige meine Reklamation',
    correctionLabel: 'Stimmt etwas nicht? Beschreiben Sie die Korrektur:',
    correctionButton: 'Korrektur senden',
    cancelHeading: 'Möchten Sie die Reklamation nicht weiterverfolgen?',
    cancelButton: 'Reklamation zurückziehen',
    state: {
      validated: 'Vielen Dank, Ihre Reklamation ist bestätigt.',
      corrected: 'Vielen Dank, Ihre Korrektur wurde an unser Team weitergeleitet.',
      cancelled: 'Ihre Reklamation ist zurückgezogen; ein Berater schließt den Vorgang ab.',
    },
    invalidLink: 'Dieser Link ist ungültig.',
    expiredLink: 'Dieser Link ist abgelaufen. Bitte kontaktieren Sie uns über den Chat.',
  },
};

const it: ClaimMessages = {
  dateLocale: 'it-IT',
  dir: 'ltr',
  title: (r) => `Riepilogo della sua richiesta ${r}`,
  labels: {
    reference: 'Riferimento',
    order: 'Ordine',
    product: 'Prodotto',
    problem: 'Problema',
    description: 'La sua descrizione',
    warranty: 'Garanzia',
    priority: 'Priorità',
  },
  category: {
    structural: 'Struttura (telaio, piede, legno)',
    mechanism: 'Meccanismo (relax, divano letto, motore)',
    fabric: 'Rivestimento (tessuto, pelle)',
    cushions: 'Cuscini e seduta',
    delivery: 'Consegna',
    assembly: 'Montaggio',
    smell: 'Odore',
    dimensions: 'Dimensioni',
    unknown: 'Da precisare con un consulente',
  },
  component: {
    structure: 'struttura, 5 anni',
    mechanisms: 'meccanismi, 3 anni',
    fabric: 'rivestimento, 2 anni',
    cushions: 'cuscini, 2 anni',
    delivery: 'consegna, segnalazione entro 3 giorni',
    assembly: 'montaggio, 14 giorni',
    dimensions: 'dimensioni, 14 giorni',
  },
  exclusion: {
    stain: 'macchia',
    tear: 'strappo',
    burn: 'bruciatura',
    scratch: 'graffio',
    misuse: 'uso improprio',
    water_damage: 'danno da acqua',
    pet_damage: 'danno da animali',
  },
  covered: (c, until) =>
    until ? `Coperto (garanzia ${c}) fino al ${until}` : `Coperto (garanzia ${c})`,
  notCovered: (c, ex) =>
    ex.length > 0
      ? `Non coperto (garanzia ${c}): ${ex.join(', ')}`
      : `Non coperto (garanzia ${c}): termine superato`,
  priority: { P0: 'Urgente (sicurezza)', P1: 'Alta', P2: 'Normale', P3: 'Bassa' },
  next: {
    escalate: (h) =>
      `Un consulente prende in carico la sua pratica e le risponderà entro ${h} ore.`,
    technician: 'Un tecnico la contatterà per fissare un intervento.',
    resolution: {
      auto_replacement: 'Stiamo preparando la sostituzione dell’articolo.',
      auto_repair: 'Stiamo organizzando la riparazione.',
      auto_refund: 'Stiamo procedendo al rimborso.',
      spare_parts_order: 'Le inviamo il pezzo necessario.',
      customer_education:
        'Le inviamo i nostri consigli: arieggi la stanza, l’odore sparisce in 2-3 settimane.',
      not_covered:
        'Le proponiamo soluzioni a pagamento: preventivo di riparazione, pezzo di ricambio o kit di manutenzione.',
    },
    evidence: (p, v) => `Invii nella chat ${p} foto${v > 0 ? ` e ${v} video` : ''} del problema.`,
    safety: 'Per sicurezza, non utilizzi più il mobile nel frattempo.',
    confirm: 'Confermi o corregga questo riepilogo con il link ricevuto via e-mail.',
  },
  deadline: 'Intervento entro il',
  unknownProduct: 'Articolo dell’ordine',
  mail: {
    subject: (r) => `La sua richiesta di assistenza ${r} — Meuble de France`,
    greeting: (n) => (n ? `Gentile ${n},` : 'Buongiorno,'),
    intro: 'Ecco il riepilogo della sua richiesta. La preghiamo di verificare queste informazioni.',
    nextSteps: 'Prossimi passi',
    action: 'Confermare o correggere la mia richiesta',
    linkValidUntil: (d) => `Questo link è valido fino al ${d}.`,
    footer:
      'Servizio post-vendita Meuble de France. Riceve questo messaggio in seguito alla sua richiesta nella nostra chat.',
  },
  page: {
    confirmHeading: 'È tutto corretto?',
    confirmButton: 'Confermo la mia richiesta',
    correctionLabel: 'Qualcosa non va? Descriva la correzione:',
    correctionButton: 'Invia la correzione',
    cancelHeading: 'Non desidera più procedere?',
    cancelButton: 'Annulla la mia richiesta',
    state: {
      validated: 'Grazie, la sua richiesta è confermata.',
      corrected: 'Grazie, la sua correzione è stata trasmessa al nostro team.',
      cancelled: 'La sua richiesta è annullata; un consulente chiuderà la pratica.',
    },
    invalidLink: 'Questo link non è valido.',
    expiredLink: 'Questo link è scaduto. Ci contatti dalla chat.',
  },
};

const ar: ClaimMessages = {
  dateLocale: 'ar',
  dir: 'rtl',
  title: (r) => `ملخص طلبك ${r}`,
  labels: {
    reference: 'المرجع',
    order: 'الطلبية',
    product: 'المنتج',
    problem: 'المشكلة',
    description: 'وصفك',
    warranty: 'الضمان',
    priority: 'الأولوية',
  },
  category: {
    structural: 'الهيكل (الإطار، الرجل، الخشب)',
    mechanism: 'الآلية (كرسي الاسترخاء، الأريكة السرير، المحرك)',
    fabric: 'الكسوة (قماش، جلد)',
    cushions: 'الوسائد والمقعد',
    delivery: 'التوصيل',
    assembly: 'التركيب',
    smell: 'الرائحة',
    dimensions: 'المقاسات',
    unknown: 'يحدده مستشار',
  },
  component: {
    structure: 'الهيكل، 5 سنوات',
    mechanisms: 'الآليات، 3 سنوات',
    fabric: 'الكسوة، سنتان',
    cushions: 'الوسائد، سنتان',
    delivery: 'التوصيل، الإبلاغ خلال 3 أيام',
    assembly: 'التركيب، 14 يومًا',
    dimensions: 'المقاسات، 14 يومًا',
  },
  exclusion: {
    stain: 'بقعة',
    tear: 'تمزق',
    burn: 'حرق',
    scratch: 'خدش',
    misuse: 'سوء استخدام',
    water_damage: 'ضرر بالماء',
    pet_damage: 'ضرر من حيوان أليف',
  },
  covered: (c, until) => (until ? `مشمول (ضمان ${c}) حتى ${until}` : `مشمول (ضمان ${c})`),
  notCovered: (c, ex) =>
    ex.length > 0
      ? `غير مشمول (ضمان ${c}): ${ex.join('، ')}`
      : `غير مشمول (ضمان ${c}): انتهت المدة`,
  priority: { P0: 'عاجلة (سلامة)', P1: 'عالية', P2: 'عادية', P3: 'منخفضة' },
  next: {
    escalate: (h) => `سيتولى مستشار ملفك ويرد عليك خلال ${h} ساعة.`,
    technician: 'سيتصل بك فني لتحديد موعد للتدخل.',
    resolution: {
      auto_replacement: 'نقوم بتجهيز بديل للمنتج.',
      auto_repair: 'نقوم بتنظيم الإصلاح.',
      auto_refund: 'نقوم بإجراء استرداد المبلغ.',
      spare_parts_order: 'سنرسل إليك القطعة اللازمة.',
      customer_education: 'سنرسل إليك نصائحنا: قم بتهوية الغرفة، تزول الرائحة خلال 2 إلى 3 أسابيع.',
      not_covered: 'نقترح عليك حلولًا مدفوعة: عرض سعر للإصلاح أو قطعة غيار أو طقم عناية.',
    },
    evidence: (p, v) => `يرجى إرسال ${p} صورة${v > 0 ? ` و${v} فيديو` : ''} للمشكلة في المحادثة.`,
    safety: 'حفاظًا على سلامتك، يرجى عدم استخدام قطعة الأثاث في الوقت الحالي.',
    confirm: 'أكّد هذا الملخص أو صحّحه عبر الرابط المرسل إلى بريدك الإلكتروني.',
  },
  deadline: 'التدخل في موعد أقصاه',
  unknownProduct: 'منتج من الطلبية',
  mail: {
    subject: (r) => `طلب خدمة ما بعد البيع ${r} — Meuble de France`,
    greeting: (n) => (n ? `مرحبًا ${n}،` : 'مرحبًا،'),
    intro: 'إليك ملخص طلبك. يرجى التحقق من هذه المعلومات.',
    nextSteps: 'الخطوات التالية',
    action: 'تأكيد طلبي أو تصحيحه',
    linkValidUntil: (d) => `هذا الرابط صالح حتى ${d}.`,
    footer: 'خدمة ما بعد البيع لدى Meuble de France. تصلك هذه الرسالة إثر طلبك في المحادثة.',
  },
  page: {
    confirmHeading: 'هل كل شيء صحيح؟',
    confirmButton: 'أؤكد طلبي',
    correctionLabel: 'هل هناك خطأ؟ صف التصحيح:',
    correctionButton: 'إرسال التصحيح',
    cancelHeading: 'ألا ترغب في متابعة الطلب؟',
    cancelButton: 'إلغاء طلبي',
    state: {
      validated: 'شكرًا، تم تأكيد طلبك.',
      corrected: 'شكرًا، تم إرسال تصحيحك إلى فريقنا.',
      cancelled: 'تم إلغاء طلبك؛ سيغلق مستشار الملف.',
    },
    invalidLink: 'هذا الرابط غير صالح.',
    expiredLink: 'انتهت صلاحية هذا الرابط. تواصل معنا عبر المحادثة.',
  },
};

const CATALOG: Record<ClaimLocale, ClaimMessages> = { fr, en, de, it, ar };

/** The messages of a locale; anything unknown falls back to French. */
export function claimMessages(locale: string | null | undefined): ClaimMessages {
  return CATALOG[asClaimLocale(locale)];
}

export function asClaimLocale(locale: string | null | undefined): ClaimLocale {
  const base = (locale ?? '').slice(0, 2).toLowerCase();
  return (CLAIM_LOCALES as readonly string[]).includes(base) ? (base as ClaimLocale) : 'fr';
}
