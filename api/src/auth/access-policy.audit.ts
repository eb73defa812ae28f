import { Injectable, type OnModuleInit, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ACCESS_KEY, type AccessRule } from '../common/auth/access.decorator';

export interface RoutePolicy {
  controller: string;
  handler: string;
  method: string;
  rule: AccessRule | undefined;
}

/**
 * Every route must say who may call it. The application refuses to start when
 * one does not, so a forgotten `@Access` is found at the first run, not in production.
 */
@Injectable()
export class AccessPolicyAudit implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  routes(): RoutePolicy[] {
    const routes: RoutePolicy[] = [];
    for (const wrapper of this.discovery.getControllers()) {
      const type = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!type) continue;
      const proto = type.prototype as Record<string, unknown>;
      for (const name of this.scanner.getAllMethodNames(proto)) {
        const handler = proto[name] as (...args: unknown[]) => unknown;
        if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
          handler,
          type,
        ]);
        routes.push({ controller: type.name, handler: name, method, rule });
      }
    }
    return routes;
  }

  onModuleInit(): void {
    const missing = this.routes().filter((r) => !r.rule);
    if (missing.length > 0) {
      throw new Error(
        `Routes without an @Access policy: ${missing.map((r) => `${r.controller}.${r.handler}`).join(', ')}`,
      );
    }
  }
}
