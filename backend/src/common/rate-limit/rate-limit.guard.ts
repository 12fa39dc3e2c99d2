import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainError } from '../errors/domain-error';
import type { GraphqlContext } from '../auth/viewer';
import { RATE_LIMIT_KEY, type RateLimitRule } from './rate-limit.decorator';
import { RateLimitStore } from './rate-limit.store';
import { sourceKey } from './source-key';


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
    const key = `${gql.getInfo().fieldName}:${sourceKey(await this.store.sourceSalt(), gql.getContext<GraphqlContext>().req.socket?.remoteAddress)}`;
    const wait = await this.store.hit(key, rule.limit, rule.windowMs);
    if (wait > 0) {
      throw new DomainError('TOO_MANY_REQUESTS', 'errors.rateLimited', `Too many attempts. Try again in ${wait} s.`, { retryAfter: wait });
    }
    return true;
  }
}
