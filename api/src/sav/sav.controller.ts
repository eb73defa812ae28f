import { Body, Controller, Header, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
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
  // A ClaimAnalysisView, serialised where it was computed (see ClaimAnalyst.analyzeToJson).
  @Header('Content-Type', 'application/json; charset=utf-8')
  @Access({ roles: ['agent', 'admin'], scopes: ['sav:analyze'] })
  @ApiOperation({
    summary:
      'Assess a claim: category, severity, 8-factor priority, SLA, tone, warranty, evidence, decision',
  })
  @ApiBody({ type: AnalyzeClaimBody })
  @ApiOkResponse({ type: ClaimAnalysisView })
  @ApiBadRequestResponse({ description: 'Invalid input' })
  // The body is not typed: the global validation pipe leaves it to the service, which has the
  // analysis workers check it (with the same rules and answers) along with the analysis.
  analyze(@Body() body: unknown): Promise<string> {
    return this.sav.analyzeBodyToJson(body);
  }
}
