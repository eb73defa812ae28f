import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Access } from '../common/auth/access.decorator';
import { CurrentPrincipal, type Principal, principalKey } from '../common/auth/principal';
import { NotFoundError } from '../common/problem/domain-error';
import { CreateTicketBody } from './dto/analyze.dto';
import { TICKET_REFERENCE, TicketListQuery, UpdateTicketBody } from './dto/ticket.dto';
import { TicketDetailView, TicketPage } from './dto/ticket-view.dto';
import { TicketsService } from './tickets.service';

function checkReference(reference: string): string {
  if (!TICKET_REFERENCE.test(reference))
    throw new NotFoundError(`No ticket ${reference.slice(0, 40)}.`);
  return reference;
}

/** Who a timeline entry names: `user:<id>` for staff, `key:<id>` for a partner system. */
function actorOf(principal: Principal | undefined): string {
  return principal ? principalKey(principal) : 'system';
}

@ApiTags('tickets')
@Controller('tickets')
export class TicketsController {
  constructor(private readonly tickets: TicketsService) {}

  @Post()
  @Access({ roles: ['agent', 'admin'], scopes: ['tickets:write'] })
  @ApiOperation({
    summary: 'Open a ticket for a claim on a known order (e-mail must match the order)',
  })
  @ApiCreatedResponse({
    type: TicketDetailView,
    description: 'The ticket, analysed, with its reference and timeline',
  })
  @ApiBadRequestResponse({ description: 'Invalid input' })
  @ApiNotFoundResponse({ description: 'No order matches this number and e-mail' })
  create(
    @Body() body: CreateTicketBody,
    @CurrentPrincipal() principal: Principal | undefined,
  ): Promise<TicketDetailView> {
    return this.tickets.create(
      body,
      principal?.kind === 'apiKey' ? 'partner' : 'agent',
      actorOf(principal),
    );
  }

  @Get()
  @Access({ roles: ['agent', 'admin'], scopes: ['tickets:read'] })
  @ApiOperation({ summary: 'The ticket queue, most urgent first' })
  @ApiOkResponse({ type: TicketPage })
  list(@Query() query: TicketListQuery): Promise<TicketPage> {
    return this.tickets.list(query);
  }

  // GET /tickets/:reference lives in the tickets workspace module (with messages and evidence).

  @Patch(':reference')
  @Access({ roles: ['agent', 'admin'], scopes: ['tickets:write'] })
  @ApiOperation({
    summary: 'Change status (legal transitions only), assignee, priority; add a note',
  })
  @ApiOkResponse({ type: TicketDetailView, description: 'The updated ticket' })
  @ApiConflictResponse({ description: 'Illegal status transition; nothing changed' })
  update(
    @Param('reference') reference: string,
    @Body() body: UpdateTicketBody,
    @CurrentPrincipal() principal: Principal | undefined,
  ): Promise<TicketDetailView> {
    return this.tickets.update(checkReference(reference), body, actorOf(principal));
  }
}
