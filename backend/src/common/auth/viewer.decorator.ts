import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphqlContext, Viewer } from './viewer';

/** The viewer resolved by the AccessGuard. */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  const ctx = GqlExecutionContext.create(context).getContext<GraphqlContext>();
  return ctx.viewer ?? {};
});

/** The calling learner's id; only on operations that @Allow('learner'), so the guard has checked it. */
export const LearnerId = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const learnerId = GqlExecutionContext.create(context).getContext<GraphqlContext>().viewer?.learnerId;
  if (!learnerId) throw new Error('LearnerId used on an operation that does not require a learner');
  return learnerId;
});
