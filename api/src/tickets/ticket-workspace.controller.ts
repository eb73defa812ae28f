import { Body, Controller, Get, Param, Post, Req, Res, StreamableFile } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ChatMessageView } from '../chat';
import { Access } from '../common/auth/access.decorator';
import { CurrentPrincipal, type Principal } from '../common/auth/principal';
import { ForbiddenError, NotFoundError } from '../common/problem/domain-error';
import { dossierFileName, renderDossierPdf } from './dossier-pdf';
import {
  AgentMessageBody,
  ClaimDossierView,
  TICKET_REFERENCE_PATTERN,
  TicketWorkspaceView,
} from './dto/ticket-workspace.dto';
import { TicketWorkspaceService } from './ticket-workspace.service';

function checkReference(reference: string): string {
  if (!TICKET_REFERENCE_PATTERN.test(reference))
    throw new NotFoundError(`No ticket ${reference.slice(0, 40)}.`);
  return reference;
}

/** The agents' workspace on one ticket. */
@ApiTags('tickets')
@Controller('tickets')
export class TicketWorkspaceController {
  constructor(private readonly workspace: TicketWorkspaceService) {}

  @Get(':reference')
  @Access({ roles: ['agent', 'admin'], scopes: ['tickets:read'] })
  @ApiOperation({
    summary:
      'A ticket with its analysis, timeline, conversation transcript, evidence, recap and validation',
  })
  @ApiOkResponse({ type: TicketWorkspaceView, description: 'The ticket as an agent works on it' })
  @ApiNotFoundResponse()
  get(@Param('reference') reference: string): Promise<TicketWorkspaceView> {
    return this.workspace.detail(checkReference(reference));
  }

  @Get(':reference/dossier')
  @Access({ roles: ['agent', 'admin'], scopes: ['tickets:read'] })
  @ApiOperation({
    summary: 'The complete claim file: JSON, or a PDF download with Accept: application/pdf',
  })
  @ApiExtraModels(ClaimDossierView)
  @ApiOkResponse({
    description:
      'Customer, order with lines, product, analysis with every priority factor, warranty, evidence (sha256, scan status), timeline, transcript, recap and validation',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(ClaimDossierView) } },
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
    },
  })
  @ApiNotFoundResponse()
  async dossier(
    @Param('reference') reference: string,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ClaimDossierView | StreamableFile> {
    const dossier = await this.workspace.dossier(checkReference(reference));
    // Personal data: no shared cache keeps it.
    res.setHeader('Cache-Control', 'no-store');
    res.vary('Accept');
    if (req.accepts(['application/json', 'application/pdf']) !== 'application/pdf') return dossier;
    const pdf = await renderDossierPdf(dossier);
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: `attachment; filename="${dossierFileName(dossier.reference)}"`,
      length: pdf.length,
    });
  }

  @Post(':reference/messages')
  @Access({ roles: ['agent', 'admin'] })
  @ApiOperation({
    summary: "Write to the customer in the ticket's chat conversation (delivered live)",
  })
  @ApiCreatedResponse({ type: ChatMessageView, description: 'The stored message' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The ticket has no chat conversation (partner ticket)' })
  reply(
    @Param('reference') reference: string,
    @Body() body: AgentMessageBody,
    @CurrentPrincipal() principal: Principal | undefined,
  ): Promise<ChatMessageView> {
    if (principal?.kind !== 'staff') throw new ForbiddenError('Only staff write to customers.');
    return this.workspace.reply(checkReference(reference), body.text, {
      userId: principal.userId,
    });
  }
}
