import type { SeedFaq } from './types';

/**
 * Frequently asked questions, answered before anything else by the bot when a
 * question matches. Warranty answers follow the after-sales rules
 * (sav-domain.md §4): structure 5 years, mechanisms 3, fabric/leather and
 * cushions 2, from the delivery date (else the purchase date); delivery damage
 * reported within 3 days with carrier reservations; assembly and dimension
 * disputes within 14 days; stains, tears, burns, scratches, misuse, water and
 * pet damage excluded. Return answers follow French consumer law for distance
 * sales (14-day withdrawal, refund within 14 days).
 */
export const FAQ: SeedFaq[] = [
  // ------------------------------------------------------------ warranties
  {
    slug: 'garantie-durees',
    category: 'warranties',
    question: 'Quelle est la durée de garantie de mon meuble ?',
    answer:
      "Vos meubles sont garantis à compter de la date de livraison (ou de la date d'achat en cas de retrait en magasin) : 5 ans pour la structure (cadre, pieds, assemblages), 3 ans pour les mécanismes (relax, convertible, releveur, vérins, moteurs et télécommandes), 2 ans pour le revêtement en tissu ou en cuir et 2 ans pour les coussins et la mousse d'assise. Certains modèles haut de gamme bénéficient d'une garantie plus longue, indiquée sur leur fiche produit. Ces garanties s'ajoutent à la garantie légale de conformité de 2 ans et à la garantie des vices cachés.",
    keywords: [
      'garantie',
      'durée',
      'combien de temps',
      'structure',
      'mécanisme',
      'tissu',
      'cuir',
      'coussins',
      'ans',
    ],
    questionEn: 'How long is my furniture guaranteed?',
    answerEn:
      'Your furniture is guaranteed from the delivery date (or the purchase date if you collected it in store): 5 years for the structure (frame, legs, joints), 3 years for mechanisms (recliners, sofa beds, lift chairs, gas struts, motors and remote controls), 2 years for the fabric or leather upholstery and 2 years for cushions and seat foam. Some premium models carry a longer warranty, shown on their product page. These warranties come on top of the 2-year legal guarantee of conformity and the legal guarantee against hidden defects.',
  },
  {
    slug: 'garantie-exclusions',
    category: 'warranties',
    question: "Qu'est-ce qui n'est pas couvert par la garantie ?",
    answer:
      "La garantie couvre les défauts de fabrication. Elle ne couvre pas, même pendant sa durée : les taches, les déchirures, les brûlures (cigarette, source de chaleur), les rayures, les dommages dus à un mauvais usage ou à un accident, les dégâts des eaux ou de l'humidité et les dommages causés par les animaux (griffures, morsures). Dans ces cas, nous vous proposons des solutions payantes : devis de réparation, pièce détachée ou kit de nettoyage adapté.",
    keywords: [
      'exclusion',
      'non couvert',
      'tache',
      'déchirure',
      'brûlure',
      'cigarette',
      'rayure',
      'accident',
      'eau',
      'humidité',
      'chat',
      'chien',
      'griffure',
    ],
    questionEn: 'What is not covered by the warranty?',
    answerEn:
      'The warranty covers manufacturing defects. Even within its term, it does not cover stains, tears, burns (cigarettes, heat sources), scratches, damage caused by misuse or an accident, water or damp damage, or damage caused by pets (claw marks, bites). In those cases we offer paid solutions: a repair quote, a spare part or a suitable cleaning kit.',
  },
  {
    slug: 'garantie-mecanisme',
    category: 'warranties',
    question: 'Mon relax ou mon convertible ne fonctionne plus, est-ce couvert ?',
    answer:
      "Oui : les mécanismes (relax manuels et électriques, releveurs, convertibles, vérins à gaz des lits coffres, moteurs et télécommandes) sont garantis 3 ans à compter de la livraison, et plus longtemps sur certains modèles premium. Ouvrez une demande SAV avec votre numéro de commande, deux photos du mécanisme (fermé et ouvert) et une courte vidéo du défaut ; un technicien peut intervenir à domicile. En cas d'étincelles, de fumée, d'odeur de brûlé, ou si un vérin ne retient plus le sommier, débranchez le meuble et cessez immédiatement de l'utiliser.",
    keywords: [
      'mécanisme',
      'relax',
      'convertible',
      'releveur',
      'vérin',
      'moteur',
      'télécommande',
      'bloqué',
      'panne',
    ],
    questionEn: 'My recliner or sofa bed no longer works. Is it covered?',
    answerEn:
      'Yes: mechanisms (manual and electric recliners, lift chairs, sofa beds, storage-bed gas struts, motors and remote controls) are guaranteed for 3 years from delivery, and longer on some premium models. Open an after-sales request with your order number, two photos of the mechanism (closed and open) and a short video of the fault; a technician can come to your home. If you see sparks or smoke, smell burning, or a gas strut no longer holds the bed base up, unplug the furniture and stop using it immediately.',
  },
  {
    slug: 'garantie-point-de-depart',
    category: 'warranties',
    question: 'À partir de quand ma garantie commence-t-elle ?',
    answer:
      "La garantie court à partir de la date de livraison indiquée sur votre bon de livraison, ou à partir de la date d'achat si vous avez retiré le meuble en magasin. Conservez votre facture et votre numéro de commande (au format CMD-AAAA-NNNNNN) : ils vous seront demandés pour toute réclamation.",
    keywords: [
      'début',
      'commence',
      'date',
      'point de départ',
      'livraison',
      'facture',
      'numéro de commande',
    ],
    questionEn: 'When does my warranty start?',
    answerEn:
      'The warranty runs from the delivery date shown on your delivery note, or from the purchase date if you collected the furniture in store. Keep your invoice and your order number (format CMD-YYYY-NNNNNN): you will be asked for them with any claim.',
  },
  {
    slug: 'garantie-reclamation',
    category: 'warranties',
    question: 'Comment faire une réclamation auprès du service après-vente ?',
    answer:
      "Ouvrez une demande depuis le chat en indiquant votre numéro de commande et l'adresse e-mail ou le code postal utilisés lors de l'achat, puis décrivez le problème. Joignez des photos (JPEG, PNG, WebP ou HEIC) : le meuble en entier, un gros plan du défaut et, pour un mécanisme, une courte vidéo (MP4 ou MOV). Vous recevez un numéro de dossier SAV-AAAA-NNNNNN et un récapitulatif par e-mail à confirmer.",
    keywords: [
      'réclamation',
      'sav',
      'service après-vente',
      'déclarer',
      'dossier',
      'photos',
      'problème',
      'défaut',
    ],
    questionEn: 'How do I make an after-sales claim?',
    answerEn:
      'Open a request from the chat with your order number and the email address or postcode used for the purchase, then describe the problem. Attach photos (JPEG, PNG, WebP or HEIC): the whole piece, a close-up of the defect and, for a mechanism, a short video (MP4 or MOV). You will receive a claim reference SAV-YYYY-NNNNNN and a summary by email to confirm.',
  },
  {
    slug: 'garantie-coussins-affaissement',
    category: 'warranties',
    question: "Les coussins de mon canapé s'affaissent, que faire ?",
    answer:
      "Une légère détente de la mousse pendant les premières semaines est normale : elle s'assouplit avec l'usage. Un affaissement marqué ou un creux durable est couvert par la garantie des coussins, valable 2 ans à compter de la livraison. Envoyez-nous une photo de dessus et une photo de profil avec un repère de hauteur, un mètre ruban par exemple : si le défaut est confirmé, nous vous envoyons un coussin de remplacement.",
    keywords: ['coussin', 'assise', 'mousse', 'affaissement', 'affaissé', 'creusé', 'creux'],
    questionEn: 'My sofa cushions are sagging. What should I do?',
    answerEn:
      'A slight softening of the foam during the first weeks is normal: it becomes more supple with use. Marked sagging or a lasting hollow is covered by the cushion warranty, valid for 2 years from delivery. Send us a photo from above and a side photo with a height reference, such as a tape measure: if the defect is confirmed, we send you a replacement cushion.',
  },

  // -------------------------------------------------------------- delivery
  {
    slug: 'livraison-delais',
    category: 'delivery',
    question: 'Quels sont les délais de livraison ?',
    answer:
      'Le délai est indiqué sur chaque fiche produit et rappelé dans votre confirmation de commande. Les articles en stock sont généralement livrés sous 1 à 3 semaines ; les modèles fabriqués sur commande demandent de 5 à 10 semaines. En cas de retard, nous vous prévenons par e-mail et vous pouvez suivre votre commande depuis le chat avec votre numéro de commande.',
    keywords: ['délai', 'livraison', 'quand', 'retard', 'semaines', 'suivi', 'commande'],
    questionEn: 'How long does delivery take?',
    answerEn:
      'The lead time is shown on each product page and repeated in your order confirmation. Items in stock are usually delivered within 1 to 3 weeks; made-to-order models take 5 to 10 weeks. If there is a delay we let you know by email, and you can track your order from the chat with your order number.',
  },
  {
    slug: 'livraison-rendez-vous',
    category: 'delivery',
    question: 'Comment est fixé le rendez-vous de livraison ?',
    answer:
      "Dès que votre commande est prête, notre transporteur vous contacte par SMS ou par téléphone pour convenir d'un jour et d'un créneau de livraison. Vous pouvez déplacer le rendez-vous jusqu'à 48 heures avant, grâce au lien reçu par SMS. Une personne majeure doit être présente pour réceptionner et vérifier la marchandise.",
    keywords: [
      'rendez-vous',
      'transporteur',
      'créneau',
      'livreur',
      'sms',
      'reporter',
      'date',
      'absent',
    ],
    questionEn: 'How is the delivery appointment arranged?',
    answerEn:
      'As soon as your order is ready, our carrier contacts you by text message or phone to agree on a delivery day and time slot. You can reschedule up to 48 hours before, using the link in the text message. An adult must be present to receive and check the goods.',
  },
  {
    slug: 'livraison-etage',
    category: 'delivery',
    question: "Livrez-vous à l'étage et dans la pièce de mon choix ?",
    answer:
      "Oui, avec la livraison dans la pièce de votre choix : le transporteur monte le meuble à l'étage, par l'ascenseur ou l'escalier, et le dépose dans la pièce souhaitée. La livraison standard s'effectue au pied de l'immeuble ou au seuil de la maison. Avant de commander, mesurez les portes, couloirs, escaliers et la cabine d'ascenseur et comparez-les aux dimensions du meuble et de ses colis ; si le meuble ne passe pas, signalez-le dans les 14 jours suivant la livraison.",
    keywords: [
      'étage',
      'escalier',
      'ascenseur',
      'pièce',
      'monter',
      "pied de l'immeuble",
      'passe pas',
    ],
    questionEn: 'Do you deliver upstairs and into the room of my choice?',
    answerEn:
      'Yes, with room-of-choice delivery: the carrier takes the furniture upstairs, by lift or stairs, and places it in the room you want. Standard delivery is to the foot of the building or the doorstep of the house. Before ordering, measure doors, corridors, stairs and the lift car and compare them with the dimensions of the furniture and its parcels; if the furniture does not fit through, report it within 14 days of delivery.',
  },
  {
    slug: 'livraison-colis-abime',
    category: 'delivery',
    question: 'Mon colis est arrivé abîmé, que dois-je faire ?',
    answer:
      "Vérifiez toujours le meuble en présence du livreur. En cas de dommage, inscrivez des réserves précises sur le bon de livraison, par exemple « pied arrière gauche cassé, carton enfoncé » : la seule mention « sous réserve de déballage » n'a aucune valeur. Signalez ensuite le problème au service client dans les 3 jours suivant la livraison, avec des photos du dommage, de l'emballage, de l'étiquette du colis et du bon de livraison, et nous organisons le remplacement.",
    keywords: [
      'abîmé',
      'endommagé',
      'cassé',
      'carton',
      'colis',
      'réserves',
      'bon de livraison',
      'livreur',
      'transporteur',
    ],
    questionEn: 'My parcel arrived damaged. What should I do?',
    answerEn:
      'Always check the furniture while the delivery driver is there. If anything is damaged, write precise reservations on the delivery note, for example "back left leg broken, box crushed": a bare "subject to unpacking" has no value. Then report the problem to customer service within 3 days of delivery, with photos of the damage, the packaging, the parcel label and the delivery note, and we will arrange a replacement.',
  },
  {
    slug: 'livraison-article-manquant',
    category: 'delivery',
    question: "Il manque un colis ou ce n'est pas le bon article, comment faire ?",
    answer:
      "Un meuble peut être livré en plusieurs colis : comptez-les à la réception et notez tout colis manquant sur le bon de livraison. Signalez un colis manquant ou un article différent de votre commande dans les 3 jours suivant la livraison, avec une photo de l'étiquette. Pour des vis ou des pièces de montage manquantes découvertes au déballage, vous disposez de 14 jours : nous vous envoyons les pièces gratuitement.",
    keywords: [
      'manquant',
      'manque',
      'colis',
      'mauvais article',
      'erreur',
      'vis',
      'pièces',
      'incomplet',
    ],
    questionEn: 'A parcel is missing or I received the wrong item. What should I do?',
    answerEn:
      'A piece of furniture may come in several parcels: count them on receipt and note any missing parcel on the delivery note. Report a missing parcel or an item that differs from your order within 3 days of delivery, with a photo of the label. For screws or assembly parts found missing when unpacking, you have 14 days: we send the parts free of charge.',
  },
  {
    slug: 'livraison-montage',
    category: 'delivery',
    question: 'Le montage de mon meuble est-il inclus ?',
    answer:
      "Les meubles livrés en kit sont accompagnés d'une notice et de la visserie nécessaire ; le montage par nos livreurs peut être ajouté en option à la commande pour la plupart des articles. Les canapés et fauteuils sont livrés prêts à l'emploi, à l'exception des pieds à visser. En cas de pièce manquante ou de difficulté de montage, contactez-nous dans les 14 jours suivant la livraison.",
    keywords: ['montage', 'monter', 'kit', 'notice', 'installation', 'assemblage'],
    questionEn: 'Is assembly included?',
    answerEn:
      'Flat-pack furniture comes with instructions and all the screws and fittings needed; assembly by our delivery team can be added as an option when ordering most items. Sofas and armchairs arrive ready to use, apart from screw-on legs. If a part is missing or assembly is a problem, contact us within 14 days of delivery.',
  },

  // --------------------------------------------------------------- returns
  {
    slug: 'retour-retractation',
    category: 'returns',
    question: 'Puis-je retourner un article commandé en ligne ?',
    answer:
      "Oui. Pour tout achat à distance (site internet, téléphone, chat), vous disposez d'un délai légal de rétractation de 14 jours à compter de la réception de l'article, sans avoir à vous justifier. Informez-nous de votre décision dans ce délai, puis renvoyez l'article dans son emballage d'origine au plus tard 14 jours après nous avoir informés. Les frais de retour restent à votre charge et leur montant estimé vous est communiqué ; les articles fabriqués sur mesure ou personnalisés sont exclus.",
    keywords: [
      'retour',
      'rétractation',
      'renvoyer',
      '14 jours',
      "changer d'avis",
      'annuler',
      'en ligne',
    ],
    questionEn: 'Can I return an item ordered online?',
    answerEn:
      'Yes. For any distance purchase (website, phone, chat) you have a legal 14-day withdrawal period from receipt of the item, with no need to give a reason. Tell us of your decision within that period, then send the item back in its original packaging no later than 14 days after telling us. Return costs are yours and we give you an estimate of them; made-to-measure or personalised items are excluded.',
  },
  {
    slug: 'retour-remboursement',
    category: 'returns',
    question: 'Sous quel délai serai-je remboursé après un retour ?',
    answer:
      "Le remboursement intervient au plus tard 14 jours après réception de votre demande de rétractation, frais de livraison initiaux inclus au tarif standard. Nous pouvons toutefois attendre d'avoir récupéré l'article, ou d'avoir reçu la preuve de son expédition, avant de rembourser. Le remboursement est effectué avec le moyen de paiement utilisé pour la commande.",
    keywords: ['remboursement', 'rembourser', 'remboursé', 'délai', 'argent', 'retour'],
    questionEn: 'How soon will I be refunded after a return?',
    answerEn:
      'The refund is made no later than 14 days after we receive your withdrawal request, including the original delivery charges at the standard rate. We may, however, wait until we have collected the item, or received proof that you sent it, before refunding. The refund uses the payment method of the order.',
  },
  {
    slug: 'retour-echange',
    category: 'returns',
    question: 'Puis-je échanger un meuble contre un autre coloris ou un autre modèle ?',
    answer:
      "Oui, dans les 14 jours suivant la livraison, si l'article n'a pas été utilisé et se trouve dans son emballage d'origine. Contactez-nous avec votre numéro de commande : nous organisons l'enlèvement et la livraison du nouvel article, et la différence de prix éventuelle vous est facturée ou remboursée. Les articles fabriqués sur commande dans un coloris ou une dimension spécifique ne peuvent pas être échangés.",
    keywords: ['échange', 'échanger', 'coloris', 'couleur', 'modèle', 'autre'],
    questionEn: 'Can I exchange a piece of furniture for another colour or model?',
    answerEn:
      'Yes, within 14 days of delivery, if the item has not been used and is in its original packaging. Contact us with your order number: we arrange the collection and the delivery of the new item, and any price difference is charged or refunded to you. Items made to order in a specific colour or size cannot be exchanged.',
  },
  {
    slug: 'retour-dimensions',
    category: 'returns',
    question: 'Le meuble est trop grand ou ne passe pas, que faire ?',
    answer:
      "Signalez-le dans les 14 jours suivant la livraison, avec trois photos : le meuble en entier et un mètre ruban posé sur sa largeur puis sur sa profondeur. Si les dimensions livrées ne correspondent pas à la fiche produit, nous échangeons ou reprenons l'article à nos frais. Si elles sont conformes, nous vous proposons un échange, ou un retour dans le cadre du délai légal de rétractation pour un achat à distance.",
    keywords: ['dimensions', 'taille', 'trop grand', 'ne passe pas', 'mesure', 'encombrement'],
    questionEn: 'The furniture is too big or does not fit through. What can I do?',
    answerEn:
      'Report it within 14 days of delivery, with three photos: the whole piece and a tape measure laid across its width and then its depth. If the delivered dimensions do not match the product page, we exchange or take back the item at our expense. If they do match, we offer you an exchange, or a return within the legal withdrawal period for a distance purchase.',
  },
  {
    slug: 'retour-achat-magasin',
    category: 'returns',
    question: "J'ai acheté en magasin, puis-je me rétracter ?",
    answer:
      "Le droit légal de rétractation de 14 jours ne s'applique pas aux achats effectués en magasin. Nos conseillers peuvent toutefois étudier un échange au cas par cas, si l'article n'a pas été utilisé et n'a pas été fabriqué sur commande. Les garanties (structure, mécanismes, revêtement, coussins) s'appliquent de la même façon, quel que soit le lieu d'achat.",
    keywords: ['magasin', 'rétractation', 'boutique', 'achat en magasin', 'retour'],
    questionEn: 'I bought in store. Can I withdraw from the purchase?',
    answerEn:
      'The legal 14-day right of withdrawal does not apply to purchases made in store. Our advisers can nevertheless consider an exchange case by case, if the item has not been used and was not made to order. The warranties (structure, mechanisms, upholstery, cushions) apply in the same way wherever you bought.',
  },

  // ------------------------------------------------------------------ care
  {
    slug: 'entretien-cuir',
    category: 'care',
    question: 'Comment entretenir un canapé en cuir ?',
    answer:
      "Dépoussiérez le cuir chaque semaine avec un chiffon doux et sec, puis nourrissez-le avec un lait ou un baume spécial cuir tous les 3 à 6 mois. Placez le canapé à au moins 50 cm d'un radiateur et à l'abri du soleil direct pour éviter qu'il ne se dessèche et ne se décolore. N'utilisez jamais de solvant, d'alcool ni de produit ménager ; si un liquide se renverse, épongez aussitôt sans frotter.",
    keywords: ['cuir', 'entretien', 'entretenir', 'nettoyer', 'baume', 'nourrir', 'craquelé'],
    questionEn: 'How do I care for a leather sofa?',
    answerEn:
      'Dust the leather every week with a soft dry cloth, and feed it with a leather lotion or balm every 3 to 6 months. Keep the sofa at least 50 cm from a radiator and out of direct sunlight so that it does not dry out or fade. Never use solvents, alcohol or household cleaners; if a liquid is spilled, blot it at once without rubbing.',
  },
  {
    slug: 'entretien-tissu',
    category: 'care',
    question: 'Comment nettoyer un canapé en tissu ou en velours ?',
    answer:
      'Aspirez le tissu chaque semaine avec une brosse douce et tapotez les coussins pour leur rendre leur volume. En cas de tache, épongez immédiatement avec un chiffon blanc légèrement humide, du bord vers le centre et sans frotter, et testez tout détachant sur une zone cachée. Les housses déhoussables se lavent selon leur étiquette (souvent à 30 °C, sans sèche-linge) ; brossez le velours dans le sens du poil.',
    keywords: [
      'tissu',
      'velours',
      'nettoyer',
      'tache',
      'laver',
      'housse',
      'déhoussable',
      'aspirer',
    ],
    questionEn: 'How do I clean a fabric or velvet sofa?',
    answerEn:
      'Vacuum the fabric every week with a soft brush and plump up the cushions to restore their shape. If something is spilled, blot it immediately with a slightly damp white cloth, from the edge towards the centre and without rubbing, and test any stain remover on a hidden area first. Removable covers are washed as their label says (often at 30 °C, no tumble dryer); brush velvet in the direction of the pile.',
  },
  {
    slug: 'entretien-bois',
    category: 'care',
    question: 'Comment entretenir un meuble en bois massif ?',
    answer:
      "Dépoussiérez avec un chiffon sec ou à peine humide et bien essoré, puis séchez aussitôt. Nourrissez le bois huilé avec une huile d'entretien une à deux fois par an. Évitez la chaleur et le soleil direct, utilisez des dessous de plat et de verre, et maintenez une humidité ambiante entre 40 et 60 % : le bois massif est un matériau vivant, dont la teinte et le veinage varient légèrement.",
    keywords: ['bois', 'chêne', 'massif', 'huile', 'entretien', 'table', 'rayure'],
    questionEn: 'How do I care for solid wood furniture?',
    answerEn:
      'Dust with a dry or barely damp, well wrung-out cloth, then dry immediately. Feed oiled wood with a maintenance oil once or twice a year. Avoid heat and direct sunlight, use trivets and coasters, and keep room humidity between 40 and 60 %: solid wood is a living material whose colour and grain vary slightly.',
  },
  {
    slug: 'entretien-odeur-neuf',
    category: 'care',
    question: 'Mon meuble neuf dégage une odeur, est-ce normal ?',
    answer:
      "Une légère odeur de neuf (colles, mousse, cuir ou vernis) est normale à la livraison. Aérez la pièce chaque jour et laissez le meuble respirer, sans housse plastique : l'odeur disparaît généralement en 2 à 3 semaines. Si elle persiste au-delà ou vous semble anormale, contactez le service client.",
    keywords: ['odeur', 'sent', 'émanation', 'neuf', 'aérer'],
    questionEn: 'My new furniture has a smell. Is that normal?',
    answerEn:
      'A slight new-furniture smell (glue, foam, leather or varnish) is normal on delivery. Air the room every day and let the furniture breathe, without a plastic cover: the smell usually disappears within 2 to 3 weeks. If it lasts longer or seems abnormal, contact customer service.',
  },
  {
    slug: 'entretien-matelas',
    category: 'care',
    question: 'Comment entretenir mon matelas ?',
    answer:
      "Retournez et faites pivoter votre matelas chaque mois pendant les trois premiers mois, puis tous les trois mois, pour répartir l'usure ; un matelas à face unique se fait seulement pivoter. Protégez-le avec une alèse lavable et aérez la chambre chaque matin en laissant le lit ouvert. Le coutil déhoussable se lave selon son étiquette.",
    keywords: ['matelas', 'retourner', 'alèse', 'entretien', 'aérer', 'housse'],
    questionEn: 'How do I look after my mattress?',
    answerEn:
      'Flip and rotate your mattress every month for the first three months, then every three months, to spread the wear; a single-sided mattress is only rotated. Protect it with a washable mattress protector and air the bedroom every morning with the bed left open. The removable cover is washed as its label says.',
  },

  // --------------------------------------------------------------- payment
  {
    slug: 'paiement-moyens',
    category: 'payment',
    question: 'Quels moyens de paiement acceptez-vous ?',
    answer:
      'En ligne et par téléphone, nous acceptons les cartes bancaires CB, Visa et Mastercard, ainsi que le paiement en 3 ou 4 fois par carte. En magasin, vous pouvez aussi régler en espèces dans la limite légale de 1 000 €.',
    keywords: ['paiement', 'payer', 'moyens', 'carte', 'cb', 'visa', 'mastercard', 'espèces'],
    questionEn: 'Which payment methods do you accept?',
    answerEn:
      'Online and by phone we accept CB, Visa and Mastercard bank cards, as well as payment in 3 or 4 instalments by card. In store you can also pay cash up to the legal limit of €1,000.',
  },
  {
    slug: 'paiement-plusieurs-fois',
    category: 'payment',
    question: 'Puis-je payer en 3 ou 4 fois ?',
    answer:
      "Oui, pour toute commande de 150 € à 4 000 €, vous pouvez régler en 3 ou 4 mensualités par carte bancaire, sous réserve d'acceptation par notre partenaire financier. Le paiement en 3 fois est sans frais ; pour le paiement en 4 fois, le montant des frais éventuels est affiché avant la validation. La première échéance est débitée à la commande, les suivantes tous les 30 jours.",
    keywords: [
      '3 fois',
      '4 fois',
      '3x',
      '4x',
      'plusieurs fois',
      'mensualités',
      'échéances',
      'facilités de paiement',
    ],
    questionEn: 'Can I pay in 3 or 4 instalments?',
    answerEn:
      'Yes, for any order from €150 to €4,000 you can pay in 3 or 4 monthly instalments by bank card, subject to approval by our financing partner. Paying in 3 instalments is free of charge; for 4 instalments, any fees are shown before you confirm. The first instalment is charged when you order and the others every 30 days.',
  },
  {
    slug: 'paiement-facture',
    category: 'payment',
    question: 'Comment obtenir ma facture ?',
    answer:
      "Votre facture vous est envoyée par e-mail dès la livraison de votre commande et reste téléchargeable depuis votre espace client. Pour un duplicata ou une facture au nom d'une société, contactez-nous avec votre numéro de commande. La facture sert de preuve d'achat pour la garantie : conservez-la.",
    keywords: ['facture', 'duplicata', 'justificatif', "preuve d'achat", 'société'],
    questionEn: 'How do I get my invoice?',
    answerEn:
      'Your invoice is emailed to you as soon as your order is delivered and can be downloaded from your customer account. For a duplicate or an invoice in a company name, contact us with your order number. The invoice is your proof of purchase for the warranty: keep it.',
  },
  {
    slug: 'paiement-debit',
    category: 'payment',
    question: 'Quand ma carte est-elle débitée ?',
    answer:
      "Le montant est débité à la validation de la commande, ou seulement la première échéance en cas de paiement en 3 ou 4 fois. En cas d'annulation ou de rétractation, le remboursement est effectué sur la carte utilisée.",
    keywords: ['débit', 'débité', 'prélèvement', 'prélevé', 'quand', 'carte'],
    questionEn: 'When is my card charged?',
    answerEn:
      'The amount is charged when the order is confirmed, or only the first instalment when paying in 3 or 4 instalments. If you cancel or withdraw, the refund goes back to the card used.',
  },
  {
    slug: 'paiement-securite',
    category: 'payment',
    question: 'Le paiement en ligne est-il sécurisé ?',
    answer:
      "Oui. Les paiements sont traités par notre prestataire bancaire sur une connexion chiffrée et authentifiés par 3-D Secure, avec une validation dans l'application de votre banque. Nous ne conservons jamais votre numéro de carte complet.",
    keywords: ['sécurité', 'sécurisé', '3d secure', 'fraude', 'carte', 'données bancaires'],
    questionEn: 'Is online payment secure?',
    answerEn:
      "Yes. Payments are processed by our payment provider over an encrypted connection and authenticated with 3-D Secure, with approval in your bank's app. We never store your full card number.",
  },
];
