import { describe, expect, it, vi } from 'vitest';
import { refuseUnreadableBodies } from './unreadable-body';

const logger = { log: vi.fn(), error: vi.fn(), warn: vi.fn(), debug: vi.fn() };

function respond(error: unknown) {
  const res = { headersSent: false, statusCode: 0, body: undefined as unknown, status(code: number) { this.statusCode = code; return this; }, json(body: unknown) { this.body = body; return this; } };
  const next = vi.fn();
  refuseUnreadableBodies(logger)(error, {} as never, res as never, next);
  return { res, next };
}

describe('refuseUnreadableBodies', () => {
  it('answers a body that is too large with 413 and no detail', () => {
    const { res, next } = respond(Object.assign(new Error('request entity too large'), { status: 413, type: 'entity.too.large', stack: 'at /srv/x.js:1:1' }));
    expect(res.statusCode).toBe(413);
    expect(JSON.stringify(res.body)).not.toMatch(/srv|at /);
    expect(next).not.toHaveBeenCalled();
  });

  it('answers a false Content-Encoding (a zlib error with no status) with 400', () => {
    expect(respond(Object.assign(new Error('incorrect header check'), { code: 'Z_DATA_ERROR' })).res.statusCode).toBe(400);
  });

  it('passes any other error on, as ours', () => {
    const { res, next } = respond(new Error('database is gone'));
    expect(next).toHaveBeenCalled();
    expect(res.statusCode).toBe(0);
  });
});
