import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for every GraphQL document of the dashboard and of the tests, from schema.graphql
 * (`npm run codegen`; the output is committed and a test fails when it is stale). Documents are
 * written with `graphql(...)`, which only accepts a document codegen has seen: a query that no
 * longer fits the schema fails to generate, and one edited without regenerating fails to compile.
 */
const preset = {
  preset: 'client',
  // Plain data, no masked fragments: the screens read rows as the API returns them.
  presetConfig: { fragmentMasking: false },
  config: {
    // Documents stay strings (sent as they are by fetch), typed by their result and variables.
    documentMode: 'string',
    enumsAsTypes: true,
    useTypeImports: true,
    skipTypename: true,
    strictScalars: true,
    scalars: { DateTimeISO: 'string', JSONObject: 'Record<string, unknown>', SafeInt: 'number' },
  },
} as const;

const config: CodegenConfig = {
  schema: 'schema.graphql',
  // The tests import with NodeNext resolution, which wants file extensions.
  importExtension: '.js',
  generates: {
    'admin/src/gql/': { ...preset, documents: ['admin/src/**/*.{ts,tsx}', '!admin/src/gql/**'] },
    // Tests read JSON payloads (audit details) freely.
    'tests/gql/': { ...preset, config: { ...preset.config, scalars: { ...preset.config.scalars, JSONObject: 'Record<string, any>' } }, documents: ['tests/**/*.ts', '!tests/gql/**'] },
  },
};

export default config;
