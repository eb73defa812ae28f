/**
 * The open conversation (states browsing, faq, claim_submitted): greetings, FAQ answers,
 * product advice, thanks and rating, and the doors to a claim, a status check or a person.
 */
import { startClaim } from './claim-flow';
import { relaxCriteria, mergeCriteria } from './criteria';
import {
  categoryQuickReplies,
  criteriaSummary,
  faqQuickReplies,
  menuQuickReplies,
  relaxedCriterionLabel,
} from './phrases';
import { statusTurn } from './status-flow';
import { answer, handOff, localeOf, say, sentences, withMenu, type Turn } from './turn';
import type { ConversationState, ProductCard, TurnResult } from './types';

/** How many product cards a reply shows. */
export const PRODUCTS_PER_REPLY = 3;
const RATING_CHOICES = ['1', '2', '3', '4', '5'];

const shoppingQuickReplies = (turn: Turn): string[] => [
  say(turn, 'qr.cheaper'),
  say(turn, 'qr.handoff'),
  say(turn, 'menu.claim'),
];

function rememberShown(turn: Turn, products: readonly ProductCard[]): void {
  turn.context.lastProducts = products.map((p) => p.sku);
  turn.context.lastPrices = products.map((p) => p.promoPrice ?? p.price);
}

/** Product advice: criteria merged, one search, one relaxed search if nothing matched. */
export async function productSearchTurn(turn: Turn): Promise<TurnResult> {
  const { context, reading, tools } = turn;
  const locale = localeOf(turn);
  const criteria = mergeCriteria(
    context.criteria ?? {},
    reading.criteria,
    context.lastPrices ?? [],
  );
  context.criteria = criteria;
  if (!criteria.category) {
    return answer(turn, 'browsing', {
      text: say(turn, 'products.askCategory'),
      quickReplies: categoryQuickReplies(locale),
    });
  }
  const understood = say(turn, 'products.understood', {
    summary: criteriaSummary(locale, criteria),
  });
  let products = await tools.searchProducts(criteria, PRODUCTS_PER_REPLY);
  let intro = say(turn, 'products.found');
  if (products.length === 0) {
    const relaxed = relaxCriteria(criteria);
    if (relaxed) {
      products = await tools.searchProducts(relaxed.criteria, PRODUCTS_PER_REPLY);
      intro = say(turn, 'products.relaxed', {
        criterion: relaxedCriterionLabel(locale, relaxed.dropped),
      });
      if (products.length > 0) context.criteria = relaxed.criteria;
    }
  }
  rememberShown(turn, products);
  if (products.length === 0) {
    return answer(turn, 'browsing', {
      text: sentences(understood, say(turn, 'products.none')),
      quickReplies: [say(turn, 'qr.handoff'), say(turn, 'menu.find')],
    });
  }
  return answer(turn, 'browsing', {
    text: sentences(understood, intro),
    products: [...products],
    quickReplies: shoppingQuickReplies(turn),
  });
}

/** The FAQ's answer to the message, when it has one. */
async function faqAnswer(turn: Turn): Promise<TurnResult | undefined> {
  const found = await turn.tools.findFaq(turn.reading.text, localeOf(turn));
  if (!found) return undefined;
  return answer(turn, 'faq', {
    text: `${found.answer}\n\n${say(turn, 'faq.followUp')}`,
    faq: { id: found.id, question: found.question },
    quickReplies: [say(turn, 'qr.yesThanks'), say(turn, 'qr.handoff')],
  });
}

function thanksTurn(turn: Turn, state: ConversationState): TurnResult {
  turn.context.awaitingRating = true;
  return answer(turn, state, {
    text: say(turn, 'thanks.reply'),
    ratingRequest: true,
    quickReplies: RATING_CHOICES,
  });
}

async function questionTurn(turn: Turn): Promise<TurnResult> {
  const faq = await faqAnswer(turn);
  if (faq) return faq;
  if (turn.reading.criteria.category || turn.context.criteria?.category) {
    const { category, ...said } = turn.reading.criteria;
    if (category || Object.keys(said).length > 0) return productSearchTurn(turn);
  }
  return answer(turn, 'browsing', {
    text: say(turn, 'faq.notFound'),
    quickReplies: [say(turn, 'qr.handoff'), ...menuQuickReplies(localeOf(turn))],
  });
}

/** Whatever the customer says outside a claim and outside a handoff. */
export async function conversationTurn(turn: Turn, state: ConversationState): Promise<TurnResult> {
  const { reading, context } = turn;
  const settled: ConversationState =
    state === 'faq' || state === 'claim_submitted' ? state : 'browsing';
  if (reading.intent === 'rating') {
    context.awaitingRating = false;
    return { ...withMenu(turn, settled, say(turn, 'rating.thanks')), rating: reading.rating };
  }
  if (context.awaitingRating) context.awaitingRating = false;
  if (turn.switchRequested && (reading.intent === 'unknown' || reading.intent === 'greeting')) {
    return withMenu(turn, 'browsing', say(turn, 'language.switched'));
  }
  switch (reading.intent) {
    case 'handoff':
      return handOff(turn, 'customer_request', say(turn, 'handoff.ack'));
    case 'cancel':
      delete context.claim;
      delete context.pendingTicketReference;
      return withMenu(turn, 'browsing', say(turn, 'cancel.done'));
    case 'status':
      return statusTurn(turn, 'browsing');
    case 'claim':
      return startClaim(turn);
    case 'goodbye':
    case 'thanks':
      return thanksTurn(turn, settled);
    case 'question':
      return questionTurn(turn);
    case 'product_search': {
      const faq =
        reading.looksLikeQuestion && !reading.criteria.category ? await faqAnswer(turn) : undefined;
      return faq ?? productSearchTurn(turn);
    }
    case 'faq_menu':
      return answer(turn, 'faq', {
        text: say(turn, 'faq.menu'),
        quickReplies: faqQuickReplies(localeOf(turn)),
      });
    case 'greeting':
    case 'back_to_assistant':
      return withMenu(turn, 'browsing', say(turn, 'greeting.reply'));
    default: {
      // A word or two ("ok", "hmm") is no question for the FAQ.
      const faq = reading.tokens.length >= 2 ? await faqAnswer(turn) : undefined;
      return faq ?? withMenu(turn, 'browsing', say(turn, 'fallback.reply'));
    }
  }
}
