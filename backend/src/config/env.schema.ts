import * as path from 'node:path';
import { z } from 'zod';

const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** Every environment variable the backend reads, with its default. Validated once at boot. */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** `file:<path>` for SQLite (relative paths are from the repository root) or a `postgres://` URL. */
  DATABASE_URL: z
    .string()
    .regex(/^(file:.+|postgres(ql)?:\/\/.+)$/, 'must be file:<path> or postgres://user@host/db')
    .default('file:data/zorka.sqlite'),
  /** `redis://host:port` shared by several instances: live events, rate limits and the daily salt. Unset: kept in memory (one instance). */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/.+/, 'must be redis://host:port (or rediss:// for TLS)')
    .optional(),
  /** Put before every Redis key and channel, so one Redis can serve several deployments (or test runs) apart */
  REDIS_PREFIX: z.string().regex(/^[\w.:-]{1,40}$/, 'letters, digits and . : - _ only, up to 40').default('zorka:'),
  /** At most this many participants in one group (so in one live session); further joins are refused with a message */
  LIVE_SESSION_MAX_PARTICIPANTS: z.coerce.number().int().min(1).max(100_000).default(2500),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  CONTENT_DIR: z.string().default(path.join(repoRoot, 'content')),
  FRONTEND_DIST: z.string().default(path.join(repoRoot, 'frontend', 'dist')),
  DATA_DIR: z.string().default(path.join(repoRoot, 'data')),
  /** Address people use to reach Zorka, for links printed or shown as QR codes (default: http://localhost:PORT) */
  PUBLIC_URL: z.string().url().optional(),
  /** Anonymous learners with no activity for this many days are deleted, with everything they did */
  LEARNER_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  /** Raw campaign reach events are kept this many days, then only their daily roll-ups (counts) remain */
  CAMPAIGN_EVENT_RETENTION_DAYS: z.coerce.number().int().min(1).max(90).default(30),
  /** Beacon requests (each up to 25 events) one source may send to POST /e per minute before 429 */
  CAMPAIGN_INGEST_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(300),
  /** Import content from CONTENT_DIR at start (a broken content tree stops nothing: the last good import stays). */
  IMPORT_CONTENT_ON_START: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});

export type Env = z.infer<typeof envSchema>;
export { repoRoot };
