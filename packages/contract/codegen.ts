import type { CodegenConfig } from '@graphql-codegen/cli';

/** What the schema alone gives a client: every enum as a const object, and the union/interface members. */
const config: CodegenConfig = {
  schema: 'schema.gql',
  generates: {
    'src/generated/enums.ts': {
      plugins: ['typescript'],
      config: { onlyEnums: true, enumsAsConst: true },
    },
    'src/generated/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { useExplicitTyping: true },
    },
  },
};

export default config;
