import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for every operation in src/modules, generated from the committed schema in @lokomotiv/contract;
 * enums as const objects (`enumType: 'const'`, the client preset's enumsAsConst), so their values exist at run time.
 */
const config: CodegenConfig = {
  schema: 'node_modules/@lokomotiv/contract/schema.gql',
  documents: ['src/**/*.{ts,tsx}', '!src/generated/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumType: 'const',
        useTypeImports: true,
        scalars: { DateTime: 'string' },
        nonOptionalTypename: true,
      },
    },
  },
};

export default config;
