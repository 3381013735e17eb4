import type { CodegenConfig } from '@graphql-codegen/cli';

/** Types for every operation in src/modules, generated from the api's committed schema. */
const config: CodegenConfig = {
  schema: 'node_modules/@lokomotiv/contract/schema.gql',
  documents: ['src/**/*.{ts,tsx}', '!src/generated/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string' },
        nonOptionalTypename: true,
      },
    },
  },
};

export default config;
