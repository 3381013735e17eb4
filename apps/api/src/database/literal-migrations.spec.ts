import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const MIGRATIONS_DIR = join(__dirname, 'migrations');

/** Every module a file refers to: `import … from`, `export … from`, `import '…'`, `import(…)`, `require(…)`. */
const MODULE_REFERENCES = [
  /^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]/gm,
  /^\s*import\s*['"]([^'"]+)['"]/gm,
  /\b(?:require|import)\s*\(\s*['"`]([^'"`]+)['"`]/g,
];

function modulesReferencedBy(file: string): string[] {
  const source = readFileSync(join(MIGRATIONS_DIR, file), 'utf8');
  return MODULE_REFERENCES.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1]));
}

describe('the migrations folder', () => {
  const files = readdirSync(MIGRATIONS_DIR);
  const migrationFiles = files.filter((file) => file !== 'index.ts');

  it('holds migrations that import nothing but typeorm, so that what they run never changes', () => {
    const imports = migrationFiles.flatMap((file) =>
      modulesReferencedBy(file).map((name) => `${file}: ${name}`),
    );
    expect(imports.filter((line) => !line.endsWith(': typeorm'))).toEqual([]);
    expect(imports).toHaveLength(migrationFiles.length);
  });

  it('lists in index.ts each migration of the folder, and nothing else', () => {
    const listed = modulesReferencedBy('index.ts').map((name) => `${name.replace(/^\.\//, '')}.ts`);
    expect(listed.sort()).toEqual(migrationFiles.sort());
  });
});
