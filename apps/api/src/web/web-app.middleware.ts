import { existsSync, readFileSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { EnvironmentVariables } from '@app/config';

/** Paths the api answers itself; everything else that is a GET belongs to the web app. */
const API_PATHS = ['/graphql', '/health', '/reports', '/metrics'];

/** The province boundaries of the open data (DATA_DIR), the base layer of the app's maps. */
const PROVINCES_PATH = '/geo/provinces.geojson';
const PROVINCES_FILE = 'nl/geo/provincies_nl_2026_wgs84_simplified.geojson';

/** The page's Content-Security-Policy: nothing inline, nothing from another host but the map tiles. */
export function contentSecurityPolicy(tileUrl: string | undefined): string {
  const tileOrigin = tileUrl ? new URL(tileUrl.replace(/\{[a-z]\}/g, '0')).origin : undefined;
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data:${tileOrigin ? ` ${tileOrigin}` : ''}`,
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Serves the built web app (`npm run build:web`) at `/`: its hashed assets with a long cache, and `index.html`
 * for every other page path, so that shared links and reloads land on the right page. The runtime settings the
 * app needs (the map tile URL) travel in a meta tag, because the policy allows no inline script.
 */
@Injectable()
export class WebAppMiddleware implements NestMiddleware {
  private readonly dir: string;
  private readonly policy: string;
  private indexHtml?: string;

  constructor(private readonly env: EnvironmentVariables) {
    this.dir = resolve(env.WEB_DIR);
    this.policy = contentSecurityPolicy(env.MAP_TILE_URL);
  }

  use(req: Request, res: Response, next: NextFunction): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    // Nest mounts middleware under a route pattern, so req.path is relative to it: read the whole path.
    const path = new URL(req.originalUrl, 'http://app').pathname;
    if (API_PATHS.some((api) => path === api || path.startsWith(`${api}/`))) return next();
    res.setHeader('Content-Security-Policy', this.policy);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'same-origin');
    res.setHeader('X-Frame-Options', 'DENY');
    if (path === PROVINCES_PATH) {
      res.sendFile(PROVINCES_FILE, { root: resolve(this.env.DATA_DIR), maxAge: '1d' }, (error) => {
        if (error && !res.headersSent) res.status(404).type('text/plain').send('Not found');
      });
      return;
    }
    if (/\.[a-z0-9]+$/i.test(path)) {
      // A file: an asset, or a 404 (never index.html for a missing script). `root` keeps it inside the app.
      const hashed = path.startsWith('/assets/');
      const file = decodeURIComponent(path.slice(1));
      // The build's gzipped copy (x.js.gz beside x.js), to a browser that takes it.
      const gzipped = this.gzipped(file);
      if (gzipped) res.setHeader('Vary', 'Accept-Encoding');
      const sendGzipped = gzipped !== undefined && req.acceptsEncodings('gzip', 'identity') === 'gzip';
      if (sendGzipped) {
        res.setHeader('Content-Encoding', 'gzip');
        res.type(extname(file));
      }
      res.sendFile(
        sendGzipped ? gzipped : file,
        { root: this.dir, dotfiles: 'deny', immutable: hashed, maxAge: hashed ? '1y' : '1h' },
        (error) => {
          if (error && !res.headersSent) {
            res.removeHeader('Content-Encoding');
            res.status(404).type('text/plain').send('Not found');
          }
        },
      );
      return;
    }
    const html = this.page();
    if (html === undefined) {
      res.status(503).type('text/plain').send('The web app is not built: run npm run build:web');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(html);
  }

  /** The gzipped copy of an app file that has one (relative to the app's directory), else undefined. */
  private gzipped(file: string): string | undefined {
    const full = resolve(this.dir, file);
    if (!full.startsWith(this.dir + sep)) return undefined;
    return existsSync(`${full}.gz`) ? `${file}.gz` : undefined;
  }

  private page(): string | undefined {
    if (this.indexHtml !== undefined) return this.indexHtml;
    const file = resolve(this.dir, 'index.html');
    if (!existsSync(file)) return undefined;
    const config = JSON.stringify({ tileUrl: this.env.MAP_TILE_URL ?? null })
      .replace(/&/g, '&amp;')
      .replace(/"/g, '&quot;')
      .replace(/</g, '&lt;');
    this.indexHtml = readFileSync(file, 'utf8').replace(
      '<meta name="techmatch-config" content="{}" />',
      `<meta name="techmatch-config" content="${config}" />`,
    );
    return this.indexHtml;
  }
}
