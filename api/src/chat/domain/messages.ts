import type { ChatLocale } from './locales';

/** What the chat says on its own, per language (sites may override the greeting). */
export interface ChatMessages {
  greeting: string;
}

export const CHAT_MESSAGES: Record<ChatLocale, ChatMessages> = {
  fr: {
    greeting:
      'Bonjour ! Je suis l’assistant de Meuble de France. Je peux vous aider à choisir un meuble, suivre une commande ou signaler un problème.',
  },
  en: {
    greeting:
      'Hello! I am the Meuble de France assistant. I can help you choose furniture, track an order or report a problem.',
  },
  de: {
    greeting:
      'Hallo! Ich bin der Assistent von Meuble de France. Ich helfe Ihnen gern bei der Möbelauswahl, der Verfolgung einer Bestellung oder der Meldung eines Problems.',
  },
  it: {
    greeting:
      'Buongiorno! Sono l’assistente di Meuble de France. Posso aiutarla a scegliere un mobile, seguire un ordine o segnalare un problema.',
  },
  ar: {
    greeting:
      'مرحبًا! أنا مساعد Meuble de France. يمكنني مساعدتك في اختيار قطعة أثاث أو تتبّع طلب أو الإبلاغ عن مشكلة.',
  },
};
