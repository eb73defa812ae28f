import type { Server } from 'node:http';
import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { AppConfig } from '../../config';

/**
 * On shutdown the server stops accepting connections and lets in-flight
 * requests finish; connections still open after the grace period are cut.
 */
@Injectable()
export class GracefulShutdown implements BeforeApplicationShutdown {
  private readonly logger = new Logger('Shutdown');

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly config: AppConfig,
  ) {}

  beforeApplicationShutdown(signal?: string): void {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    if (!server) return;
    this.logger.log(
      `Shutting down${signal ? ` on ${signal}` : ''}: finishing in-flight requests (at most ${this.config.http.shutdownTimeoutMs} ms)`,
    );
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), this.config.http.shutdownTimeoutMs).unref();
  }
}
