import type { LoggerService } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/** What body-parser and zlib put on the errors they raise for a body that cannot be read. */
interface BodyError {
  status?: number;
  statusCode?: number;
  type?: string;
  code?: string;
}

/** zlib's codes for a body that says it is compressed but is not (or is cut short). */
const BROKEN_COMPRESSION = new Set(['Z_DATA_ERROR', 'Z_BUF_ERROR', 'ERR_BROTLI_DECOMPRESSION_FAILED', 'ERR__ERROR_FORMAT_PADDING_1']);

/**
 * A body that is too large, not JSON, compressed wrongly or cut short is the client's mistake: answered
 * with its 4xx and a GraphQL-shaped error (no stack, no path), and logged at debug level, not as a failure
 * of ours. Anything else goes on to the normal error handling.
 */
export function refuseUnreadableBodies(logger: LoggerService) {
  return (error: unknown, _req: Request, res: Response, next: NextFunction): void => {
    const e = (error ?? {}) as BodyError;
    const declared = e.status ?? e.statusCode;
    const status = declared && declared >= 400 && declared < 500 ? declared : e.code && BROKEN_COMPRESSION.has(e.code) ? 400 : undefined;
    if (!status) return next(error);
    logger.debug?.({ msg: 'unreadable request body', status, type: e.type ?? e.code ?? 'unknown' }, 'HTTP');
    if (res.headersSent) return;
    const message = status === 413 ? 'The request body is too large' : status === 415 ? 'Unsupported content encoding' : 'The request body could not be read';
    res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  };
}
