import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainError } from '../errors/domain-error';
import { ALLOW_KEY, type Audience } from './allow.decorator';
import { ViewerResolver, type GraphqlContext, type Viewer } from './viewer';

export function isAllowed(audiences: readonly Audience[] | undefined, viewer: Viewer): boolean {
  if (!audiences || audiences.length === 0) return false;
  return audiences.some((audience) => {
    if (audience === 'anyone') return true;
    if (audience === 'learner') return viewer.learnerId !== undefined;
    return viewer.staff?.role === audience || viewer.staff?.role === 'admin';
  });
}

/** Global guard: every GraphQL operation must declare who may call it. */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly viewers: ViewerResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true; // REST routes (health, media) are public reads.
    const gql = GqlExecutionContext.create(context);
    const ctx = gql.getContext<GraphqlContext>();
    ctx.viewer ??= await this.viewers.resolve(ctx.req);
    const audiences = this.reflector.getAllAndOverride<Audience[] | undefined>(ALLOW_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!audiences) {
      this.logger.error({ msg: 'operation has no @Allow: refused', field: gql.getInfo().fieldName });
    }
    if (isAllowed(audiences, ctx.viewer)) return true;
    if (!ctx.viewer.learnerId && !ctx.viewer.staff) {
      throw new DomainError('UNAUTHENTICATED', 'errors.auth.unauthenticated', 'Sign in or start as a learner first');
    }
    throw new DomainError('FORBIDDEN', 'errors.auth.forbidden', 'You may not do this');
  }
}
