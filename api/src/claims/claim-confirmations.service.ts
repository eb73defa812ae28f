import { Injectable } from '@nestjs/common';
import { InvalidInputError, NotFoundError } from '../common/problem/domain-error';
import { TicketsService } from '../sav';
import { ClaimLinks } from './claim-links';
import type { ClaimConfirmationView, ConfirmClaimBody } from './dto/confirm.dto';
import { RecapService } from './recap.service';

/** A confirmation view, plus the ticket's locale for the page (not part of the JSON answer). */
export interface ClaimConfirmation {
  view: ClaimConfirmationView;
  locale: string | null;
}

/** The customer's side of the recap link: read the recap, confirm it, correct it or cancel. */
@Injectable()
export class ClaimConfirmationsService {
  constructor(
    private readonly links: ClaimLinks,
    private readonly tickets: TicketsService,
    private readonly recaps: RecapService,
  ) {}

  /** The recap behind a link (404 tampered or unknown, 410 expired), whatever was answered. */
  async view(token: string): Promise<ClaimConfirmation> {
    const { ticketId, expiresAt } = this.links.open(token);
    const record = await this.tickets.claimRecord(ticketId);
    // An erased ticket leaves a valid signature pointing at nothing: as unknown as a bad link.
    if (!record) throw new NotFoundError('No claim for this link.');
    return {
      locale: record.locale,
      view: {
        reference: record.reference,
        recap: await this.recaps.cardOf(record),
        validation: record.validation,
        validatedAt: record.validatedAt?.toISOString() ?? null,
        expiresAt: expiresAt.toISOString(),
      },
    };
  }

  /** The customer's answer, once (409 with the answer already given). */
  async answer(token: string, body: ConfirmClaimBody): Promise<ClaimConfirmation> {
    if (body.confirm && body.correction !== undefined) {
      throw new InvalidInputError('A correction goes with confirm: false.', [
        { field: 'correction', message: 'correction is only accepted with confirm: false' },
      ]);
    }
    const { ticketId } = this.links.open(token);
    const record = await this.tickets.claimRecord(ticketId);
    if (!record) throw new NotFoundError('No claim for this link.');
    await this.tickets.recordValidation(
      record.id,
      body.confirm
        ? { validation: 'validated' }
        : body.correction !== undefined
          ? { validation: 'corrected', correction: body.correction }
          : { validation: 'cancelled' },
      new Date(),
    );
    return this.view(token);
  }
}
