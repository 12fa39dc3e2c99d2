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
import { ConfigService } from './config/config.service';

const API_PREFIXES = ['/graphql', '/media/', '/health', '/certificates/'];

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

/** Serves the built frontend, with index.html for every client-side route. */
function serveFrontend(app: NestExpressApplication, dist: string): void {
  const index = path.join(dist, 'index.html');
  if (!fs.existsSync(index)) return;
  app.use('/assets', express.static(path.join(dist, 'assets'), { immutable: true, maxAge: '1y', index: false }));
  app.use(express.static(dist, { index: false, maxAge: '1h' }));
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
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { logger, bodyParser: false });
  if (options.inFlight) app.use(options.inFlight.middleware);
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(requestLog(logger));
  app.use(securityHeaders(config));
  // A GraphQL request is small; a large body is an attack or a bug.
  app.use(express.json({ limit: '64kb' }));
  app.use(refuseUnreadableBodies(logger));
  serveFrontend(app, config.env.FRONTEND_DIST);
  return app;
}
