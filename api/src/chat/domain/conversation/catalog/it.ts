import type { Catalog } from './catalog';

export const it: Catalog = {
  'menu.find': 'Trovare un mobile',
  'menu.claim': 'Segnalare un problema',
  'menu.status': 'Seguire la mia pratica',
  'menu.faq': 'Domande frequenti',
  'qr.handoff': 'Parlare con un operatore',
  'qr.yesThanks': 'Sì, grazie',
  'qr.cheaper': 'Meno caro',
  'qr.noPhoto': 'Non ho foto',
  'qr.cancel': 'Annulla',
  'qr.backToAssistant': "Torna all'assistente",

  'greeting.reply': 'Buongiorno! Come posso aiutarla oggi?',
  'fallback.reply':
    'Non ho capito bene la sua richiesta. Può riformularla o scegliere una delle opzioni qui sotto?',
  'language.switched': 'Certo, continuo in italiano. Come posso aiutarla?',
  'technical.error':
    'Mi scusi, un problema tecnico mi impedisce di gestire il suo messaggio. Riprovi tra un momento oppure chieda di parlare con un operatore.',
  'closed.reply':
    'Questa conversazione è terminata. Grazie per la visita; può aprirne una nuova in qualsiasi momento.',
  'thanks.reply':
    'Con piacere! Prima di salutarci, potrebbe valutare questa conversazione da 1 a 5?',
  'rating.thanks': 'Grazie mille per la sua valutazione! Resto a sua disposizione.',
  'cancel.done': 'Va bene, interrompo questa richiesta. Cos’altro posso fare per lei?',

  'handoff.ack':
    'Inoltro la sua richiesta a un operatore: una persona le risponderà qui il prima possibile.',
  'handoff.repeatedFailure':
    'Non riesco a trovare il suo ordine con questi dati. Inoltro la sua richiesta a un operatore, che le risponderà qui il prima possibile.',
  'handoff.back': 'Eccomi di nuovo! Come posso aiutarla?',

  'faq.menu':
    'Mi dica pure: garanzia, consegna, resi, manutenzione o pagamento. Ecco alcune domande frequenti:',
  'faq.q.warranty': 'Quanto dura la garanzia?',
  'faq.q.delivery': 'Quali sono i tempi di consegna?',
  'faq.q.returns': 'Come posso fare un reso?',
  'faq.q.care': 'Come si pulisce un divano in pelle?',
  'faq.q.payment': 'Quali metodi di pagamento accettate?',
  'faq.followUp': 'Questa risposta le è stata utile?',
  'faq.notFound':
    'Non ho una risposta pronta a questa domanda. Un operatore può risponderle, oppure può formularla diversamente.',

  'products.askCategory': 'Con piacere! Che tipo di mobile sta cercando?',
  'products.understood': 'Cerco per lei: {summary}.',
  'products.found': 'Ecco cosa le propongo:',
  'products.relaxed':
    'Non ho trovato nulla con tutti questi criteri; senza considerare {criterion}, ecco cosa le propongo:',
  'products.none':
    'Purtroppo non ho trovato nulla di adatto. Può modificare un criterio (budget, dimensioni, colore…) o parlare con un operatore.',

  'category.sofa': 'divano',
  'category.armchair': 'poltrona',
  'category.bed': 'letto',
  'category.mattress': 'materasso',
  'category.table': 'tavolo',
  'category.chair': 'sedia',
  'category.storage': 'cassettiera',
  'category.wardrobe': 'armadio',
  'category.bookcase': 'libreria',
  'category.tv_unit': 'mobile TV',
  'category.outdoor': 'mobili da giardino',

  'criteria.maxPrice': 'meno di {amount} €',
  'criteria.minPrice': 'più di {amount} €',
  'criteria.width': 'larghezza massima {width} cm',
  'criteria.seats': '{seats} posti',
  'criteria.style': 'stile {style}',
  'criteria.colors': 'colore {colors}',
  'criteria.material': 'in {material}',
  'list.and': ' e ',
  'list.or': ' o ',

  'style.contemporain': 'contemporaneo',
  'style.scandinave': 'scandinavo',
  'style.industriel': 'industriale',
  'style.classique': 'classico',
  'style.campagne': 'rustico',
  'style.design': 'design',
  'style.vintage': 'vintage',

  'color.gris': 'grigio',
  'color.noir': 'nero',
  'color.blanc': 'bianco',
  'color.beige': 'beige',
  'color.bleu': 'blu',
  'color.vert': 'verde',
  'color.marron': 'marrone',
  'color.taupe': 'tortora',
  'color.anthracite': 'antracite',
  'color.naturel': 'legno naturale',
  'color.cognac': 'cognac',
  'color.moutarde': 'senape',
  'color.ecru': 'écru',
  'color.terracotta': 'terracotta',
  'color.rouge': 'rosso',
  'color.jaune': 'giallo',
  'color.rose': 'rosa',

  'material.cuir': 'pelle',
  'material.velours': 'velluto',
  'material.tissu': 'tessuto',
  'material.chene': 'rovere',
  'material.bois': 'legno',
  'material.metal': 'metallo',
  'material.verre': 'vetro',
  'material.rotin': 'rattan',
  'material.lin': 'lino',
  'material.microfibre': 'microfibra',

  'usage.family': 'per una famiglia',
  'usage.kids': 'adatto ai bambini',
  'usage.pets': 'adatto agli animali',
  'usage.smallSpace': 'per un piccolo spazio',
  'usage.outdoor': "per l'esterno",

  'option.convertible': 'trasformabile in letto',
  'option.storage': 'con contenitore',
  'option.relax': 'con funzione relax',

  'relax.colors': 'il colore',
  'relax.style': 'lo stile',
  'relax.material': 'il materiale',
  'relax.usage': "l'uso",
  'relax.options': 'le opzioni',
  'relax.seats': 'il numero di posti',
  'relax.maxWidthCm': 'la larghezza',
  'relax.minPrice': 'il prezzo minimo',

  'claim.askOrder':
    "La aiuto volentieri. Per trovare il suo ordine, mi indichi il numero (per esempio CMD-2026-004512) e l'e-mail o il codice postale usati per l'ordine.",
  'claim.askProof':
    "Grazie. Per verificare che l'ordine {order} sia suo, mi indichi l'e-mail o il codice postale usati per l'ordine.",
  'claim.askNumber':
    "Mi serve anche il numero d'ordine (per esempio CMD-2026-004512). Per proteggere i suoi dati non conservo né l'e-mail né il codice postale: li indichi insieme al numero.",
  'claim.notFound':
    "Non trovo alcun ordine corrispondente a questi dati. Verifichi il numero d'ordine e l'e-mail o il codice postale usati per l'ordine, poi riprovi.",
  'claim.verified': 'Grazie, ho trovato il suo ordine {order}.',
  'claim.askProduct': 'Quale prodotto è interessato?',
  'claim.productNotUnderstood':
    'Non ho riconosciuto il prodotto. Lo scelga dalla lista o indichi il suo numero (1, 2…).',
  'claim.askDescription': 'Può descrivermi il problema riscontrato con {product}?',
  'claim.askDescriptionGeneric': 'Può descrivermi il problema riscontrato?',
  'claim.describeMore': 'Può dirmi qualcosa in più (cosa è danneggiato o non funziona, da quando)?',

  'empathy.calm': 'Grazie per queste informazioni, mi occupo della sua richiesta.',
  'empathy.concerned': 'Capisco la sua preoccupazione e mi occupo subito della sua richiesta.',
  'empathy.frustrated': 'Mi dispiace sinceramente per questo disagio e capisco il suo fastidio.',
  'empathy.angry':
    'Le porgiamo le nostre più sincere scuse: non è l’esperienza che vogliamo offrirle. La sua richiesta viene trattata con priorità.',
  'empathy.urgent': 'Tratto la sua richiesta con urgenza.',
  'safety.stop':
    'Per sicurezza, non utilizzi più questo mobile e tenga lontani bambini e animali fino all’intervento.',

  'evidence.request': 'Per gestire la sua pratica, mi invii per favore:',
  'evidence.formats':
    'Formati accettati: foto JPEG, PNG, WebP o HEIC (da 50 KB a 20 MB), video MP4 o MOV (massimo 100 MB).',
  'evidence.photos.one': '1 foto',
  'evidence.photos.other': '{count} foto',
  'evidence.videos.one': '1 video',
  'evidence.videos.other': '{count} video',
  'evidence.received.one': 'Grazie, ho ricevuto il suo file.',
  'evidence.received.other': 'Grazie, ho ricevuto i suoi {count} file.',
  'evidence.missing': 'Mancano ancora: {missing}.',
  'evidence.infected.one':
    'Un file è stato rifiutato perché potrebbe essere pericoloso; ne invii un altro, per favore.',
  'evidence.infected.other':
    '{count} file sono stati rifiutati perché potrebbero essere pericolosi; ne invii altri, per favore.',
  'evidence.unverified.one':
    'Non è stato possibile verificare un file; lo invii di nuovo, per favore.',
  'evidence.unverified.other':
    'Non è stato possibile verificare {count} file; li invii di nuovo, per favore.',
  'evidence.noneHint': 'Se non ha foto, me lo dica pure: trasmetterò la sua pratica così com’è.',
  'evidence.detailsNoted': 'Grazie, ho aggiunto queste informazioni alla sua pratica.',

  'shots.structural':
    'Una foto del mobile intero\nUna foto ravvicinata della rottura\nUna foto del contesto (stanza, pavimento, posizione d’uso)\nUn video che mostri la rottura o il gioco della struttura',
  'shots.mechanism':
    'Una foto del meccanismo chiuso\nUna foto del meccanismo aperto\nUn video che mostri il difetto durante il funzionamento',
  'shots.fabric':
    'Una foto ravvicinata del difetto\nUna foto del mobile intero\nUna foto alla luce del giorno',
  'shots.cushions':
    'Una foto del cuscino dall’alto\nUna foto di profilo con un riferimento di altezza (metro)',
  'shots.delivery':
    'Una foto dei danni\nUna foto dell’imballaggio\nUna foto dell’etichetta del pacco\nUna foto della bolla di consegna',
  'shots.dimensions':
    'Una foto del mobile intero\nUna foto del metro sulla larghezza\nUna foto del metro sulla profondità',
  'shots.assembly': 'Una foto del problema (pezzo o fissaggio interessato)',
  'shots.smell': 'Una foto del mobile interessato',
  'shots.unknown': 'Una foto del problema',

  'ticket.opened': 'La sua pratica {reference} è stata registrata.',
  'ticket.sla':
    'Priorità {priority}: un operatore le risponde entro {response} e un intervento è previsto entro {intervention}.',
  'ticket.emailed': 'Un riepilogo è stato inviato a {email}.',
  'priority.P0': 'massima',
  'priority.P1': 'alta',
  'priority.P2': 'normale',
  'priority.P3': 'bassa',
  'duration.hours': '{count} ore',
  'duration.days': '{count} giorni',

  'decision.auto_resolve': 'Buone notizie: la sua richiesta può essere risolta subito.',
  'decision.technician': 'Un tecnico la contatterà per concordare un intervento.',
  'decision.escalate': 'Un operatore prende in carico la pratica e le risponderà qui.',
  'resolution.auto_replacement': "Organizziamo la sostituzione dell'articolo.",
  'resolution.auto_repair': 'Organizziamo la riparazione.',
  'resolution.auto_refund': 'Procediamo al suo rimborso.',
  'resolution.spare_parts_order': 'Le inviamo il pezzo di ricambio necessario.',
  'resolution.customer_education':
    'Riceverà i nostri consigli per risolvere il problema (per un odore, per esempio, arieggiare la stanza per 2-3 settimane).',
  'resolution.not_covered':
    'Questo problema non è coperto dalla garanzia; le proporremo soluzioni a pagamento (preventivo di riparazione, pezzo di ricambio, kit di manutenzione).',
  'resolution.human_intervention': 'Un operatore sta esaminando la sua pratica.',
  'resolution.technician_dispatch': 'Interverrà un tecnico.',

  'status.new': 'La sua pratica {reference} è stata ricevuta e verrà esaminata.',
  'status.problem_analysis': 'La sua pratica {reference} è in fase di analisi.',
  'status.warranty_check': 'Stiamo verificando la garanzia per la sua pratica {reference}.',
  'status.evidence_collection':
    'Per la sua pratica {reference} attendiamo foto o documenti da parte sua.',
  'status.priority_assessment': 'Stiamo valutando la priorità della sua pratica {reference}.',
  'status.decision_pending': 'È in corso una decisione sulla sua pratica {reference}.',
  'status.auto_resolved':
    'Per la sua pratica {reference} è stata approvata una soluzione, che è in corso di attuazione.',
  'status.escalated_to_human':
    'La sua pratica {reference} è stata affidata a un operatore, che la ricontatterà.',
  'status.awaiting_technician':
    'La sua pratica {reference} è in attesa di un tecnico, che la contatterà per fissare un appuntamento.',
  'status.in_progress': 'La sua pratica {reference} è in lavorazione.',
  'status.resolved': 'La sua pratica {reference} è stata risolta.',
  'status.closed': 'La sua pratica {reference} è chiusa.',
  'status.cancelled': 'La sua pratica {reference} è stata annullata.',
  'status.unknown': 'La sua pratica {reference} è in lavorazione.',
  'status.askReference':
    'Qual è il riferimento della sua pratica? Ha questa forma: SAV-2026-000042.',
  'status.needOwnership':
    "Per proteggere i suoi dati, mi servono il numero dell'ordine interessato e l'e-mail o il codice postale usati per l'ordine.",
  'status.notOnOrder':
    'Non trovo la pratica {reference} in questo ordine. Un operatore può aiutarla, se necessario.',
};
