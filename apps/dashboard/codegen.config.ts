import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { operationsDir } from '@lianxin/operations';

/**
 * Typed documents for every operation of @lianxin/operations (packages/operations/graphql), from the API's
 * committed schema. Run `pnpm --filter @lianxin/dashboard codegen` after changing an operation or when
 * schema.graphql moves; src/graphql/codegen.test.ts fails while the committed output is stale.
 */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: [path.join(operationsDir, '*.graphql')],
  ignoreNoDocuments: false,
  // Formatted like the rest of the repository, so `prettier --check` passes on the committed output.
  hooks: { afterAllFileWrite: ['prettier --write'] },
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // Only the input and enum types the operations use, not the whole schema.
        onlyOperationTypes: true,
        scalars: {
          DateTime: 'string',
          LocalDate: 'string',
          JSONObject: 'Record<string, unknown>',
        },
      },
    },
  },
};

export default config;
