// tsc does not copy non-TypeScript files: the reference data, the common-password list and the test OIDC
// provider (plain ESM) ship beside the compiled code.
import { cpSync } from 'node:fs';

for (const folder of ['reference-data', 'users', 'auth/oidc/test-provider'])
  cpSync(`src/${folder}`, `dist/${folder}`, { recursive: true, filter: (p) => !p.endsWith('.ts') });
