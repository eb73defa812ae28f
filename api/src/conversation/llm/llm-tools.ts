/**
 * The two read-only tools the language model may call, bound to the session's
 * ConversationTools. Order verification, claim analysis, ticket creation and ticket status
 * are deliberately NOT offered: they stay in the built-in engine's flow, which checks the
 * order's proof itself. This is why a message like "open a claim on order CMD-…" or
 * "show me ticket SAV-…" cannot make the model act on someone else's order: it has no tool
 * that could.
 */
import { z } from 'zod';
import type { ChatLocale, ConversationTools, FaqAnswer, ProductCard } from '../../chat';
import type { LlmTool, LlmToolCall } from '../../infra/llm';
import { PRODUCT_CATEGORIES, PRODUCT_STYLES } from '../../products';
import { productFacts } from './prompt';

export const SEARCH_PRODUCTS = 'search_products';
export const FIND_FAQ = 'find_faq';
/** Cards a search shows, as many as the built-in engine shows. */
const DEFAULT_LIMIT = 3;
const MAX_LIMIT = 5;

const word = z.string().trim().toLowerCase().min(2).max(30);

export const searchProductsArguments = z
  .object({
    category: z.enum(PRODUCT_CATEGORIES).optional(),
    maxPrice: z.number().positive().max(100_000).optional().describe('Budget in EUR, upper bound'),
    minPrice: z.number().nonnegative().max(100_000).optional(),
    maxWidthCm: z.number().int().min(20).max(1_000).optional().describe('Width available, cm'),
    style: z.enum(PRODUCT_STYLES).optional(),
    colors: z.array(word).max(5).optional().describe('French colour words: noir, gris, beige…'),
    material: word.optional().describe('French material word: cuir, tissu, velours, chêne…'),
    seats: z.number().int().min(1).max(12).optional(),
    usage: z.array(word).max(5).optional(),
    options: z
      .array(z.enum(['convertible', 'storage', 'relax']))
      .max(3)
      .optional(),
    limit: z.number().int().min(1).max(MAX_LIMIT).optional(),
  })
  .strict()
  .refine((a) => a.minPrice === undefined || a.maxPrice === undefined || a.minPrice <= a.maxPrice, {
    message: 'minPrice must not exceed maxPrice',
    path: ['minPrice'],
  });

export const findFaqArguments = z.object({ question: z.string().trim().min(3).max(300) }).strict();

/** The tools' descriptions for the model; the JSON Schemas come from the zod schemas that check them. */
export const LLM_TOOLS: readonly LlmTool[] = [
  {
    name: SEARCH_PRODUCTS,
    description:
      'Search the furniture catalog. Arguments are shopping criteria; returns up to 5 products with their real prices. The products found are shown to the customer as cards.',
    parameters: z.toJSONSchema(searchProductsArguments, { io: 'input' }),
  },
  {
    name: FIND_FAQ,
    description:
      "Find the shop's answer to a general question (delivery, returns, payment, warranty, opening hours). Returns the answer or found=false.",
    parameters: z.toJSONSchema(findFaqArguments, { io: 'input' }),
  },
];

/** What one tool call gave: the message for the model, and what the reply shows. */
export type ToolOutcome =
  | { kind: 'products'; content: string; products: ProductCard[] }
  | { kind: 'faq'; content: string; faq: FaqAnswer | null }
  | { kind: 'invalid'; content: string };

function invalid(reason: string): ToolOutcome {
  return {
    kind: 'invalid',
    content: JSON.stringify({
      error: `Invalid arguments: ${reason}. Fix them or answer without the tool.`,
    }),
  };
}

function parseJson(raw: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: raw.trim() === '' ? {} : (JSON.parse(raw) as unknown) };
  } catch {
    return { ok: false };
  }
}

/**
 * Runs one tool call. Bad arguments (not JSON, wrong shape, unknown tool) give the model an
 * error message to correct, never an exception; a failing tool (database down) does throw,
 * and the engine then falls back to the built-in reply.
 */
export async function runToolCall(
  call: LlmToolCall,
  tools: ConversationTools,
  locale: ChatLocale,
): Promise<ToolOutcome> {
  if (call.name !== SEARCH_PRODUCTS && call.name !== FIND_FAQ) {
    return invalid(
      `unknown tool "${call.name.slice(0, 40)}", use ${SEARCH_PRODUCTS} or ${FIND_FAQ}`,
    );
  }
  const json = parseJson(call.arguments);
  if (!json.ok) return invalid('not valid JSON');
  if (call.name === SEARCH_PRODUCTS) {
    const parsed = searchProductsArguments.safeParse(json.value);
    if (!parsed.success) return invalid(z.prettifyError(parsed.error));
    const { limit, ...criteria } = parsed.data;
    const products = await tools.searchProducts(criteria, limit ?? DEFAULT_LIMIT);
    return {
      kind: 'products',
      products,
      content: JSON.stringify({ products: products.map(productFacts) }),
    };
  }
  const parsed = findFaqArguments.safeParse(json.value);
  if (!parsed.success) return invalid(z.prettifyError(parsed.error));
  const faq = await tools.findFaq(parsed.data.question, locale);
  return {
    kind: 'faq',
    faq,
    content: JSON.stringify(
      faq ? { found: true, question: faq.question, answer: faq.answer } : { found: false },
    ),
  };
}
