import { Logger as NestLogger, VersioningType } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { getToken } from '@willsoto/nestjs-prometheus';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { Histogram } from 'prom-client';
import { AppModule, type AppModuleOptions } from './app.module';
import { AuthenticationMiddleware } from './auth';
import { WidgetOrigins } from './chat';
import { bodyParsers } from './common/http/body-parsers';
import {
  answerParserErrorsAsProblems,
  answerUnhandledAsProblems,
} from './common/http/client-errors';
import { requestIdMiddleware } from './common/http/request-id.middleware';
import { openLogFile, withLogFile } from './common/logging/log-file';
import { accessLog } from './common/logging/access-log';
import { createRootLogger } from './common/logging/logger';
import { HTTP_DURATION_METRIC, httpMetricsMiddleware } from './common/metrics/http-metrics';
import { StorableTextPipe } from './common/problem/storable-text.pipe';
import { createValidationPipe } from './common/problem/validation';
import { sendProblem, statusProblem } from './common/problem/problem';
import type { AuthenticatedRequest } from './common/auth/principal';
import type { AppConfig } from './config';

export interface CreateAppOptions {
  /** Where logs go (stdout by default); tests capture them here. */
  logDestination?: DestinationStream;
  extraModules?: AppModuleOptions['extraModules'];
}

function adminOnly(req: AuthenticatedRequest, res: Response, next: NextFunction): void {
  const principal = req.principal;
  if (principal?.kind === 'staff' && principal.role === 'admin') return next();
  const status = principal ? 403 : 401;
  sendProblem(req, res, {
    ...statusProblem(status),
    detail: 'The API documentation is reserved to administrators in production.',
  });
}

/** The OpenAPI document of every route, as Swagger UI serves it and the console's client is generated from. */
export function openApiDocument(app: NestExpressApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Meuble de France — SAV API')
      .setDescription(
        'After-sales and shopping assistant API. Errors are application/problem+json (RFC 9457).',
      )
      .setVersion('1')
      .build(),
  );
}

/** Content-Security-Policy for the console and the API's own pages. */
const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  // Angular and Swagger UI set inline style attributes; no inline script is allowed.
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  mediaSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};

/**
 * Builds the fully configured application (middleware order matters: request
 * id, metrics and access log first, so even refused requests are traced).
 */
export async function createApp(
  config: AppConfig,
  options: CreateAppOptions = {},
): Promise<NestExpressApplication> {
  const logFile = config.log.file ? await openLogFile(config.log.file) : undefined;
  const logger = createRootLogger(
    config,
    options.logDestination ?? (logFile ? withLogFile(logFile) : undefined),
  );
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, { logger, extraModules: options.extraModules }),
    { bodyParser: false, bufferLogs: true, abortOnError: false },
  );
  app.useLogger(app.get(Logger));
  app.flushLogs();
  answerParserErrorsAsProblems(app.getHttpServer());
  answerUnhandledAsProblems(app.getHttpServer());

  app.disable('x-powered-by');
  app.set('trust proxy', config.http.trustProxy);
  app.set('query parser', 'simple');
  // API answers are not revalidated by clients; hashing every body would cost CPU for nothing.
  app.set('etag', false);

  app.use(requestIdMiddleware);
  app.use(httpMetricsMiddleware(app.get<Histogram<string>>(getToken(HTTP_DURATION_METRIC))));
  app.use(accessLog(logger));
  app.use(
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
      crossOriginEmbedderPolicy: false,
      strictTransportSecurity: config.isProduction
        ? { maxAge: 31_536_000, includeSubDomains: true }
        : false,
    }),
  );
  const exposedHeaders = [
    'X-Request-Id',
    'RateLimit-Limit',
    'RateLimit-Remaining',
    'RateLimit-Reset',
    'Retry-After',
  ];
  const widgetOrigins = app.get(WidgetOrigins);
  // The console's origins (CORS_ORIGINS) everywhere, with cookies; the retailer's
  // pages of an active widget site on the widget's routes only, without cookies.
  app.enableCors((req: Request, done) => {
    const origin = req.header('origin');
    const answer = (allowed: boolean, credentials: boolean) =>
      done(null, { origin: allowed, credentials, exposedHeaders, maxAge: 600 });
    if (!origin || config.http.corsOrigins.includes(origin)) return answer(Boolean(origin), true);
    if (!WidgetOrigins.isWidgetPath(req.path)) return answer(false, false);
    widgetOrigins.allows(origin).then(
      (allowed) => answer(allowed, false),
      () => answer(false, false),
    );
  });
  for (const parser of bodyParsers(config.http.bodyLimit)) app.use(parser);
  app.use(cookieParser());
  // Who is calling is known before any guard runs (the rate limiter counts per caller).
  const authentication = app.get(AuthenticationMiddleware);
  app.use(authentication.use.bind(authentication));

  app.setGlobalPrefix('api', { exclude: ['health', 'ready', 'metrics'] });
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  app.useGlobalPipes(new StorableTextPipe(), createValidationPipe());

  if (config.swagger.enabled) {
    // Open in development; in production only an administrator's bearer token opens it.
    if (config.isProduction) {
      app.use(['/api/docs', '/api/docs-json', '/api/docs-yaml'], adminOnly);
    }
    const document = openApiDocument(app);
    SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  }
  NestLogger.log(`Environment ${config.env}`, 'App');
  if (logFile) {
    // The file is closed after the application, so the shutdown's own lines reach it.
    const closeApp = app.close.bind(app);
    app.close = async () => {
      await closeApp();
      await logFile.close();
    };
  }
  return app;
}
