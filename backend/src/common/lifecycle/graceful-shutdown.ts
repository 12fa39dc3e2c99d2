import type { Server } from 'node:http';
import type { INestApplication, LoggerService } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/** How long in-flight requests get to finish before their connections are cut. */
const DRAIN_TIMEOUT_MS = 10_000;
/** After this the process exits anyway, with a failure code, so a supervisor never waits forever. */
const HARD_TIMEOUT_MS = 20_000;

/**
 * Counts the HTTP requests being served, so a shutdown can wait for them. Registered before the body
 * parser: a request whose body is still arriving counts too.
 */
export class InFlightRequests {
  private count = 0;
  private draining = false;
  private waiters: (() => void)[] = [];

  get size(): number {
    return this.count;
  }

  readonly middleware = (_req: Request, res: Response, next: NextFunction): void => {
    this.count += 1;
    // Once shutting down, keep-alive connections are not kept: the client's next request goes elsewhere.
    if (this.draining) res.setHeader('Connection', 'close');
    res.once('close', () => {
      this.count -= 1;
      if (this.count === 0) for (const wake of this.waiters.splice(0)) wake();
    });
    next();
  };

  /** Resolves when no request is in flight (at once if none is), or after `timeoutMs`. */
  drain(timeoutMs: number): Promise<boolean> {
    this.draining = true;
    if (this.count === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.waiters.push(() => (clearTimeout(timer), resolve(true)));
    });
  }
}

/**
 * SIGTERM (or SIGINT): stop accepting connections, let in-flight requests finish, then close the app:
 * graphql-ws closes every live-session socket with 1001 "Going away" (clients reconnect, elsewhere if a
 * balancer sends them there), pending database writes are flushed and the database is closed. Exit 0.
 * Nest's own shutdown hooks are not used: they close the database before the HTTP server stops, and
 * re-raise the signal, so the exit code would not say the stop was clean.
 */
export function exitCleanlyOnSignals(app: INestApplication, requests: InFlightRequests, logger: LoggerService): void {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.log({ msg: 'shutting down', signal, inFlight: requests.size }, 'Shutdown');
    setTimeout(() => {
      logger.error({ msg: 'shutdown did not finish in time' }, undefined, 'Shutdown');
      process.exit(1);
    }, HARD_TIMEOUT_MS).unref();
    const server = app.getHttpServer() as Server;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const drained = await requests.drain(DRAIN_TIMEOUT_MS);
    if (!drained) logger.warn({ msg: 'requests still running after the drain timeout were cut', inFlight: requests.size }, 'Shutdown');
    // Sockets that served their last response, and WebSockets, are closed by app.close().
    server.closeIdleConnections();
    await app.close();
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 1_000))]);
    logger.log({ msg: 'stopped cleanly' }, 'Shutdown');
    process.exit(0);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, (s) => void stop(s));
}
