import { Controller, Get, Header, Headers, Param } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Access } from '../common/auth/access.decorator';
import { ChatSessionsService } from './chat-sessions.service';
import { SiteKeyParams, WidgetAppearanceView } from './dto/chat-session.dto';

@ApiTags('chat')
@Controller('chat/sites')
export class ChatSitesController {
  constructor(private readonly sessions: ChatSessionsService) {}

  @Get(':siteKey/appearance')
  @Access({ public: true })
  // A site's theme changes seldom; the browser keeps it a few minutes (per page origin).
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({
    summary:
      "A widget site's look, for the widget to wear before a chat is opened (the browser's Origin must be allowed)",
  })
  @ApiHeader({ name: 'Origin', required: true, example: 'https://www.meuble-de-france.fr' })
  @ApiOkResponse({ type: WidgetAppearanceView })
  @ApiBadRequestResponse({ description: 'Not a site key' })
  @ApiForbiddenResponse({
    description: 'Unknown or inactive site key, or a page origin the site does not allow',
  })
  appearance(
    @Param() params: SiteKeyParams,
    @Headers('origin') origin: string | undefined,
  ): Promise<WidgetAppearanceView> {
    return this.sessions.appearance(params.siteKey, origin);
  }
}
