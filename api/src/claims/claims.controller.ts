import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiConsumes,
  ApiExtraModels,
  ApiGoneResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Access } from '../common/auth/access.decorator';
import { ConflictError, DomainError } from '../common/problem/domain-error';
import { ClaimConfirmationsService } from './claim-confirmations.service';
import { renderConfirmPage, renderLinkErrorPage } from './domain/confirm-page';
import { CLAIM_LOCALES } from './domain/messages';
import { ClaimConfirmationView, ConfirmClaimBody } from './dto/confirm.dto';

/** A browser following the e-mail link asks for HTML; API clients get JSON. */
function wantsHtml(req: Request): boolean {
  return req.accepts(['application/json', 'text/html']) === 'text/html';
}

/** The link's own path, without any query: the forms post back to it. */
function ownPath(req: Request): string {
  return req.originalUrl.split('?')[0] ?? '';
}

/** The page of a link that cannot be used, in the browser's language when we speak it. */
function sendLinkError(req: Request, res: Response, err: unknown): void {
  if (!(err instanceof DomainError) || (err.status !== 404 && err.status !== 410)) throw err;
  const locale = req.acceptsLanguages([...CLAIM_LOCALES]) || null;
  res
    .status(err.status)
    .type('html')
    .send(renderLinkErrorPage(locale, err.status === 410 ? 'expired' : 'invalid'));
}

/** The recap link customers receive by e-mail (public: the signed token is the credential). */
@ApiTags('claims')
@Controller('claims')
export class ClaimsController {
  constructor(private readonly confirmations: ClaimConfirmationsService) {}

  @Get('confirm/:token')
  @Access({ public: true })
  @ApiOperation({
    summary: 'The recap behind an e-mail link (JSON, or an HTML page with forms for a browser)',
  })
  @ApiExtraModels(ClaimConfirmationView)
  @ApiOkResponse({
    description: 'The recap as JSON, or the confirmation page for a browser',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(ClaimConfirmationView) } },
      'text/html': { schema: { type: 'string' } },
    },
  })
  @ApiNotFoundResponse({ description: 'Unknown, tampered or foreign link' })
  @ApiGoneResponse({ description: 'The link has expired' })
  async view(
    @Param('token') token: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    // The token is a credential: no cache may keep the answer.
    res.setHeader('Cache-Control', 'no-store');
    res.vary('Accept');
    if (!wantsHtml(req)) {
      res.status(200).json((await this.confirmations.view(token)).view);
      return;
    }
    try {
      const { view, locale } = await this.confirmations.view(token);
      res
        .status(200)
        .type('html')
        .send(
          renderConfirmPage({
            locale,
            card: view.recap,
            validation: view.validation,
            action: ownPath(req),
          }),
        );
    } catch (err) {
      sendLinkError(req, res, err);
    }
  }

  @Post('confirm/:token')
  @HttpCode(200)
  @Access({ public: true })
  @ApiOperation({
    summary: 'Confirm the recap, correct it, or cancel the claim',
    description:
      '{confirm: true} → validated; {confirm: false, correction} → corrected (the text is kept on the ticket); {confirm: false} → cancelled. Only the validation changes: the ticket status is left to agents, even when the customer cancels. Also accepts a browser form (application/x-www-form-urlencoded, Accept: text/html), answered with a 303 redirect to the page.',
  })
  @ApiConsumes('application/json', 'application/x-www-form-urlencoded')
  @ApiOkResponse({ type: ClaimConfirmationView })
  @ApiBadRequestResponse({ description: 'Invalid body' })
  @ApiNotFoundResponse({ description: 'Unknown, tampered or foreign link' })
  @ApiGoneResponse({ description: 'The link has expired' })
  @ApiConflictResponse({ description: 'Already answered; `validation` says how' })
  async answer(
    @Param('token') token: string,
    @Body() body: ConfirmClaimBody,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    res.vary('Accept');
    if (!wantsHtml(req)) {
      res.status(200).json((await this.confirmations.answer(token, body)).view);
      return;
    }
    try {
      await this.confirmations.answer(token, body);
    } catch (err) {
      // Already answered: the page says how. A bad or expired link gets its own page.
      if (!(err instanceof ConflictError)) return sendLinkError(req, res, err);
    }
    // Post/redirect/get: the page shows the answer, and a reload posts nothing twice.
    res.redirect(303, ownPath(req));
  }
}
