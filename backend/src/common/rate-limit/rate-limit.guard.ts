import { createHash, randomBytes } from 'node:crypto';
import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainError } from '../errors/domain-error';
import type { GraphqlContext } from '../auth/viewer';
import { RATE_LIMIT_KEY, type RateLimitRule } from './rate-limit.decorator';
import { RateLimiter } from './rate-limiter';

/** Made at start and never stored: the keys cannot be turned back into addresses, even from memory dumps of old processes. */
const SALT = randomBytes(32);

/** The caller's source, as a salted hash: the raw IP address is never kept. */
function sourceKey(ctx: GraphqlContext): string {
  const address = ctx.req.socket?.remoteAddress ?? 'unknown';
  return createHash('sha256').update(SALT).update(address).digest('base64url').slice(0, 22);
}

@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly limiter = new RateLimiter();

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const rule = this.reflector.get<RateLimitRule | undefined>(RATE_LIMIT_KEY, context.getHandler());
    if (!rule) return true;
    const gql = GqlExecutionContext.create(context);
    const key = `${gql.getInfo().fieldName}:${sourceKey(gql.getContext<GraphqlContext>())}`;
    const wait = this.limiter.hit(key, rule.limit, rule.windowMs);
    if (wait > 0) {
      throw new DomainError('TOO_MANY_REQUESTS', 'errors.rateLimited', `Too many attempts. Try again in ${wait} s.`, { retryAfter: wait });
    }
    return true;
  }
}
