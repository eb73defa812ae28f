import type { ConversationTools } from '../../chat';
import { LLM_TOOLS, runToolCall } from './llm-tools';

function tools(): ConversationTools & { searched: unknown[][] } {
  const searched: unknown[][] = [];
  const fail = () => Promise.reject(new Error('not offered to the model'));
  return {
    searched,
    searchProducts: (...args) => {
      searched.push(args);
      return Promise.resolve([]);
    },
    findFaq: () => Promise.resolve(null),
    verifyOrder: fail,
    analyzeClaim: fail,
    openTicket: fail,
    ticketStatus: fail,
  };
}

const call = (name: string, args: string) => ({ id: 'c1', name, arguments: args });

describe('tools offered to the language model', () => {
  it('offers only the two read-only tools, with JSON Schemas that refuse unknown fields', () => {
    expect(LLM_TOOLS.map((t) => t.name)).toEqual(['search_products', 'find_faq']);
    for (const tool of LLM_TOOLS) {
      expect(tool.parameters).toMatchObject({ type: 'object', additionalProperties: false });
    }
    expect(Object.keys(LLM_TOOLS[0].parameters.properties as object)).toContain('maxWidthCm');
  });

  it('searches with the criteria, three cards unless told otherwise, words folded to lower case', async () => {
    const t = tools();
    const outcome = await runToolCall(
      call('search_products', '{"category":"sofa","colors":[" Gris "],"maxPrice":1500}'),
      t,
      'fr',
    );
    expect(outcome).toEqual({ kind: 'products', products: [], content: '{"products":[]}' });
    expect(t.searched).toEqual([[{ category: 'sofa', colors: ['gris'], maxPrice: 1500 }, 3]]);
  });

  it('takes empty arguments as an empty criteria object', async () => {
    const t = tools();
    await runToolCall(call('search_products', ''), t, 'fr');
    expect(t.searched).toEqual([[{}, 3]]);
  });

  it.each([
    ['a minimum above the maximum', '{"minPrice":2000,"maxPrice":1000}', 'minPrice'],
    ['an unknown field', '{"orderNumber":"CMD-2026-000001"}', 'orderNumber'],
    ['a limit too high', '{"limit":50}', 'limit'],
  ])('refuses %s with a message naming it', async (_label, args, field) => {
    const t = tools();
    const outcome = await runToolCall(call('search_products', args), t, 'fr');
    expect(outcome.kind).toBe('invalid');
    expect(outcome.content).toContain(field);
    expect(t.searched).toHaveLength(0);
  });
});
