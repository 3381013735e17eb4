import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { createSchemaOnlyApp } from '../src/app.factory';
import { contractSourceFiles } from '../src/contract/contract-files';
import { ACCESS_KEY } from '../src/graphql/access.decorators';

const RESOLVER_TYPE = 'graphql:resolver_type';
const CONTRACT_PACKAGE = resolve(__dirname, '../../../packages/contract');
const COMMITTED_SCHEMA = join(CONTRACT_PACKAGE, 'schema.gql');
const CONTRACT_CHECK = resolve(__dirname, '../../../../shared/tools/check-contract.mjs');

/** Every query and mutation handler of every resolver, with the access rule it declares. */
function operations(app: INestApplication): { name: string; access: unknown }[] {
  const found: { name: string; access: unknown }[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.providers.values()) {
      const prototype = (metatype as { prototype?: Record<string, unknown> } | null)?.prototype;
      if (!prototype) continue;
      for (const key of Object.getOwnPropertyNames(prototype)) {
        const handler = Object.getOwnPropertyDescriptor(prototype, key)?.value;
        if (typeof handler !== 'function') continue;
        const type = Reflect.getMetadata(RESOLVER_TYPE, handler);
        if (type === 'Query' || type === 'Mutation') {
          found.push({
            name: `${(metatype as { name: string }).name}.${key}`,
            access: Reflect.getMetadata(ACCESS_KEY, handler),
          });
        }
      }
    }
  }
  return found;
}

describe('the GraphQL schema', () => {
  let app: INestApplication;
  const schemaFile = join(mkdtempSync(join(tmpdir(), 'lokomotiv-schema-')), 'schema.gql');

  beforeAll(async () => {
    app = await createSchemaOnlyApp(schemaFile);
  });
  afterAll(() => app.close());

  it('has an explicit access rule on every query and mutation', () => {
    const all = operations(app);
    expect(all.length).toBeGreaterThan(10);
    expect(
      all.filter((op) => op.access !== 'public' && op.access !== 'authenticated').map((op) => op.name),
    ).toEqual([]);
  });

  it('is committed as packages/contract/schema.gql exactly as the code generates it (run `pnpm schema`)', () => {
    expect(readFileSync(COMMITTED_SCHEMA, 'utf8')).toBe(readFileSync(schemaFile, 'utf8'));
  });

  it.each(Object.entries(contractSourceFiles()))(
    'commits packages/contract/%s as the api writes it (run `pnpm schema`)',
    (path, text) => {
      expect(readFileSync(join(CONTRACT_PACKAGE, path), 'utf8')).toBe(text);
    },
  );

  const contractIt = existsSync(CONTRACT_CHECK) ? it : it.skip;
  if (!existsSync(CONTRACT_CHECK))
    console.log(`Contract check skipped: ${CONTRACT_CHECK} is not beside this checkout`);
  contractIt('satisfies the public contract in shared/api-contract.graphql', () => {
    const output = (() => {
      try {
        return execFileSync('node', [CONTRACT_CHECK, schemaFile], { encoding: 'utf8' });
      } catch (error) {
        return String((error as { stdout?: string }).stdout);
      }
    })();
    expect(output).toContain('contract: holds');
  });
});
