import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ERROR_CODES } from '../common/domain-error';
import { FACET_FIELDS } from '../search/search-engine';
import { allErrorReasons } from './error-reasons';

const HEADER = '// Written by the api (`pnpm schema`): do not edit. A test checks it is current.\n';

const constList = (name: string, values: readonly string[]) =>
  `export const ${name} = [\n${values.map((value) => `  '${value}',`).join('\n')}\n] as const;\n`;

/** The contract package's files that come from the api's code rather than its schema, by path in the package. */
export function contractSourceFiles(): Record<string, string> {
  const reasons = allErrorReasons();
  return {
    'src/error-reasons.ts': [
      HEADER,
      '/** Every `extensions.code` a client may receive. */',
      constList('ERROR_CODES', [...ERROR_CODES, 'INTERNAL_SERVER_ERROR']),
      'export type ErrorCode = (typeof ERROR_CODES)[number];\n',
      '/** Every `extensions.reason`, with the code it is sent with. */',
      `export const ERROR_REASON_CODES = {\n${reasons.map(([reason, code]) => `  ${reason}: '${code}',`).join('\n')}\n} as const satisfies Record<string, ErrorCode>;\n`,
      'export type ErrorReason = keyof typeof ERROR_REASON_CODES;',
      'export const ERROR_REASONS = Object.keys(ERROR_REASON_CODES) as ErrorReason[];\n',
    ].join('\n'),
    'src/facet-fields.ts': [
      HEADER,
      '/** The values of `Facet.field` (a String in the schema, so that new facets do not break clients). */',
      constList('FACET_FIELDS', FACET_FIELDS),
      'export type FacetField = (typeof FACET_FIELDS)[number];\n',
    ].join('\n'),
  };
}

export async function writeContractSourceFiles(packageDir: string): Promise<void> {
  for (const [path, text] of Object.entries(contractSourceFiles())) {
    await writeFile(join(packageDir, path), text);
  }
}
