import { Body, Controller, Get, Headers, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Access } from '../common/auth/access.decorator';
import { ChatSessionsService } from './chat-sessions.service';
import {
  ChatHistoryView,
  ChatSessionListQuery,
  ChatSessionPage,
  ChatSessionView,
  CreateChatSessionBody,
} from './dto/chat-session.dto';

@ApiTags('chat')
@Controller('chat/sessions')
export class ChatSessionsController {
  constructor(private readonly sessions: ChatSessionsService) {}

  @Post()
  @Access({ public: true })
  @ApiOperation({
    summary: "Open a chat from a page of a widget site (the browser's Origin must be allowed)",
  })
  @ApiHeader({ name: 'Origin', required: true, example: 'https://www.meuble-de-france.fr' })
  @ApiCreatedResponse({ type: ChatSessionView })
  @ApiBadRequestResponse({ description: 'Invalid fields' })
  @ApiForbiddenResponse({
    description: 'Unknown or inactive site key, or a page origin the site does not allow',
  })
  start(
    @Body() body: CreateChatSessionBody,
    @Headers('origin') origin: string | undefined,
  ): Promise<ChatSessionView> {
    return this.sessions.start(body, origin);
  }

  @Get()
  @Access({ roles: ['agent', 'admin'] })
  @ApiOperation({ summary: 'Conversations, e.g. ?state=handoff for those waiting for a person' })
  @ApiOkResponse({ type: ChatSessionPage })
  list(@Query() query: ChatSessionListQuery): Promise<ChatSessionPage> {
    return this.sessions.list(query);
  }

  @Get(':id/messages')
  @Access({ customer: true, sessionParam: 'id', roles: ['agent', 'admin'] })
  @ApiOperation({ summary: "The conversation so far (the customer's own session, or staff)" })
  @ApiOkResponse({ type: ChatHistoryView })
  @ApiForbiddenResponse({ description: "Another customer's session" })
  @ApiNotFoundResponse({ description: 'No such chat session' })
  history(@Param('id') id: string): Promise<ChatHistoryView> {
    return this.sessions.history(id);
  }
}
