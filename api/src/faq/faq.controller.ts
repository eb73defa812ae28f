import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../common/auth/access.decorator';
import { FaqQuery, FaqView, FaqVoteBody } from './dto/faq.dto';
import { FaqService } from './faq.service';

@ApiTags('faq')
@Controller('faq')
export class FaqController {
  constructor(private readonly faq: FaqService) {}

  @Get()
  @Access({ customer: true, roles: ['agent', 'admin'], scopes: ['faq:read'] })
  @ApiOperation({ summary: 'Search the FAQ (best answers first)' })
  @ApiOkResponse({ type: [FaqView] })
  search(@Query() query: FaqQuery): Promise<FaqView[]> {
    return this.faq.search(query);
  }

  @Post(':id/vote')
  @HttpCode(200)
  @Access({ customer: true, roles: ['agent', 'admin'] })
  @ApiOperation({ summary: 'Vote an answer useful or not' })
  @ApiOkResponse({ type: FaqView })
  @ApiNotFoundResponse({ description: 'No such FAQ entry' })
  vote(@Param('id') id: string, @Body() body: FaqVoteBody): Promise<FaqView> {
    return this.faq.vote(id, body.useful);
  }
}
