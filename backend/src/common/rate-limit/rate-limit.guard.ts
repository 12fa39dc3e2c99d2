import { createHash } from 'node:crypto';
import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainError } from '../errors/domain-error';
import type { GraphqlContext } from '../auth/viewer';
import { RATE_LIMIT_KEY, type RateLimitRule } from './rate-limit.decorator';
import { RateLimitStore } from './rate-limit.store';

/** The caller's source, as a salted hash: the raw IP address is never kept. */
function sourceKey(ctx: GraphqlContext, salt: Buffer): string {
  const address = ctx.req.socket?.remoteAddress ?? 'unknown';
  return createHash('sha256').update(salt).update(address).digest('base64url').slice(0, 22);
}

@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly store: RateLimitStore,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const rule = this.reflector.get<RateLimitRule | undefined>(RATE_LIMIT_KEY, context.getHandler());
    if (!rule) return true;
    const gql = GqlExecutionContext.create(context);
    const key = `${gql.getInfo().fieldName}:${sourceKey(gql.getContext<GraphqlContext>(), await this.store.sourceSalt())}`;
    const wait = await this.store.hit(key, rule.limit, rule.windowMs);
    if (wait > 0) {
      throw new DomainError('TOO_MANY_REQUESTS', 'errors.rateLimited', `Too many attempts. Try again in ${wait} s.`, { retryAfter: wait });
    }
    return true;
  }
}
