import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LlmUsageEntity } from '../../chat/entities/llm-usage.entity';
import { AppConfig } from '../../config';
import { DisabledLlmProvider } from './disabled-llm-provider';
import { llmMetricProviders } from './llm-metrics';
import { LlmProvider } from './llm-provider';
import { LlmUsageLedger } from './llm-usage-ledger';
import { LlmService } from './llm.service';
import { OpenAiLlmProvider } from './openai-llm-provider';

/** Chooses the language model once, from configuration: OpenAI-compatible when OPENAI_API_KEY is set. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([LlmUsageEntity])],
  providers: [
    {
      provide: LlmProvider,
      inject: [AppConfig],
      useFactory: (config: AppConfig): LlmProvider =>
        config.llm.openai ? new OpenAiLlmProvider(config.llm.openai) : new DisabledLlmProvider(),
    },
    LlmUsageLedger,
    LlmService,
    ...llmMetricProviders,
  ],
  exports: [LlmService, LlmProvider, LlmUsageLedger],
})
export class LlmModule {}
