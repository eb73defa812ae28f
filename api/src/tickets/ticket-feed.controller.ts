import { Controller, Get, Req, Res } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Access } from '../common/auth/access.decorator';
import { SSE_HEARTBEAT_MS, SseStream } from '../common/http/sse';
import { TicketFeedEventView } from './dto/ticket-feed.dto';
import { TicketFeedService } from './ticket-feed.service';

/** How long the console waits before reconnecting after the stream drops. */
export const TICKET_FEED_RETRY_MS = 3_000;

const STREAM_DESCRIPTION = `Server-sent events (text/event-stream) of every ticket change, for the console's queue.

The stream starts with \`retry: ${TICKET_FEED_RETRY_MS}\`, then one frame per committed change (a ticket opened
from a chat, by an agent or a partner; a status, priority or assignment change; a note; evidence received;
the customer's answer to the recap), from whichever API instance made it:

    event: ticket
    data: {"reference":"SAV-2026-000042","status":"in_progress","previousStatus":"escalated_to_human","priority":"P1","change":"status","sessionId":null,"at":"2026-11-02T09:30:00.000Z"}

\`data\` is one line of JSON (TicketFeedEventView). Frames carry no id and nothing is replayed: after a
reconnection, reload the list. Comment lines (\`: keep-alive\`) are sent every ${SSE_HEARTBEAT_MS / 1000} s.`;

/** The live ticket queue of the console. Declared before the workspace's `:reference` routes. */
@ApiTags('tickets')
@Controller('tickets')
export class TicketFeedController {
  constructor(private readonly feed: TicketFeedService) {}

  @Get('events')
  @Access({ roles: ['agent', 'admin'] })
  @ApiOperation({ summary: 'Live ticket changes for staff', description: STREAM_DESCRIPTION })
  @ApiProduces('text/event-stream')
  @ApiExtraModels(TicketFeedEventView)
  @ApiOkResponse({
    description: 'An endless text/event-stream of `ticket` frames (data: TicketFeedEventView)',
    content: { 'text/event-stream': { schema: { type: 'string' } } },
  })
  @ApiUnauthorizedResponse({ description: 'No or an expired access token' })
  @ApiForbiddenResponse({ description: 'Not staff (a customer session, a partner API key)' })
  async stream(@Req() req: Request, @Res() res: Response): Promise<void> {
    // Headers go out once the subscription is live: a console that has the
    // response misses nothing published from then on. Until then, frames wait.
    const opened: { stream?: SseStream } = {};
    const waiting: ((stream: SseStream) => void)[] = [];
    const write = (frame: (stream: SseStream) => void) =>
      opened.stream ? frame(opened.stream) : waiting.push(frame);
    const stop = await this.feed.follow({
      event: (event) => write((stream) => stream.send('ticket', event)),
      end: () => write((stream) => stream.end()),
    });
    const sse = new SseStream(req, res);
    opened.stream = sse;
    sse.retry(TICKET_FEED_RETRY_MS);
    for (const frame of waiting.splice(0)) frame(sse);
    sse.onClose(stop);
  }
}
