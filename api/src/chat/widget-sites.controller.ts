import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Access } from '../common/auth/access.decorator';
import { CreateWidgetSiteBody, UpdateWidgetSiteBody, WidgetSiteView } from './dto/widget-site.dto';
import { WidgetSitesService } from './widget-sites.service';

@ApiTags('widget-sites')
@ApiForbiddenResponse({ description: 'Administrators only' })
@Controller('widget-sites')
export class WidgetSitesController {
  constructor(private readonly sites: WidgetSitesService) {}

  @Get()
  @Access({ roles: ['admin'] })
  @ApiOperation({ summary: 'The sites the chat widget may be embedded on' })
  @ApiOkResponse({ type: [WidgetSiteView] })
  list(): Promise<WidgetSiteView[]> {
    return this.sites.list();
  }

  @Post()
  @Access({ roles: ['admin'] })
  @ApiOperation({ summary: 'Register a site; its public site key is generated' })
  @ApiCreatedResponse({ type: WidgetSiteView })
  @ApiBadRequestResponse({ description: 'Invalid fields, listed in errors' })
  create(@Body() body: CreateWidgetSiteBody): Promise<WidgetSiteView> {
    return this.sites.create(body);
  }

  @Patch(':id')
  @Access({ roles: ['admin'] })
  @ApiOperation({ summary: 'Change a site (only the fields given; theme and greeting as a whole)' })
  @ApiOkResponse({ type: WidgetSiteView })
  @ApiBadRequestResponse({ description: 'Invalid fields or id' })
  @ApiNotFoundResponse({ description: 'No such widget site' })
  update(@Param('id') id: string, @Body() body: UpdateWidgetSiteBody): Promise<WidgetSiteView> {
    return this.sites.update(id, body);
  }
}
