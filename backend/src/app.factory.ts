import * as fs from 'node:fs';
import * as path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { AppModule } from './app.module';
import type { InFlightRequests } from './common/lifecycle/graceful-shutdown';
import { refuseUnreadableBodies } from './common/http/unreadable-body';
import { JsonLogger } from './common/logging/json-logger';
import { loggablePath } from './common/logging/log-path';
import { PublicResponseCache } from './common/graphql/public-response-cache';
import { ViewerResolver } from './common/auth/viewer';
import { ConfigService } from './config/config.service';
import { withPageMeta } from './modules/campaigns/campaign-page-meta';
import { CampaignsService } from './modules/campaigns/campaigns.service';

const API_PREFIXES = ['/graphql', '/media/', '/health', '/certificates/', '/campaign-media/'];
const CAMPAIGN_PAGE = /^\/c\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\/([a-z0-9]+(?:-[a-z0-9]+)*))?\/?$/;

/** Everything is served by us: no third-party origin is allowed for anything, and no inline script. */
function securityHeaders(config: ConfigService) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        mediaSrc: ["'self'"],
        // Campaign videos hosted elsewhere play in the hosts' privacy-enhanced players only, and only
        // after the viewer clicks: these two origins, nothing else third-party. Everything else stays 'self'.
        frameSrc: ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });
}

/**
 * Campaign pages are shared in messengers, whose crawlers run no JavaScript: /c/<slug>[/<material>]
 * get index.html with the campaign's Open Graph tags; anything else falls through to the plain SPA.
 */
function campaignPageMeta(app: NestExpressApplication, index: string) {
  const campaigns = app.get(CampaignsService);
  return (req: Request, res: Response, next: NextFunction) => {
    const match = req.method === 'GET' ? CAMPAIGN_PAGE.exec(req.path) : null;
    if (!match) return next();
    Promise.all([campaigns.pageMeta(match[1]!, match[2]), fs.promises.readFile(index, 'utf8')])
      .then(([meta, html]) => {
        if (!meta) return next();
        res.setHeader('Cache-Control', 'no-cache');
        res.type('html').send(withPageMeta(html, meta));
      })
      .catch(next);
  };
}

/**
 * The build's `.br` / `.gz` twin of a script or style sheet, when the browser accepts it: a third of
 * the bytes on a phone's slow network, compressed once at build time rather than per request.
 */
function precompressedAssets(dir: string) {
  const encodings = [
    { name: 'br', ext: '.br' },
    { name: 'gzip', ext: '.gz' },
  ];
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const accepted = String(req.headers['accept-encoding'] ?? '');
    const relative = path.posix.normalize(`/${req.path}`).slice(1);
    if (!/^[\w.-]+\.(js|css)$/.test(relative)) return next();
    const encoding = encodings.find((e) => accepted.includes(e.name) && fs.existsSync(path.join(dir, relative + e.ext)));
    if (!encoding) return next();
    res.setHeader('Content-Encoding', encoding.name);
    res.setHeader('Vary', 'Accept-Encoding');
    res.type(path.extname(relative));
    res.sendFile(relative + encoding.ext, { root: dir, immutable: true, maxAge: '1y' });
  };
}

/** Serves the built frontend, with index.html for every client-side route. */
function serveFrontend(app: NestExpressApplication, dist: string): void {
  const index = path.join(dist, 'index.html');
  if (!fs.existsSync(index)) return;
  app.use('/assets', precompressedAssets(path.join(dist, 'assets')));
  app.use('/assets', express.static(path.join(dist, 'assets'), { immutable: true, maxAge: '1y', index: false }));
  app.use(express.static(dist, { index: false, maxAge: '1h' }));
  app.use(campaignPageMeta(app, index));
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isApi = API_PREFIXES.some((prefix) => req.path.startsWith(prefix));
    if (req.method !== 'GET' || isApi || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

/** A request log without personal data: no IP, no query string, no headers. */
function requestLog(logger: JsonLogger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.debug({ msg: 'request', method: req.method, path: loggablePath(req.path), status: res.statusCode, ms: Math.round(ms) });
    });
    next();
  };
}

export interface AppOptions {
  /** Counts in-flight requests so that a shutdown can drain them (main.ts) */
  inFlight?: InFlightRequests;
}

export async function createApp(config: ConfigService, options: AppOptions = {}): Promise<INestApplication> {
  const logger = new JsonLogger(config.env.LOG_LEVEL);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { logger, bodyParser: false, rawBody: true });
  if (options.inFlight) app.use(options.inFlight.middleware);
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(requestLog(logger));
  app.use(securityHeaders(config));
  // A GraphQL request is small; a large body is an attack or a bug.
  app.useBodyParser('json', { limit: '64kb' });
  app.use(refuseUnreadableBodies(logger));
  const viewers = app.get(ViewerResolver);
  app.use(app.get(PublicResponseCache).middleware((req) => viewers.resolve(req)));
  serveFrontend(app, config.env.FRONTEND_DIST);
  return app;
}
