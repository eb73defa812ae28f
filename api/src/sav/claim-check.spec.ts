import { InvalidInputError } from '../common/problem/domain-error';
import { createValidationPipe } from '../common/problem/validation';
import { checkClaim, claimInputOf, isClaimBody, type ClaimBody } from './claim-check';
import { analyzeTask } from './claim-analysis.worker';
import { analyzeClaim } from './domain/analyze';
import { AnalyzeClaimBody } from './dto/analyze.dto';

const pipe = createValidationPipe();

/** What the global pipe makes of a body: the claim's fields, or the field errors of its 400. */
async function throughPipe(body: unknown): Promise<object> {
  try {
    const claim = await pipe.transform(structuredClone(body), {
      type: 'body',
      metatype: AnalyzeClaimBody,
    });
    return { ...(claim as object) };
  } catch (err) {
    if (!(err instanceof InvalidInputError)) throw err;
    return err.errors;
  }
}

function throughCheck(body: ClaimBody): object {
  const checked = checkClaim(structuredClone(body));
  return Array.isArray(checked) ? checked : { ...checked };
}

const DESCRIPTION = 'Le pied du canapé est cassé net.';

describe('isClaimBody', () => {
  it.each([
    ['a claim', { description: DESCRIPTION, previousClaims: 2 }],
    ['an empty object', {}],
    ['plain values of every kind', { a: 'x', b: 1.5, c: true, d: null }],
    ['a parsed JSON object', JSON.parse('{"description":"x","productValue":12}')],
  ])('takes %s', (_, body) => {
    expect(isClaimBody(body)).toBe(true);
  });

  it.each([
    ['null', null],
    ['a string', 'description'],
    ['a number', 3],
    ['an array', [{ description: DESCRIPTION }]],
    ['a nested object', { description: DESCRIPTION, customer: { email: 'a@b.fr' } }],
    ['a nested array', { description: DESCRIPTION, tags: ['a'] }],
    ['a __proto__ key', JSON.parse(`{"description":"${DESCRIPTION}","__proto__":{"x":1}}`)],
    ['a constructor key', { description: DESCRIPTION, constructor: 'x' }],
    ['a prototype key', { description: DESCRIPTION, prototype: 'x' }],
    ['an object without prototype', Object.assign(Object.create(null), { description: 'x' })],
    ['a class instance', new AnalyzeClaimBody()],
    ['a function value', { description: DESCRIPTION, f: () => 1 }],
  ])('leaves %s to the validation pipe', (_, body) => {
    expect(isClaimBody(body)).toBe(false);
  });
});

describe('checkClaim gives the answer of the validation pipe', () => {
  const bodies: [string, ClaimBody][] = [
    ['a bare claim', { description: DESCRIPTION }],
    [
      'a full claim',
      {
        description: DESCRIPTION,
        orderNumber: 'cmd-2026-004512',
        productSku: 'CAN-OSLO-3P-NOI',
        purchaseDate: '2026-05-02',
        deliveryDate: '2026-05-20T10:30:00+02:00',
        customerTier: 'gold',
        previousClaims: 3,
        productValue: 1299.5,
      },
    ],
    ['an empty body', {}],
    ['a description too short', { description: 'ab' }],
    ['a description of the wrong type', { description: 42 }],
    ['a null description', { description: null }],
    ['null optional fields', { description: DESCRIPTION, orderNumber: null, productValue: null }],
    ['unknown fields', { description: DESCRIPTION, status: 'resolved', admin: true }],
    [
      'every field wrong',
      {
        description: '',
        orderNumber: 'CMD 2026',
        productSku: 'can-oslo',
        purchaseDate: '2026-W05-3',
        deliveryDate: '2026-02-30',
        customerTier: 'platinum',
        previousClaims: 1.5,
        productValue: 12.345,
        extra: 'x',
      },
    ],
    ['numbers as strings', { description: DESCRIPTION, previousClaims: '2', productValue: '10' }],
    ['values out of range', { description: DESCRIPTION, previousClaims: -1, productValue: 2e6 }],
    ['booleans', { description: true, customerTier: false }],
    ['a date without its day', { description: DESCRIPTION, purchaseDate: '2026-05' }],
    ['a description too long', { description: 'x'.repeat(5001) }],
  ];

  it.each(bodies)('%s', async (_, body) => {
    expect(throughCheck(body)).toEqual(await throughPipe(body));
  });

  it('reports the errors of the table (the comparison is not between two empty answers)', () => {
    const answers = bodies.map(([, body]) => checkClaim(body));
    expect(answers.filter(Array.isArray)).toHaveLength(11);
    const everyField = checkClaim(bodies[8][1]) as { field: string }[];
    expect(new Set(everyField.map((e) => e.field))).toEqual(
      new Set([
        'description',
        'orderNumber',
        'productSku',
        'purchaseDate',
        'deliveryDate',
        'customerTier',
        'previousClaims',
        'productValue',
        'extra',
      ]),
    );
  });
});

describe('a claim body as the workers answer it', () => {
  const now = new Date('2026-11-20T10:00:00Z');

  it('analyses a claim that names no order and no product', () => {
    const body = {
      description: DESCRIPTION,
      purchaseDate: '2025-03-01T18:00:00Z',
      customerTier: 'vip',
      previousClaims: 1,
      productValue: 899,
    };
    const input = claimInputOf(checkClaim(body) as AnalyzeClaimBody, now);
    expect(input).toEqual({
      description: DESCRIPTION,
      now,
      purchaseDate: new Date('2025-03-01T00:00:00Z'),
      deliveryDate: undefined,
      customerTier: 'vip',
      previousClaims: 1,
      productValue: 899,
    });
    const answer = analyzeTask({ body, now }) as { json: Uint8Array };
    expect(new TextDecoder().decode(answer.json)).toBe(JSON.stringify(analyzeClaim(input)));
  });

  it('hands back a checked claim that names an order or a product, to look them up first', () => {
    const named: ClaimBody[] = [
      { orderNumber: 'CMD-2026-004512' },
      { productSku: 'CAN-OSLO-3P-NOI' },
    ];
    for (const fields of named) {
      const body = { description: DESCRIPTION, ...fields };
      expect(analyzeTask({ body, now })).toEqual({ claim: expect.objectContaining(body) });
    }
  });

  it('answers the rules a body breaks', () => {
    expect(analyzeTask({ body: { description: 'ab', x: 1 }, now })).toEqual({
      errors: [
        { field: 'x', message: 'property x should not exist' },
        {
          field: 'description',
          message: 'description must be longer than or equal to 3 characters',
        },
      ],
    });
  });
});
