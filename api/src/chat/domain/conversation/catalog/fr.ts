/** Everything the built-in assistant says, in French (the reference catalog: the others have the same keys). */
export const fr = {
  'menu.find': 'Trouver un meuble',
  'menu.claim': 'Signaler un problème',
  'menu.status': 'Suivre mon dossier',
  'menu.faq': 'Questions fréquentes',
  'qr.handoff': 'Parler à un conseiller',
  'qr.yesThanks': 'Oui, merci',
  'qr.cheaper': 'Moins cher',
  'qr.noPhoto': "Je n'ai pas de photo",
  'qr.cancel': 'Annuler',
  'qr.backToAssistant': "Revenir à l'assistant",

  'greeting.reply': 'Bonjour ! Que puis-je faire pour vous aujourd’hui ?',
  'fallback.reply':
    "Je n'ai pas bien compris votre demande. Pouvez-vous la reformuler, ou choisir l'une des options ci-dessous ?",
  'language.switched': 'Très bien, je poursuis en français. Que puis-je faire pour vous ?',
  'technical.error':
    'Désolé, un incident technique m’empêche de traiter votre message. Pouvez-vous réessayer dans un instant, ou demander à parler à un conseiller ?',
  'closed.reply':
    'Cette conversation est terminée. Merci de votre visite ; vous pouvez en ouvrir une nouvelle à tout moment.',
  'thanks.reply':
    'Avec plaisir ! Avant de nous quitter, pourriez-vous noter cette conversation de 1 à 5 ?',
  'rating.thanks': 'Merci beaucoup pour votre note ! Je reste à votre disposition si besoin.',
  'cancel.done': "C'est noté, j'abandonne cette démarche. Que puis-je faire d'autre pour vous ?",

  'handoff.ack':
    'Je transmets votre demande à un conseiller : une personne va vous répondre ici même dès que possible.',
  'handoff.repeatedFailure':
    "Je n'arrive pas à retrouver votre commande avec ces informations. Je transmets votre demande à un conseiller, qui vous répondra ici même dès que possible.",
  'handoff.back': 'Me revoici ! Que puis-je faire pour vous ?',

  'faq.menu':
    'Je vous écoute : garantie, livraison, retours, entretien ou paiement. Voici quelques questions fréquentes :',
  'faq.q.warranty': 'Quelle est la durée de la garantie ?',
  'faq.q.delivery': 'Quels sont les délais de livraison ?',
  'faq.q.returns': 'Comment retourner un article ?',
  'faq.q.care': 'Comment entretenir un canapé en cuir ?',
  'faq.q.payment': 'Quels moyens de paiement acceptez-vous ?',
  'faq.followUp': 'Cette réponse vous a-t-elle aidé ?',
  'faq.notFound':
    "Je n'ai pas de réponse toute faite à cette question. Un conseiller peut vous répondre, ou vous pouvez la formuler autrement.",

  'products.askCategory': 'Avec plaisir ! Quel type de meuble recherchez-vous ?',
  'products.understood': 'Je recherche pour vous : {summary}.',
  'products.found': 'Voici ce que je vous propose :',
  'products.relaxed':
    "Je n'ai rien trouvé avec tous ces critères ; sans tenir compte de {criterion}, voici ce que je vous propose :",
  'products.none':
    "Je n'ai malheureusement rien trouvé qui corresponde. Vous pouvez modifier un critère (budget, dimensions, couleur…) ou parler à un conseiller.",

  'category.sofa': 'canapé',
  'category.armchair': 'fauteuil',
  'category.bed': 'lit',
  'category.mattress': 'matelas',
  'category.table': 'table',
  'category.chair': 'chaise',
  'category.storage': 'meuble de rangement',
  'category.wardrobe': 'armoire',
  'category.bookcase': 'bibliothèque',
  'category.tv_unit': 'meuble TV',
  'category.outdoor': 'salon de jardin',

  'criteria.maxPrice': 'moins de {amount} €',
  'criteria.minPrice': 'plus de {amount} €',
  'criteria.width': '{width} cm de large au maximum',
  'criteria.seats': '{seats} places',
  'criteria.style': 'style {style}',
  'criteria.colors': 'couleur {colors}',
  'criteria.material': 'en {material}',
  'list.and': ' et ',
  'list.or': ' ou ',

  'style.contemporain': 'contemporain',
  'style.scandinave': 'scandinave',
  'style.industriel': 'industriel',
  'style.classique': 'classique',
  'style.campagne': 'campagne',
  'style.design': 'design',
  'style.vintage': 'vintage',

  'color.gris': 'gris',
  'color.noir': 'noir',
  'color.blanc': 'blanc',
  'color.beige': 'beige',
  'color.bleu': 'bleu',
  'color.vert': 'vert',
  'color.marron': 'marron',
  'color.taupe': 'taupe',
  'color.anthracite': 'anthracite',
  'color.naturel': 'bois naturel',
  'color.cognac': 'cognac',
  'color.moutarde': 'moutarde',
  'color.ecru': 'écru',
  'color.terracotta': 'terracotta',
  'color.rouge': 'rouge',
  'color.jaune': 'jaune',
  'color.rose': 'rose',

  'material.cuir': 'cuir',
  'material.velours': 'velours',
  'material.tissu': 'tissu',
  'material.chene': 'chêne',
  'material.bois': 'bois',
  'material.metal': 'métal',
  'material.verre': 'verre',
  'material.rotin': 'rotin',
  'material.lin': 'lin',
  'material.microfibre': 'microfibre',

  'usage.family': 'pour une famille',
  'usage.kids': 'adapté aux enfants',
  'usage.pets': 'adapté aux animaux',
  'usage.smallSpace': 'pour un petit espace',
  'usage.outdoor': "pour l'extérieur",

  'option.convertible': 'convertible',
  'option.storage': 'avec rangement',
  'option.relax': 'avec fonction relax',

  'relax.colors': 'la couleur',
  'relax.style': 'le style',
  'relax.material': 'la matière',
  'relax.usage': "l'usage",
  'relax.options': 'les options',
  'relax.seats': 'le nombre de places',
  'relax.maxWidthCm': 'la largeur',
  'relax.minPrice': 'le prix minimum',

  'claim.askOrder':
    "Je vais vous aider. Pour retrouver votre commande, indiquez-moi son numéro (par exemple CMD-2026-004512) ainsi que l'e-mail ou le code postal utilisés lors de la commande.",
  'claim.askProof':
    "Merci. Pour vérifier qu'il s'agit bien de votre commande {order}, indiquez-moi l'e-mail ou le code postal utilisés lors de la commande.",
  'claim.askNumber':
    "Il me faut aussi le numéro de commande (par exemple CMD-2026-004512). Pour protéger vos données, je ne conserve pas l'e-mail ni le code postal : merci de les indiquer avec le numéro.",
  'claim.notFound':
    "Je ne retrouve aucune commande correspondant à ces informations. Vérifiez le numéro de commande ainsi que l'e-mail ou le code postal utilisés lors de la commande, puis réessayez.",
  'claim.verified': 'Merci, j’ai bien retrouvé votre commande {order}.',
  'claim.askProduct': 'Quel produit est concerné ?',
  'claim.productNotUnderstood':
    "Je n'ai pas reconnu le produit. Choisissez-le dans la liste ou indiquez son numéro (1, 2…).",
  'claim.askDescription': 'Pouvez-vous me décrire le problème rencontré avec {product} ?',
  'claim.askDescriptionGeneric': 'Pouvez-vous me décrire le problème rencontré ?',
  'claim.describeMore':
    'Pouvez-vous m’en dire un peu plus (ce qui est abîmé ou ne fonctionne pas, depuis quand) ?',

  'empathy.calm': 'Merci pour ces précisions, je m’occupe de votre demande.',
  'empathy.concerned':
    'Je comprends votre inquiétude et je m’occupe de votre demande tout de suite.',
  'empathy.frustrated':
    'Je suis sincèrement désolé pour ce désagrément et je comprends votre agacement.',
  'empathy.angry':
    'Je vous présente toutes nos excuses : ce n’est pas l’expérience que nous voulons vous offrir. Votre demande est traitée en priorité.',
  'empathy.urgent': 'Je traite votre demande en urgence.',
  'safety.stop':
    "Par sécurité, n'utilisez plus ce meuble et tenez-en éloignés les enfants et les animaux jusqu'à l'intervention.",

  'evidence.request': 'Pour traiter votre dossier, merci de m’envoyer :',
  'evidence.formats':
    'Formats acceptés : photos JPEG, PNG, WebP ou HEIC (50 Ko à 20 Mo), vidéos MP4 ou MOV (100 Mo maximum).',
  'evidence.photos.one': '1 photo',
  'evidence.photos.other': '{count} photos',
  'evidence.videos.one': '1 vidéo',
  'evidence.videos.other': '{count} vidéos',
  'evidence.received.one': 'Merci, j’ai bien reçu votre fichier.',
  'evidence.received.other': 'Merci, j’ai bien reçu vos {count} fichiers.',
  'evidence.missing': 'Il manque encore : {missing}.',
  'evidence.infected.one':
    'Un fichier a été refusé car il pourrait être dangereux ; merci d’en envoyer un autre.',
  'evidence.infected.other':
    '{count} fichiers ont été refusés car ils pourraient être dangereux ; merci d’en envoyer d’autres.',
  'evidence.unverified.one': "Un fichier n'a pas pu être vérifié ; merci de l'envoyer à nouveau.",
  'evidence.unverified.other':
    "{count} fichiers n'ont pas pu être vérifiés ; merci de les envoyer à nouveau.",
  'evidence.noneHint':
    "Si vous n'avez pas de photo, dites-le-moi simplement : je transmettrai votre dossier tel quel.",
  'evidence.detailsNoted': 'Merci, j’ai ajouté ces précisions à votre dossier.',

  'shots.structural':
    "Une photo du meuble en entier\nUne photo en gros plan de la casse\nUne photo du contexte (pièce, sol, position d'utilisation)\nUne vidéo montrant la casse ou le jeu de la structure",
  'shots.mechanism':
    'Une photo du mécanisme fermé\nUne photo du mécanisme ouvert\nUne vidéo montrant le défaut pendant le fonctionnement',
  'shots.fabric':
    'Une photo en gros plan du défaut\nUne photo du meuble en entier\nUne photo prise à la lumière du jour',
  'shots.cushions':
    'Une photo du coussin vu de dessus\nUne photo de profil avec un repère de hauteur (mètre)',
  'shots.delivery':
    "Une photo des dommages\nUne photo de l'emballage\nUne photo de l'étiquette du colis\nUne photo du bon de livraison",
  'shots.dimensions':
    'Une photo du meuble en entier\nUne photo du mètre ruban sur la largeur\nUne photo du mètre ruban sur la profondeur',
  'shots.assembly': 'Une photo du problème (pièce ou fixation concernée)',
  'shots.smell': 'Une photo du meuble concerné',
  'shots.unknown': 'Une photo du problème',

  'ticket.opened': 'Votre dossier {reference} est enregistré.',
  'ticket.sla':
    'Priorité {priority} : un conseiller vous répond sous {response} et une intervention est prévue sous {intervention}.',
  'ticket.emailed': 'Un récapitulatif vous a été envoyé à {email}.',
  'priority.P0': 'maximale',
  'priority.P1': 'haute',
  'priority.P2': 'normale',
  'priority.P3': 'basse',
  'duration.hours': '{count} h',
  'duration.days': '{count} jours',

  'decision.auto_resolve': 'Bonne nouvelle : votre demande peut être réglée directement.',
  'decision.technician': 'Un technicien va vous contacter pour convenir d’une intervention.',
  'decision.escalate': 'Un conseiller prend le relais et va vous répondre ici même.',
  'resolution.auto_replacement': "Nous organisons le remplacement de l'article.",
  'resolution.auto_repair': 'Nous organisons la réparation.',
  'resolution.auto_refund': 'Nous procédons à votre remboursement.',
  'resolution.spare_parts_order': 'La pièce de rechange nécessaire vous est envoyée.',
  'resolution.customer_education':
    'Vous allez recevoir nos conseils pour régler le problème (par exemple aérer la pièce pendant 2 à 3 semaines pour une odeur).',
  'resolution.not_covered':
    "Ce problème n'est pas couvert par la garantie ; nous vous proposerons des solutions payantes (devis de réparation, pièce détachée, kit d'entretien).",
  'resolution.human_intervention': 'Un conseiller étudie votre dossier.',
  'resolution.technician_dispatch': 'Un technicien interviendra.',

  'status.new': 'Votre dossier {reference} a bien été reçu et va être examiné.',
  'status.problem_analysis': 'Votre dossier {reference} est en cours d’analyse.',
  'status.warranty_check': 'Nous vérifions la garantie applicable à votre dossier {reference}.',
  'status.evidence_collection':
    'Votre dossier {reference} est en attente de photos ou de documents de votre part.',
  'status.priority_assessment': 'Nous évaluons la priorité de votre dossier {reference}.',
  'status.decision_pending': 'Une décision est en cours pour votre dossier {reference}.',
  'status.auto_resolved':
    'Une solution a été validée pour votre dossier {reference} et elle est en cours de mise en œuvre.',
  'status.escalated_to_human':
    'Votre dossier {reference} a été confié à un conseiller, qui revient vers vous.',
  'status.awaiting_technician':
    'Votre dossier {reference} attend l’intervention d’un technicien, qui vous contactera pour fixer un rendez-vous.',
  'status.in_progress': 'Votre dossier {reference} est en cours de traitement.',
  'status.resolved': 'Votre dossier {reference} est résolu.',
  'status.closed': 'Votre dossier {reference} est clôturé.',
  'status.cancelled': 'Votre dossier {reference} a été annulé.',
  'status.unknown': 'Votre dossier {reference} est en cours de traitement.',
  'status.askReference':
    'Quelle est la référence de votre dossier ? Elle ressemble à SAV-2026-000042.',
  'status.needOwnership':
    "Pour protéger vos données, j'ai besoin du numéro de la commande concernée et de l'e-mail ou du code postal utilisés lors de la commande.",
  'status.notOnOrder':
    'Je ne trouve pas le dossier {reference} sur cette commande. Un conseiller peut vous aider si besoin.',
} as const;

export type CatalogKey = keyof typeof fr;
