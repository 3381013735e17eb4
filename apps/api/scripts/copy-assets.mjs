// tsc does not copy non-TypeScript files; the reference data ships beside the compiled code.
import { cpSync } from 'node:fs';

cpSync('src/reference-data', 'dist/reference-data', { recursive: true, filter: (p) => !p.endsWith('.ts') });
