import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for every operation in src/**\/*.graphql, generated from the API contract
 * (../backend/schema.graphql). `documentMode: 'string'` emits plain query strings, so no
 * GraphQL parser or AST ships to the browser. Run `pnpm --filter @zorka/frontend codegen`.
 */
const config: CodegenConfig = {
  schema: '../backend/schema.graphql',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: { DateTime: { input: 'string', output: 'string' } },
        strictScalars: true,
      },
    },
  },
};

export default config;
