import type { ChatLocale } from './locales';

/** What the chat says on its own, per language (sites may override the greeting). */
export interface ChatMessages {
  greeting: string;
  /** Asked once a claim of the conversation is resolved (ratings/rating-request.listener.ts). */
  ratingRequest: string;
  /** The answer to a customer's rating. */
  ratingThanks: string;
}

export const CHAT_MESSAGES: Record<ChatLocale, ChatMessages> = {
  fr: {
    greeting:
      'Bonjour ! Je suis l’assistant de Meuble de France. Je peux vous aider à choisir un meuble, suivre une commande ou signaler un problème.',
    ratingRequest:
      'Votre demande {reference} est résolue. Êtes-vous satisfait(e) de notre service ? Donnez-nous une note de 1 (pas du tout) à 5 (très satisfait).',
    ratingThanks: 'Merci pour votre note ! Elle nous aide à améliorer notre service.',
  },
  en: {
    greeting:
      'Hello! I am the Meuble de France assistant. I can help you choose furniture, track an order or report a problem.',
    ratingRequest:
      'Your request {reference} has been resolved. How satisfied are you with our service? Please rate us from 1 (not at all) to 5 (very satisfied).',
    ratingThanks: 'Thank you for your rating! It helps us improve our service.',
  },
  de: {
    greeting:
      'Hallo! Ich bin der Assistent von Meuble de France. Ich helfe Ihnen gern bei der Möbelauswahl, der Verfolgung einer Bestellung oder der Meldung eines Problems.',
    ratingRequest:
      'Ihre Anfrage {reference} wurde gelöst. Wie zufrieden sind Sie mit unserem Service? Bitte bewerten Sie uns von 1 (gar nicht) bis 5 (sehr zufrieden).',
    ratingThanks: 'Vielen Dank für Ihre Bewertung! Sie hilft uns, unseren Service zu verbessern.',
  },
  it: {
    greeting:
      'Buongiorno! Sono l’assistente di Meuble de France. Posso aiutarla a scegliere un mobile, seguire un ordine o segnalare un problema.',
    ratingRequest:
      'La sua richiesta {reference} è stata risolta. Quanto è soddisfatto del nostro servizio? Ci dia un voto da 1 (per niente) a 5 (molto soddisfatto).',
    ratingThanks: 'Grazie per il suo voto! Ci aiuta a migliorare il nostro servizio.',
  },
  ar: {
    greeting:
      'مرحبًا! أنا مساعد Meuble de France. يمكنني مساعدتك في اختيار قطعة أثاث أو تتبّع طلب أو الإبلاغ عن مشكلة.',
    ratingRequest:
      'تمّت معالجة طلبك {reference}. ما مدى رضاك عن خدمتنا؟ يُرجى تقييمنا من 1 (غير راضٍ إطلاقًا) إلى 5 (راضٍ جدًا).',
    ratingThanks: 'شكرًا على تقييمك! فهو يساعدنا على تحسين خدمتنا.',
  },
};
