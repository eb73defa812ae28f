import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiExtraModels,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Access } from '../common/auth/access.decorator';
import { CurrentPrincipal, type Principal } from '../common/auth/principal';
import { SseStream } from '../common/http/sse';
import { ConversationService, type TurnOutcome } from './conversation.service';
import { SendMessageBody, TurnView } from './dto/message.dto';

/** Words per `delta` event when a reply is streamed. */
const WORDS_PER_DELTA = 4;

@ApiTags('chat')
@Controller('chat/sessions')
export class ChatMessagesController {
  constructor(private readonly conversations: ConversationService) {}

  @Post(':id/messages')
  @HttpCode(200)
  @Access({ customer: true, sessionParam: 'id', roles: ['agent', 'admin'] })
  @ApiOperation({
    summary:
      'Send a message: the customer gets the assistant reply; an agent writes to the customer',
    description:
      'The message is stored before anything answers it. With `Accept: text/event-stream` the reply streams as `delta` {text} events as it is written, then `message` {message, reply} with the reply as stored (its text wins over the deltas: the assistant may fall back to a plainer answer), then `done` {state}; a failure after the stream opened is an `error` event. A customer message sent again with the same `clientMessageId` is neither stored nor answered again: the answer is the one given the first time (streamed as one `delta`, `message` and `done`).',
  })
  @ApiHeader({ name: 'Accept', required: false, example: 'text/event-stream' })
  @ApiExtraModels(TurnView)
  @ApiOkResponse({
    description: 'The turn as JSON, or the reply as server-sent events',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(TurnView) } },
      'text/event-stream': { schema: { type: 'string' } },
    },
  })
  @ApiBadRequestResponse({ description: 'Empty or too long text, unknown attachments' })
  @ApiForbiddenResponse({ description: "Another customer's session" })
  @ApiNotFoundResponse({ description: 'No such chat session' })
  async send(
    @Param('id') id: string,
    @Body() body: SendMessageBody,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<TurnView | undefined> {
    const wantsStream =
      req.accepts(['application/json', 'text/event-stream']) === 'text/event-stream';
    if (principal.kind === 'staff') {
      const message = await this.conversations.agentReply(id, body.text, principal.userId);
      const outcome = { message, reply: null, state: (await this.conversations.stateOf(id)).state };
      if (!wantsStream) return outcome;
      this.finish(new SseStream(req, res), outcome, '');
      return undefined;
    }
    // The stream opens with the first piece of the reply: a refusal before it is still problem+json.
    let stream: SseStream | undefined;
    let streamed = '';
    const onDelta = wantsStream
      ? (text: string) => {
          stream ??= new SseStream(req, res);
          streamed += text;
          stream.send('delta', { text });
        }
      : undefined;
    let outcome: TurnOutcome;
    try {
      outcome = await this.conversations.customerTurn(id, body, { onDelta });
    } catch (err) {
      if (!stream) throw err;
      // Headers are gone: the failure travels as an event; the message itself is stored.
      stream.send('error', { status: 500, title: 'The reply could not be completed' });
      stream.end();
      return undefined;
    }
    const { repeated, ...answer } = outcome;
    if (!wantsStream) return answer;
    this.finish(stream ?? new SseStream(req, res), answer, streamed, repeated);
    return undefined;
  }

  /**
   * Ends a streamed turn: the reply's text in `delta` pieces when nothing was
   * streamed yet (in one piece for a resent message: it was written before),
   * then `message` with the reply as stored (when the assistant fell back to a
   * plainer answer after streaming, its text replaces the deltas), then `done`.
   */
  private finish(
    stream: SseStream,
    outcome: TurnOutcome,
    streamed: string,
    repeated = false,
  ): void {
    if (repeated && outcome.reply) stream.send('delta', { text: outcome.reply.text });
    else if (!streamed) {
      const words = outcome.reply?.text.split(/(?<=\s)/) ?? [];
      for (let i = 0; i < words.length; i += WORDS_PER_DELTA) {
        stream.send('delta', { text: words.slice(i, i + WORDS_PER_DELTA).join('') });
      }
    }
    stream.send('message', { message: outcome.message, reply: outcome.reply });
    stream.send('done', { state: outcome.state });
    stream.end();
  }
}
