import {
  type DynamicModule,
  Module,
  RequestMethod,
  type Type,
  VERSION_NEUTRAL,
} from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import { GracefulShutdown } from './common/http/graceful-shutdown';
import { staticSites } from './common/http/static-sites';
import { ProblemFilter } from './common/problem/problem.filter';
import { MetricsModule } from './common/metrics/metrics.module';
import { ChatModule } from './chat';
import { ConversationModule } from './conversation';
import { type AppConfig, ConfigModule } from './config';
import { AuthModule } from './auth';
import { FaqModule } from './faq';
import { HealthModule } from './health/health.module';
import { OrdersModule } from './orders';
import { ProductsModule } from './products';
import { SavModule } from './sav';
import { SeedModule } from './seed/seed.module';
import { StatsModule } from './stats';
import { PrivacyModule } from './privacy';
import { UploadsModule } from './uploads';
import { ClaimsModule } from './claims';
import { TicketWorkspaceModule } from './tickets';
import { DatabaseModule } from './infra/database/database.module';
import { StoreModule } from './infra/store';
import { BroadcastModule } from './infra/broadcast';
import { StorageModule } from './infra/storage';
import { AntivirusModule } from './infra/antivirus';
import { LlmModule } from './infra/llm';
import { MailModule } from './infra/mail';
import { ScheduleModule } from '@nestjs/schedule';
import { EventEmitterModule } from '@nestjs/event-emitter';

export interface AppModuleOptions {
  logger: Logger;
  /** Extra modules (tests mount probes here). */
  extraModules?: Type[];
}

/** Wires the feature modules; nothing else. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: AppModuleOptions): DynamicModule {
    const statics = staticSites(config);
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: { logger: options.logger },
          useExisting: true,
          // One mount for every route, versioned or not (the default mounts the API prefix and
          // its version prefix apart, and the request context was set up twice per API call).
          forRoutes: [{ path: '/{*splat}', method: RequestMethod.ALL, version: VERSION_NEUTRAL }],
        }),
        MetricsModule.forRoot(),
        DatabaseModule.forRoot(config),
        StoreModule,
        BroadcastModule,
        StorageModule,
        AntivirusModule,
        LlmModule,
        MailModule,
        ScheduleModule.forRoot(),
        EventEmitterModule.forRoot(),
        HealthModule,
        AuthModule,
        ProductsModule,
        FaqModule,
        OrdersModule,
        SavModule,
        ChatModule,
        ConversationModule,
        UploadsModule,
        ClaimsModule,
        TicketWorkspaceModule,
        StatsModule,
        PrivacyModule,
        SeedModule,
        ...(statics.length > 0 ? [ServeStaticModule.forRoot(...statics)] : []),
        ...(options.extraModules ?? []),
      ],
      providers: [{ provide: APP_FILTER, useClass: ProblemFilter }, GracefulShutdown],
    };
  }
}
