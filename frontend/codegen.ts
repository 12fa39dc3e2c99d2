import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for every operation in src/**\/*.graphql, generated from the API contract
 * (../backend/schema.graphql). `documentMode: 'string'` emits plain query strings, so no
 * GraphQL parser or AST ships to the browser. Run `pnpm --filter @zorka/frontend codegen`.
 *
 * Two outputs, because a generated module ships whole with the first page that imports it:
 * - generated/           the learner app's operations (src/graphql/*.graphql), in the entry chunk;
 * - generated-trainings/ group trainings (src/graphql/trainings/): joining, live sessions, the
 *                        trainer's pages, reports, certificates. Only those pages load it, so a
 *                        learner reading a lesson never downloads them.
 * - generated-campaigns/ a live campaign's public pages (src/graphql/campaigns/): what a visitor who
 *                        follows a campaign link downloads, and nothing of the staff's operations;
 * - generated-campaign-staff/ the campaign managers' pages (src/graphql/campaign-staff/).
 */
const config = {
  documentMode: 'string',
  enumsAsTypes: true,
  useTypeImports: true,
  skipTypename: true,
  avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
  scalars: { DateTime: { input: 'string', output: 'string' } },
  strictScalars: true,
} as const;
const presetConfig = { fragmentMasking: false, gqlTagName: 'graphql' } as const;

const codegen: CodegenConfig = {
  schema: '../backend/schema.graphql',
  ignoreNoDocuments: false,
  generates: {
    'src/graphql/generated/': { preset: 'client', documents: ['src/graphql/*.graphql'], presetConfig, config },
    'src/graphql/generated-trainings/': { preset: 'client', documents: ['src/graphql/trainings/*.graphql'], presetConfig, config },
    'src/graphql/generated-campaigns/': { preset: 'client', documents: ['src/graphql/campaigns/*.graphql'], presetConfig, config },
    'src/graphql/generated-campaign-staff/': { preset: 'client', documents: ['src/graphql/campaign-staff/*.graphql'], presetConfig, config },
  },
};

export default codegen;
