import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Access } from '../common/auth/access.decorator';
import { AnalyzeClaimBody } from './dto/analyze.dto';
import { ClaimAnalysisView } from './dto/claim-analysis.dto';
import { SavService } from './sav.service';

@ApiTags('after-sales')
@Controller('sav')
export class SavController {
  constructor(private readonly sav: SavService) {}

  @Post('analyze')
  @HttpCode(200)
  @Access({ roles: ['agent', 'admin'], scopes: ['sav:analyze'] })
  @ApiOperation({
    summary:
      'Assess a claim: category, severity, 8-factor priority, SLA, tone, warranty, evidence, decision',
  })
  @ApiBody({ type: AnalyzeClaimBody })
  @ApiOkResponse({ type: ClaimAnalysisView })
  @ApiBadRequestResponse({ description: 'Invalid input' })
  // The body is not typed: the global validation pipe leaves it to the service, which has the
  // analysis workers check it (with the same rules and answers) along with the analysis. The
  // answer, a ClaimAnalysisView serialised where it was computed, comes as UTF-8 bytes and is
  // sent as it is, with its status and type set here (returned, Nest would serialise a Buffer as
  // an object); errors still reach the problem filter.
  async analyze(@Body() body: unknown, @Res() res: Response): Promise<void> {
    const json = await this.sav.analyzeBodyToJson(body);
    res.status(200).type('application/json; charset=utf-8').send(json);
  }
}
