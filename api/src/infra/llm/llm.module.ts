import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LlmUsageEntity } from '../../chat/entities/llm-usage.entity';
import { AppConfig } from '../../config';
import { DisabledLlmProvider } from './disabled-llm-provider';
import { llmMetricProviders } from './llm-metrics';
import { LlmProvider } from './llm-provider';
import { LlmUsageLedger } from './llm-usage-ledger';
import { LlmService } from './llm.service';

/**
 * Chooses the language model once, from configuration: OpenAI-compatible when OPENAI_API_KEY is
 * set. The OpenAI SDK is loaded only then.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([LlmUsageEntity])],
  providers: [
    {
      provide: LlmProvider,
      inject: [AppConfig],
      useFactory: async (config: AppConfig): Promise<LlmProvider> => {
        if (!config.llm.openai) return new DisabledLlmProvider();
        const { OpenAiLlmProvider } = await import('./openai-llm-provider.js');
        return new OpenAiLlmProvider(config.llm.openai);
      },
    },
    LlmUsageLedger,
    LlmService,
    ...llmMetricProviders,
  ],
  exports: [LlmService, LlmProvider, LlmUsageLedger],
})
export class LlmModule {}
