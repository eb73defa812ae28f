import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Access } from '../../common/auth/access.decorator';
import { isEventId, lastEventId, SseStream } from '../../common/http/sse';
import { ChatSessionsService } from '../chat-sessions.service';
import type { ChatEventView } from './chat-events';
import { ChatEventsQuery, TypingBody } from './chat-events.dto';
import { ChatEventsService } from './chat-events.service';

/** How long EventSource waits before reconnecting after the stream drops. */
export const CHAT_EVENTS_RETRY_MS = 3_000;

/** The `data:` line of a frame: the event's own fields, then where and when. */
export function chatEventFrameData(event: ChatEventView): Record<string, unknown> {
  return { ...event.data, sessionId: event.sessionId, createdAt: event.createdAt };
}

const STREAM_DESCRIPTION = `Server-sent events (text/event-stream) of one conversation, for EventSource.

The stream starts with \`retry: ${CHAT_EVENTS_RETRY_MS}\`. A client that reconnects
with \`Last-Event-ID\` (or \`?lastEventId=\` when it cannot set headers; the header wins)
first receives every event stored after that id, oldest first (events are kept 7 days),
then live events, each once and in order. A new client (no id) receives what happens from
now on, and a frame carrying only \`id: <latest>\` so that its first reconnection resumes
from there. Comment lines (\`: keep-alive\`) are sent every 15 s.

Each event is one frame:

    id: 1042
    event: ticket
    data: {"reference":"SAV-2026-000123","status":"in_progress","priority":"P1","sessionId":"…","createdAt":"2026-11-02T09:30:00.000Z"}

\`data\` is one line of JSON: the event's fields, plus \`sessionId\` and \`createdAt\` (ISO-8601).
Events (\`event:\`):
- \`message\` {message: ChatMessageView}: a stored line of the conversation (bot or agent reply)
- \`typing\` {active, clientId?}: an agent is typing; replayed on reconnection too, so compare \`createdAt\` and let it expire after a few seconds
- \`ticket\` {reference, status, priority}: a ticket of this conversation was opened or changed status or priority
- \`state\` {state}: the conversation's state changed (\`handoff\` when a person takes over)
- \`rating_request\` {ticketReference?}: the customer is asked for a 1–5 rating

Errors before the stream starts are problem+json: 401, 403 (another customer's session), 404 (unknown session).`;

@ApiTags('chat')
@Controller('chat/sessions')
export class ChatEventsController {
  constructor(
    private readonly events: ChatEventsService,
    private readonly sessions: ChatSessionsService,
  ) {}

  @Get(':id/events')
  @Access({ customer: true, sessionParam: 'id', roles: ['agent', 'admin'] })
  @ApiOperation({
    summary: "Live events of a conversation (the customer's own session, or staff)",
    description: STREAM_DESCRIPTION,
  })
  @ApiProduces('text/event-stream')
  @ApiHeader({
    name: 'Last-Event-ID',
    required: false,
    description: 'The id of the last event received; the events after it are sent first',
  })
  @ApiOkResponse({
    description: 'An endless text/event-stream',
    content: { 'text/event-stream': { schema: { type: 'string' } } },
  })
  @ApiBadRequestResponse({ description: 'lastEventId is not an event id' })
  @ApiForbiddenResponse({ description: "Another customer's session" })
  @ApiNotFoundResponse({ description: 'No such chat session' })
  async stream(
    @Param('id') id: string,
    @Query() query: ChatEventsQuery,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    // Checked before any byte is written, so an unknown session is a plain 404.
    await this.sessions.getSession(id);
    const after =
      lastEventId(req) ?? (isEventId(query.lastEventId) ? query.lastEventId : undefined);
    // Headers go out once the subscription is live: a client that has the
    // response misses nothing published from then on. Until then, frames wait.
    const opened: { stream?: SseStream } = {};
    const waiting: ((stream: SseStream) => void)[] = [];
    const write = (frame: (stream: SseStream) => void) =>
      opened.stream ? frame(opened.stream) : waiting.push(frame);
    const stop = await this.events.follow(id, after, {
      event: (event) =>
        write((stream) => stream.send(event.type, chatEventFrameData(event), event.id)),
      position: (eventId) => write((stream) => stream.position(eventId)),
      end: () => write((stream) => stream.end()),
    });
    const sse = new SseStream(req, res);
    opened.stream = sse;
    sse.retry(CHAT_EVENTS_RETRY_MS);
    for (const frame of waiting.splice(0)) frame(sse);
    sse.onClose(stop);
  }

  @Post(':id/typing')
  @HttpCode(204)
  @Access({ roles: ['agent', 'admin'] })
  @ApiOperation({ summary: 'Tell the customer an agent is typing (or stopped)' })
  @ApiNoContentResponse({ description: 'Published to the conversation as a `typing` event' })
  @ApiBadRequestResponse({ description: 'Invalid fields' })
  @ApiNotFoundResponse({ description: 'No such chat session' })
  async typing(@Param('id') id: string, @Body() body: TypingBody): Promise<void> {
    await this.sessions.getSession(id);
    await this.events.typing(id, body.active, body.clientId);
  }
}
