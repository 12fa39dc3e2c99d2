import type { IncomingMessage } from 'node:http';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { Logger } from '@nestjs/common';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { GraphQLError, type ExecutionResult } from 'graphql';
import type { ConfigService } from '../../config/config.service';
import { formatGraphqlError } from '../errors/format-graphql-error';
import { subscribeSharingViews } from './shared-subscription-results';
import { MAX_TOKENS, webSocketLimits } from './ws-limits';
import type { GraphqlContext } from '../auth/viewer';

const logger = new Logger('GraphQL');

/** What graphql-ws hands the context function for an operation on a WebSocket. */
interface WsContext {
  connectionParams?: Record<string, unknown>;
  extra: { request: IncomingMessage };
}

/**
 * A browser sends Origin on the WebSocket handshake; another site's page must not open a socket
 * that rides on our cookies. Same host as the request, or the configured public address.
 */
export function isAllowedOrigin(request: IncomingMessage, publicUrl: string): boolean {
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    const host = new URL(origin).host;
    return host === request.headers.host || host === new URL(publicUrl).host;
  } catch {
    return false;
  }
}

/** On a WebSocket the learner token travels in the connection parameters, not a header. */
function requestOfSocket(ws: WsContext): Request {
  const token = ws.connectionParams?.['learnerToken'];
  const headers = { ...ws.extra.request.headers };
  if (typeof token === 'string') headers.authorization = `Learner ${token}`;
  else delete headers.authorization;
  return { headers, socket: ws.extra.request.socket } as unknown as Request;
}

/**
 * Subscriptions whose views are the same object for every subscriber who sees the same thing, and
 * whose fields read nothing of the subscriber: a live session's participant view (one per answer
 * state, live-sessions.service.ts). Their results are executed once per view, not once per phone.
 */
const SHARED_VIEW_SUBSCRIPTIONS = new Set(['participantLiveSession']);

const reportUnexpected = (unexpected: unknown) =>
  logger.error({ msg: 'unexpected error in a resolver', error: String(unexpected) }, (unexpected as Error)?.stack);

/** graphql-ws does not use Apollo's formatError: subscription errors go through the same mapper here. */
function formatErrors(errors: readonly GraphQLError[] | undefined) {
  return errors?.map((error) => formatGraphqlError(error.toJSON(), error, reportUnexpected));
}

/**
 * Limits every request before it runs (OWASP GraphQL cheat sheet): depth, aliases, cost, tokens and
 * directives bounded; in production no "did you mean" field suggestions that map the schema.
 */
function armor(config: ConfigService) {
  return new ApolloArmor({
    maxDepth: { n: 6, flattenFragments: true, ignoreIntrospection: false },
    maxAliases: { n: 15 },
    costLimit: { maxCost: 5000 },
    // Armor's token check throws inside an Apollo plugin, which Apollo answers with a 500; Apollo's own
    // parser bound (parseOptions below) refuses the same requests as a 400 GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    maxDirectives: { n: 10 },
    blockFieldSuggestion: { enabled: config.isProduction },
  }).protect();
}

/**
 * A subscription sent as an HTTP POST would run its resolver once, outside any live session, and fail
 * on our side: it is refused as the client's mistake instead (subscriptions are served over graphql-ws).
 */
const subscriptionsOverWebSocketOnly: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation !== 'subscription') return;
        throw new GraphQLError('Subscriptions are served over WebSocket (graphql-ws), not HTTP', {
          extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
        });
      },
    };
  },
};

export function graphqlOptions(config: ConfigService): ApolloDriverConfig {
  const limits = armor(config);
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    graphiql: false,
    introspection: !config.isProduction,
    // A text/plain or form POST (what a hostile page can send cross-site) is refused.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginLandingPageDisabled(), subscriptionsOverWebSocketOnly, ...limits.plugins],
    validationRules: limits.validationRules,
    subscriptions: {
      // onNext/onError are graphql-ws options that Nest passes through but does not declare.
      'graphql-ws': {
        path: '/graphql',
        subscribe: subscribeSharingViews(SHARED_VIEW_SUBSCRIPTIONS),
        ...webSocketLimits(limits.validationRules ?? [], config.isProduction),
        onConnect: (ctx: { extra: unknown }) => isAllowedOrigin((ctx as WsContext).extra.request, config.publicUrl),
        onNext: (_ctx: unknown, _id: unknown, _payload: unknown, _args: unknown, result: ExecutionResult) =>
          result.errors ? { ...result, errors: formatErrors(result.errors) } : result,
        onError: (_ctx: unknown, _id: unknown, _payload: unknown, errors: readonly GraphQLError[]) => formatErrors(errors),
      } as GraphQLWsSubscriptionsConfig,
    },
    context: (arg: { req?: Request; res?: Response } & Partial<WsContext>): GraphqlContext =>
      arg.req ? { req: arg.req, res: arg.res } : { req: requestOfSocket(arg as WsContext) },
    formatError: (formatted, error) => formatGraphqlError(formatted, error, reportUnexpected),
  };
}
