import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Access } from '../../common/auth/access.decorator';
import { ConversationRatingView, RateConversationBody } from './dto/rating.dto';
import { RatingsService } from './ratings.service';

@ApiTags('chat')
@Controller('chat/sessions')
export class RatingsController {
  constructor(private readonly ratings: RatingsService) {}

  @Post(':id/rating')
  @Access({ customer: true, sessionParam: 'id' })
  @ApiOperation({
    summary: 'Rate the conversation from 1 to 5 (CSAT); a second rating replaces the first',
  })
  @ApiCreatedResponse({ type: ConversationRatingView, description: 'First rating' })
  @ApiOkResponse({ type: ConversationRatingView, description: 'Replaced an earlier rating' })
  @ApiBadRequestResponse({
    description: 'Score not a whole number from 1 to 5, or comment too long',
  })
  @ApiForbiddenResponse({ description: "Another customer's session" })
  @ApiNotFoundResponse({ description: 'No such chat session' })
  async rate(
    @Param('id') id: string,
    @Body() body: RateConversationBody,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ConversationRatingView> {
    const rating = await this.ratings.rate(id, body);
    res.status(rating.replaced ? 200 : 201);
    return rating;
  }
}
