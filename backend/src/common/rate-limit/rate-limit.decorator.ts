import { SetMetadata } from '@nestjs/common';

export interface RateLimitRule {
  /** Attempts allowed per window, per source */
  limit: number;
  windowMs: number;
}

export const RATE_LIMIT_KEY = 'zorka:rate-limit';

/**
 * Limits how often one source may call an operation. Counted per field resolution, so an aliased
 * batch of 100 calls in one request is 100 attempts.
 */
export const RateLimit = (rule: RateLimitRule) => SetMetadata(RATE_LIMIT_KEY, rule);
