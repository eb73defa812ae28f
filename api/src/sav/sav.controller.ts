import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../common/auth/access.decorator';
import { AnalyzeClaimBody } from './dto/analyze.dto';
import type { ClaimAnalysis } from './domain/analyze';
import { SavService } from './sav.service';

const EXAMPLE = {
  category: 'structural',
  confidence: 0.9,
  severity: 'P1',
  symptoms: ['pied cassé'],
  priority: 'P1',
  score: 78,
  factors: [{ name: 'category', points: 30, detail: 'Structure : 30 points' }],
  sla: { responseHours: 24, interventionHours: 48 },
  tone: { level: 'concerned', urgency: 'medium', signals: [] },
  warranty: {
    component: 'structure',
    covered: true,
    expiresAt: '2031-05-19',
    exclusions: [],
    reason: 'Structure garantie 5 ans, jusqu’au 19/05/2031.',
    alternatives: [],
  },
  evidence: {
    photos: 3,
    videos: 1,
    shots: ['vue d’ensemble du meuble'],
    request: '…',
    completeness: null,
    canProceed: true,
  },
  decision: {
    action: 'technician',
    resolutionType: 'technician_dispatch',
    reasons: ['Problème de structure en P1 : intervention d’un technicien.'],
  },
  customerAskedForHuman: false,
};

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
  @ApiOkResponse({ schema: { example: EXAMPLE } })
  @ApiBadRequestResponse({ description: 'Invalid input' })
  analyze(@Body() body: AnalyzeClaimBody): Promise<ClaimAnalysis> {
    return this.sav.analyze(body);
  }
}
