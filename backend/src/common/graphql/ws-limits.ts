import { GraphQLError, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';

/** The same token bound Armor applies to HTTP requests. */
export const MAX_TOKENS = 1000;

/** What graphql-ws sends for one operation. */
interface SubscribePayload {
  query?: unknown;
}

const withCode = (error: GraphQLError, code: string, message = error.message) =>
  new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: { ...error.extensions, code },
  });

/** "Did you mean ...?" maps the schema for a stranger; production keeps quiet about it (as Armor does on HTTP). */
const withoutSuggestion = (message: string) => message.replace(/\s*Did you mean .+\?$/, '');

/**
 * Apollo's validation rules and plugins only guard HTTP: graphql-ws parses and validates on its own.
 * These hooks give the WebSocket path the same limits (depth, aliases, cost, directives, tokens),
 * and answer a refused operation with a GraphQL error carrying the same codes as over HTTP.
 */
export function webSocketLimits(rules: readonly ValidationRule[], hideSuggestions: boolean) {
  const message = (error: GraphQLError) => (hideSuggestions ? withoutSuggestion(error.message) : error.message);
  return {
    /** Runs before graphql-ws parses: a malformed or oversized document is refused here, not by closing the socket. */
    onSubscribe(_ctx: unknown, _id: unknown, payload: SubscribePayload): readonly GraphQLError[] | undefined {
      if (typeof payload.query !== 'string') return [new GraphQLError('The operation has no query', { extensions: { code: 'BAD_REQUEST' } })];
      try {
        parse(payload.query, { maxTokens: MAX_TOKENS });
        return undefined;
      } catch (error) {
        if (error instanceof GraphQLError) return [withCode(error, 'GRAPHQL_PARSE_FAILED')];
        throw error;
      }
    },
    validate(schema: GraphQLSchema, document: DocumentNode): readonly GraphQLError[] {
      return validate(schema, document, [...specifiedRules, ...rules]).map((e) => withCode(e, 'GRAPHQL_VALIDATION_FAILED', message(e)));
    },
  };
}
