import type { Catalog } from './catalog';

export const en: Catalog = {
  'menu.find': 'Find furniture',
  'menu.claim': 'Report a problem',
  'menu.status': 'Track my claim',
  'menu.faq': 'Frequently asked questions',
  'qr.handoff': 'Talk to an advisor',
  'qr.yesThanks': 'Yes, thank you',
  'qr.cheaper': 'Cheaper',
  'qr.noPhoto': "I don't have a photo",
  'qr.cancel': 'Cancel',
  'qr.backToAssistant': 'Back to the assistant',

  'greeting.reply': 'Hello! How can I help you today?',
  'fallback.reply':
    "I'm sorry, I didn't quite understand. Could you rephrase, or choose one of the options below?",
  'language.switched': "Certainly, I'll continue in English. How can I help you?",
  'technical.error':
    'Sorry, a technical problem prevents me from handling your message. Please try again in a moment, or ask to talk to an advisor.',
  'closed.reply':
    'This conversation has ended. Thank you for your visit; you can start a new one at any time.',
  'thanks.reply': "You're welcome! Before you go, could you rate this conversation from 1 to 5?",
  'rating.thanks': "Thank you very much for your rating! I'm here if you need anything else.",
  'cancel.done': "Noted, I've stopped that request. What else can I do for you?",

  'handoff.ack':
    "I'm passing your request to an advisor: a person will reply to you right here as soon as possible.",
  'handoff.repeatedFailure':
    "I can't find your order with these details. I'm passing your request to an advisor, who will reply to you right here as soon as possible.",
  'handoff.back': "I'm back! How can I help you?",

  'faq.menu':
    "I'm listening: warranty, delivery, returns, care or payment. Here are some frequent questions:",
  'faq.q.warranty': 'How long is the warranty?',
  'faq.q.delivery': 'What are the delivery times?',
  'faq.q.returns': 'How do I return an item?',
  'faq.q.care': 'How do I care for a leather sofa?',
  'faq.q.payment': 'Which payment methods do you accept?',
  'faq.followUp': 'Did this answer help you?',
  'faq.notFound':
    "I don't have a ready answer to that question. An advisor can answer you, or you can phrase it differently.",

  'products.askCategory': 'With pleasure! What kind of furniture are you looking for?',
  'products.understood': "I'm searching for: {summary}.",
  'products.found': "Here's what I suggest:",
  'products.relaxed':
    "I found nothing matching all these criteria; leaving out {criterion}, here's what I suggest:",
  'products.none':
    'Unfortunately I found nothing that matches. You can change a criterion (budget, size, colour…) or talk to an advisor.',

  'category.sofa': 'sofa',
  'category.armchair': 'armchair',
  'category.bed': 'bed',
  'category.mattress': 'mattress',
  'category.table': 'table',
  'category.chair': 'chair',
  'category.storage': 'storage unit',
  'category.wardrobe': 'wardrobe',
  'category.bookcase': 'bookcase',
  'category.tv_unit': 'TV unit',
  'category.outdoor': 'garden furniture',

  'criteria.maxPrice': 'under €{amount}',
  'criteria.minPrice': 'over €{amount}',
  'criteria.width': 'at most {width} cm wide',
  'criteria.seats': '{seats} seats',
  'criteria.style': '{style} style',
  'criteria.colors': 'in {colors}',
  'criteria.material': 'in {material}',
  'list.and': ' and ',
  'list.or': ' or ',

  'style.contemporain': 'contemporary',
  'style.scandinave': 'Scandinavian',
  'style.industriel': 'industrial',
  'style.classique': 'classic',
  'style.campagne': 'country',
  'style.design': 'designer',
  'style.vintage': 'vintage',

  'color.gris': 'grey',
  'color.noir': 'black',
  'color.blanc': 'white',
  'color.beige': 'beige',
  'color.bleu': 'blue',
  'color.vert': 'green',
  'color.marron': 'brown',
  'color.taupe': 'taupe',
  'color.anthracite': 'charcoal',
  'color.naturel': 'natural wood',
  'color.cognac': 'cognac',
  'color.moutarde': 'mustard',
  'color.ecru': 'ecru',
  'color.terracotta': 'terracotta',
  'color.rouge': 'red',
  'color.jaune': 'yellow',
  'color.rose': 'pink',

  'material.cuir': 'leather',
  'material.velours': 'velvet',
  'material.tissu': 'fabric',
  'material.chene': 'oak',
  'material.bois': 'wood',
  'material.metal': 'metal',
  'material.verre': 'glass',
  'material.rotin': 'rattan',
  'material.lin': 'linen',
  'material.microfibre': 'microfibre',

  'usage.family': 'for a family',
  'usage.kids': 'suitable for children',
  'usage.pets': 'suitable for pets',
  'usage.smallSpace': 'for a small space',
  'usage.outdoor': 'for outdoors',

  'option.convertible': 'convertible',
  'option.storage': 'with storage',
  'option.relax': 'with recliner function',

  'relax.colors': 'the colour',
  'relax.style': 'the style',
  'relax.material': 'the material',
  'relax.usage': 'the usage',
  'relax.options': 'the options',
  'relax.seats': 'the number of seats',
  'relax.maxWidthCm': 'the width',
  'relax.minPrice': 'the minimum price',

  'claim.askOrder':
    "I'll help you. To find your order, please give me its number (for example CMD-2026-004512) and the e-mail address or postcode used for the order.",
  'claim.askProof':
    'Thank you. To check that order {order} is yours, please give me the e-mail address or postcode used for the order.',
  'claim.askNumber':
    "I also need the order number (for example CMD-2026-004512). To protect your data I don't keep the e-mail address or postcode, so please give them together with the number.",
  'claim.notFound':
    "I can't find any order matching these details. Please check the order number and the e-mail address or postcode used for the order, then try again.",
  'claim.verified': 'Thank you, I found your order {order}.',
  'claim.askProduct': 'Which product is concerned?',
  'claim.productNotUnderstood':
    "I didn't recognise the product. Please choose it from the list or give its number (1, 2…).",
  'claim.askDescription': 'Could you describe the problem with {product}?',
  'claim.askDescriptionGeneric': 'Could you describe the problem?',
  'claim.describeMore':
    'Could you tell me a little more (what is damaged or not working, and since when)?',

  'empathy.calm': "Thank you for these details, I'm taking care of your request.",
  'empathy.concerned': "I understand your concern and I'm dealing with your request right away.",
  'empathy.frustrated': "I'm truly sorry for this inconvenience and I understand your frustration.",
  'empathy.angry':
    'Please accept our sincere apologies: this is not the experience we want to give you. Your request is being handled as a priority.',
  'empathy.urgent': "I'm handling your request urgently.",
  'safety.stop':
    'For your safety, please stop using this furniture and keep children and pets away from it until it has been checked.',

  'evidence.request': 'To process your claim, please send me:',
  'evidence.formats':
    'Accepted formats: JPEG, PNG, WebP or HEIC photos (50 KB to 20 MB), MP4 or MOV videos (100 MB maximum).',
  'evidence.photos.one': '1 photo',
  'evidence.photos.other': '{count} photos',
  'evidence.videos.one': '1 video',
  'evidence.videos.other': '{count} videos',
  'evidence.received.one': 'Thank you, I have received your file.',
  'evidence.received.other': 'Thank you, I have received your {count} files.',
  'evidence.missing': 'Still missing: {missing}.',
  'evidence.infected.one':
    'One file was refused because it may be harmful; please send another one.',
  'evidence.infected.other':
    '{count} files were refused because they may be harmful; please send others.',
  'evidence.unverified.one': 'One file could not be checked; please send it again.',
  'evidence.unverified.other': '{count} files could not be checked; please send them again.',
  'evidence.noneHint':
    "If you don't have a photo, just tell me and I'll pass on your claim as it is.",
  'evidence.detailsNoted': "Thank you, I've added these details to your claim.",

  'shots.structural':
    'A photo of the whole piece\nA close-up photo of the break\nA photo of the context (room, floor, how it is used)\nA video showing the break or the play in the frame',
  'shots.mechanism':
    'A photo of the mechanism closed\nA photo of the mechanism open\nA video showing the fault while it operates',
  'shots.fabric':
    'A close-up photo of the defect\nA photo of the whole piece\nA photo taken in daylight',
  'shots.cushions':
    'A photo of the cushion from above\nA side photo with a height reference (tape measure)',
  'shots.delivery':
    'A photo of the damage\nA photo of the packaging\nA photo of the parcel label\nA photo of the delivery note',
  'shots.dimensions':
    'A photo of the whole piece\nA photo of the tape measure across the width\nA photo of the tape measure across the depth',
  'shots.assembly': 'A photo of the problem (the part or fitting concerned)',
  'shots.smell': 'A photo of the furniture concerned',
  'shots.unknown': 'A photo of the problem',

  'ticket.opened': 'Your claim {reference} has been registered.',
  'ticket.sla':
    '{priority} priority: an advisor will reply within {response} and an intervention is planned within {intervention}.',
  'ticket.emailed': 'A summary has been sent to {email}.',
  'priority.P0': 'Top',
  'priority.P1': 'High',
  'priority.P2': 'Normal',
  'priority.P3': 'Low',
  'duration.hours': '{count} hours',
  'duration.days': '{count} days',

  'decision.auto_resolve': 'Good news: your request can be settled straight away.',
  'decision.technician': 'A technician will contact you to arrange a visit.',
  'decision.escalate': 'An advisor is taking over and will reply to you right here.',
  'resolution.auto_replacement': 'We are arranging a replacement of the item.',
  'resolution.auto_repair': 'We are arranging the repair.',
  'resolution.auto_refund': 'We are processing your refund.',
  'resolution.spare_parts_order': 'The spare part you need is being sent to you.',
  'resolution.customer_education':
    'You will receive our advice to solve the problem (for a smell, for example, airing the room for 2 to 3 weeks).',
  'resolution.not_covered':
    'This problem is not covered by the warranty; we will offer you paid solutions (repair quote, spare part, care kit).',
  'resolution.human_intervention': 'An advisor is reviewing your claim.',
  'resolution.technician_dispatch': 'A technician will come out.',

  'status.new': 'Your claim {reference} has been received and will be reviewed.',
  'status.problem_analysis': 'Your claim {reference} is being analysed.',
  'status.warranty_check': 'We are checking the warranty that applies to your claim {reference}.',
  'status.evidence_collection':
    'Your claim {reference} is waiting for photos or documents from you.',
  'status.priority_assessment': 'We are assessing the priority of your claim {reference}.',
  'status.decision_pending': 'A decision is being made on your claim {reference}.',
  'status.auto_resolved':
    'A solution has been approved for your claim {reference} and is being put in place.',
  'status.escalated_to_human':
    'Your claim {reference} has been passed to an advisor, who will get back to you.',
  'status.awaiting_technician':
    'Your claim {reference} is waiting for a technician, who will contact you to arrange an appointment.',
  'status.in_progress': 'Your claim {reference} is being handled.',
  'status.resolved': 'Your claim {reference} has been resolved.',
  'status.closed': 'Your claim {reference} is closed.',
  'status.cancelled': 'Your claim {reference} has been cancelled.',
  'status.unknown': 'Your claim {reference} is being handled.',
  'status.askReference': 'What is your claim reference? It looks like SAV-2026-000042.',
  'status.needOwnership':
    'To protect your data, I need the number of the order concerned and the e-mail address or postcode used for the order.',
  'status.notOnOrder':
    "I can't find claim {reference} on this order. An advisor can help you if needed.",
};
