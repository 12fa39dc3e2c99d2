import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { ConfigService } from '../../config/config.service';
import { formatGraphqlError } from '../errors/format-graphql-error';
import type { GraphqlContext } from '../auth/viewer';

const logger = new Logger('GraphQL');

export function graphqlOptions(config: ConfigService): ApolloDriverConfig {
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
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginLandingPageDisabled()],
    context: ({ req, res }: { req: Request; res: Response }): GraphqlContext => ({ req, res }),
    formatError: (formatted, error) =>
      formatGraphqlError(formatted, error, (unexpected) =>
        logger.error({ msg: 'unexpected error in a resolver', error: String(unexpected) }, (unexpected as Error)?.stack),
      ),
  };
}
