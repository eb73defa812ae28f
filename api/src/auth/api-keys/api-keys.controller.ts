import { Body, Controller, Delete, Get, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Access } from '../../common/auth/access.decorator';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal';
import { SecurityEvents } from '../security-events';
import { ApiKeysService } from './api-keys.service';
import { ApiKeyView, CreateApiKeyBody, CreatedApiKeyView } from './dto/api-key.dto';

@ApiTags('api-keys')
@ApiBearerAuth()
@Controller('api-keys')
export class ApiKeysController {
  constructor(
    private readonly keys: ApiKeysService,
    private readonly events: SecurityEvents,
  ) {}

  @Get()
  @Access({ roles: ['admin'] })
  @ApiOperation({ summary: 'Partner API keys (never the keys themselves)' })
  @ApiOkResponse({ type: [ApiKeyView] })
  list(): Promise<ApiKeyView[]> {
    return this.keys.list();
  }

  @Post()
  @Access({ roles: ['admin'] })
  @ApiOperation({ summary: 'Create a key with scopes; the key is in this answer only' })
  @ApiCreatedResponse({ type: CreatedApiKeyView })
  @ApiBadRequestResponse({ description: 'Unknown scope, past expiry…' })
  async create(
    @Body() body: CreateApiKeyBody,
    @CurrentPrincipal() principal: Principal | undefined,
  ): Promise<CreatedApiKeyView> {
    const createdBy = principal?.kind === 'staff' ? principal.userId : null;
    const created = await this.keys.create(body, createdBy);
    this.events.record('api_key_created', { keyId: created.id, by: createdBy ?? undefined });
    return created;
  }

  @Delete(':id')
  @Access({ roles: ['admin'] })
  @ApiOperation({ summary: 'Revoke a key at once' })
  @ApiOkResponse({ type: ApiKeyView })
  @ApiNotFoundResponse()
  async revoke(
    @Param('id') id: string,
    @CurrentPrincipal() principal: Principal | undefined,
  ): Promise<ApiKeyView> {
    const revoked = await this.keys.revoke(id);
    this.events.record('api_key_revoked', {
      keyId: revoked.id,
      by: principal?.kind === 'staff' ? principal.userId : undefined,
    });
    return revoked;
  }
}
