import { existsSync, readFileSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ApolloServer } from '@apollo/server';
import type { ApolloDriver } from '@nestjs/apollo';
import { Injectable, Logger, type NestMiddleware } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { NextFunction, Request, Response } from 'express';
import type { FormattedExecutionResult } from 'graphql';
import { EnvironmentVariables } from '@app/config';
import { within } from '@app/core';
import { RequestContexts } from '../auth/request-context';

/** Paths the api answers itself; everything else that is a GET belongs to the web app. */
const API_PATHS = ['/graphql', '/health', '/reports', '/metrics'];

/** The province boundaries of the open data (DATA_DIR), the base layer of the app's maps. */
const PROVINCES_PATH = '/geo/provinces.geojson';
const PROVINCES_FILE = 'nl/geo/provincies_nl_2026_wgs84_simplified.geojson';

/** The web app's render module (apps/web/src/server-render.tsx, built by `npm run build:web`), in WEB_DIR. */
const RENDER_MODULE = '.server/server-render.js';

/** How long a page waits for its rendering before the app is sent without it (the app then asks itself). */
const RENDER_WAIT_MS = 1500;

interface GraphqlRequest {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
}

/** What the render module exports (see apps/web/src/server-render.tsx). */
interface RenderModule {
  renderPage(
    template: string,
    path: string,
    execute: (request: GraphqlRequest) => Promise<FormattedExecutionResult>,
    signal?: AbortSignal,
  ): Promise<string | null>;
}

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
 * app needs (the map tile URL) travel in a meta tag, because the policy allows no inline script. The search page
 * comes rendered, its results in the HTML (apps/web/src/server-render.tsx): they show before the app's script
 * has run.
 */
@Injectable()
export class WebAppMiddleware implements NestMiddleware {
  private readonly logger = new Logger('WebApp');
  private readonly dir: string;
  private readonly policy: string;
  private indexHtml?: string;
  private renderModule?: Promise<RenderModule | null>;
  private apollo?: ApolloServer;

  constructor(
    private readonly env: EnvironmentVariables,
    private readonly modules: ModuleRef,
    private readonly contexts: RequestContexts,
  ) {
    this.dir = resolve(env.WEB_DIR);
    this.policy = contentSecurityPolicy(env.MAP_TILE_URL);
  }

  use(req: Request, res: Response, next: NextFunction): void {
    void this.serve(req, res, next).catch(next);
  }

  private async serve(req: Request, res: Response, next: NextFunction): Promise<void> {
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
    // The app's start page is the search, which comes rendered at its own address.
    if (path === '/') return res.redirect(302, '/activiteiten');
    const template = this.page();
    if (template === undefined) {
      res.status(503).type('text/plain').send('The web app is not built: run npm run build:web');
      return;
    }
    const rendered = req.method === 'GET' ? await this.rendered(template, req, res) : undefined;
    // A rendered page holds what the visitor's session sees: for them alone.
    res.setHeader('Cache-Control', rendered ? 'private, no-cache' : 'no-cache');
    res.type('html').send(rendered ?? template);
  }

  /**
   * The page rendered with its answers for this visitor, or undefined: a page the app renders alone, no render
   * module built, or a render that failed or took too long (the plain app then does what it always did).
   */
  private async rendered(template: string, req: Request, res: Response): Promise<string | undefined> {
    const render = await this.loadRenderModule();
    if (!render) return undefined;
    // One GraphQL context for the page's requests, as one HTTP request to /graphql would have.
    const context = this.contexts.create(req, res);
    const execute = async (request: GraphqlRequest): Promise<FormattedExecutionResult> => {
      const response = await this.apolloServer().executeOperation(request, { contextValue: context });
      if (response.body.kind !== 'single') throw new Error('The web app asked for an incremental answer');
      return response.body.singleResult;
    };
    try {
      // A render that took too long stops where it is: the page went out without it (and under load it would
      // go on taking the time other requests need).
      const late = new AbortController();
      const html = await within(
        render.renderPage(template, req.originalUrl, execute, late.signal),
        RENDER_WAIT_MS,
        () => late.abort(),
      );
      return html ?? undefined;
    } catch (error) {
      this.logger.warn(`Rendering ${req.path} failed, sent the app without it: ${String(error)}`);
      return undefined;
    }
  }

  private apolloServer(): ApolloServer {
    this.apollo ??= this.modules.get<GraphQLModule<ApolloDriver>>(GraphQLModule, {
      strict: false,
    }).graphQlAdapter.instance;
    return this.apollo;
  }

  /** The render module, loaded once; null when the build has none. */
  private loadRenderModule(): Promise<RenderModule | null> {
    this.renderModule ??= (async () => {
      const file = resolve(this.dir, RENDER_MODULE);
      if (!existsSync(file)) return null;
      try {
        return (await import(pathToFileURL(file).href)) as RenderModule;
      } catch (error) {
        this.logger.warn(
          `The web app's render module did not load, pages are sent without it: ${String(error)}`,
        );
        return null;
      }
    })();
    return this.renderModule;
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
