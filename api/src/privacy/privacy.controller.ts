import { Controller, Delete, Get, HttpCode, Param, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Access } from '../common/auth/access.decorator';
import { CurrentPrincipal, type Principal, principalKey } from '../common/auth/principal';
import { CustomerDataExport, CustomerErasureView } from './dto/privacy.dto';
import { PrivacyService } from './privacy.service';

const EMAIL_PARAM = {
  name: 'email',
  example: 'jeanne.dupont@example.fr',
  description: 'The customer’s e-mail address, matched whatever its case',
};

/** The customer's name for the file: never the address (it would reach browser histories). */
function exportFileName(exportedAt: string): string {
  return `customer-data-${exportedAt.slice(0, 10)}.json`;
}

/** Privacy requests of customers (GDPR access and erasure), carried out by an administrator. */
@ApiTags('privacy')
@Controller('privacy/customers')
export class PrivacyController {
  constructor(private readonly privacy: PrivacyService) {}

  @Get(':email/export')
  @Access({ roles: ['admin'] })
  @ApiOperation({
    summary:
      'Everything held about a customer: customer records, orders, tickets with their timeline, conversations with their messages, ratings, files (metadata and storage keys), e-mail copies',
  })
  @ApiParam(EMAIL_PARAM)
  @ApiOkResponse({
    type: CustomerDataExport,
    description:
      'A JSON download (Content-Disposition: attachment); empty lists when nothing is held',
    headers: {
      'Content-Disposition': {
        description: 'attachment; filename="customer-data-YYYY-MM-DD.json"',
        schema: { type: 'string' },
      },
    },
  })
  @ApiBadRequestResponse({ description: 'Not an e-mail address' })
  async export(
    @Param('email') email: string,
    @CurrentPrincipal() principal: Principal | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CustomerDataExport> {
    const data = await this.privacy.export(email, actor(principal));
    // Personal data: no shared cache keeps it.
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${exportFileName(data.exportedAt)}"`,
    );
    return data;
  }

  @Delete(':email')
  @HttpCode(200)
  @Access({ roles: ['admin'] })
  @ApiOperation({
    summary:
      'Erase a customer: personal data deleted or anonymised, files deleted from storage, cached state dropped, open conversations ended',
    description:
      'Idempotent: a repeated request, or one for an address nothing is held about, answers zero counts.',
  })
  @ApiParam(EMAIL_PARAM)
  @ApiOkResponse({ type: CustomerErasureView, description: 'What was erased, by kind' })
  @ApiBadRequestResponse({ description: 'Not an e-mail address' })
  @ApiServiceUnavailableResponse({
    description: 'File storage or the shared store is down: nothing is lost, repeat the request',
  })
  erase(
    @Param('email') email: string,
    @CurrentPrincipal() principal: Principal | undefined,
  ): Promise<CustomerErasureView> {
    return this.privacy.erase(email, actor(principal));
  }
}

function actor(principal: Principal | undefined): string {
  return principal ? principalKey(principal) : 'unknown';
}
