import { existsSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { ServeStaticModuleOptions } from '@nestjs/serve-static';
import type { AppConfig } from '../../config';

/** The widget's bundle, as retailers' pages load it: `<script src=".../widget/mdf-chat.js">`. */
export const WIDGET_SCRIPT = 'mdf-chat.js';

/** The widget must load from the retailers' pages: other origins may embed the script. */
function widgetHeaders(res: ServerResponse): void {
  res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Cache-Control', 'public, max-age=300');
}

/** What the API serves besides itself: widget bundle, demo shop and console, when built. */
export function staticSites(config: AppConfig): ServeStaticModuleOptions[] {
  const apiRoutes = ['/api/{*path}', '/health', '/ready', '/metrics'];
  const sites: ServeStaticModuleOptions[] = [];
  if (existsSync(join(config.web.widgetDir, WIDGET_SCRIPT)))
    sites.push({
      rootPath: config.web.widgetDir,
      serveRoot: '/widget',
      serveStaticOptions: { index: false, setHeaders: widgetHeaders },
    });
  if (config.web.demoPage && existsSync(join(config.web.demoDir, 'index.html')))
    sites.push({
      rootPath: config.web.demoDir,
      serveRoot: '/demo',
      serveStaticOptions: { index: 'index.html', maxAge: 0 },
    });
  if (existsSync(join(config.web.distDir, 'index.html')))
    sites.push({
      rootPath: config.web.distDir,
      exclude: [...apiRoutes, '/widget/{*path}', '/demo/{*path}'],
      serveStaticOptions: { index: 'index.html', maxAge: 0 },
    });
  return sites;
}

/** The demo shop's address when it is served, for the start-up banner. */
export function demoPagePath(config: AppConfig): string | undefined {
  const served = staticSites(config).some((site) => site.serveRoot === '/demo');
  return served ? '/demo/' : undefined;
}
