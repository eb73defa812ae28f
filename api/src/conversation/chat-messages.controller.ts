import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
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
      'The message is stored before anything answers it. With `Accept: text/event-stream` the reply streams as `delta` {text} events, then `message` {the full reply, or null}, then `done` {state}.',
  })
  @ApiHeader({ name: 'Accept', required: false, example: 'text/event-stream' })
  @ApiProduces('application/json', 'text/event-stream')
  @ApiOkResponse({ type: TurnView })
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
    const outcome: TurnOutcome =
      principal.kind === 'staff'
        ? {
            message: await this.conversations.agentReply(id, body.text, principal.userId),
            reply: null,
            state: (await this.conversations.stateOf(id)).state,
          }
        : await this.conversations.customerTurn(id, body);
    if (req.accepts(['application/json', 'text/event-stream']) !== 'text/event-stream') {
      return outcome;
    }
    const stream = new SseStream(req, res);
    const words = outcome.reply?.text.split(/(?<=\s)/) ?? [];
    for (let i = 0; i < words.length; i += WORDS_PER_DELTA) {
      stream.send('delta', { text: words.slice(i, i + WORDS_PER_DELTA).join('') });
    }
    stream.send('message', { message: outcome.message, reply: outcome.reply });
    stream.send('done', { state: outcome.state });
    stream.end();
    return undefined;
  }
}
