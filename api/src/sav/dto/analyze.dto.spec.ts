import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { CreateTicketBody } from './analyze.dto';

function invalidFields(body: Record<string, unknown>): string[] {
  return validateSync(plainToInstance(CreateTicketBody, body)).map((e) => e.property);
}

describe('CreateTicketBody', () => {
  const claim = {
    description: 'Le pied avant gauche du canapé est cassé.',
    customer: { email: 'claire.martin@example.fr' },
  };

  it('requires the order number, although the analysis body makes it optional', () => {
    expect(invalidFields(claim)).toEqual(['orderNumber']);
    expect(invalidFields({ ...claim, orderNumber: null })).toEqual(['orderNumber']);
  });

  it('accepts a claim with its order number', () => {
    expect(invalidFields({ ...claim, orderNumber: 'CMD-2026-004512' })).toEqual([]);
  });
});
