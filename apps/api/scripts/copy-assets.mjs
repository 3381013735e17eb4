// tsc does not copy non-TypeScript files: the reference data and the common-password list ship
// beside the compiled code.
import { cpSync } from 'node:fs';

for (const folder of ['reference-data', 'users'])
  cpSync(`src/${folder}`, `dist/${folder}`, { recursive: true, filter: (p) => !p.endsWith('.ts') });
