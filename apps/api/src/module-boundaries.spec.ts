import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const REPO_ROOT = join(__dirname, '..', '..', '..');
const BIOME = require.resolve('@biomejs/biome/bin/biome');

/** Sample files of apps/api/src, each line an import; the comment on a line names the diagnostic it must get. */
const SAMPLES: Record<string, string> = {
  'solutions/sample.service.ts': `
import { EntityManager } from 'typeorm'; // typeorm
import { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions'; // typeorm
import { MeiliSearch } from 'meilisearch'; // meilisearch
import { NeedRepository } from '../needs/need.repository'; // repository
import { SolutionRepository } from './solution.repository';
import { SearchOutboxRepository } from '../outbox/search-outbox.repository';
import { TransactionRunner } from '../database/unit-of-work';`,
  'solutions/sample.module.ts': `
import { DataSource } from 'typeorm';
import { EntityManager } from 'typeorm'; // typeorm
import { MeiliSearch } from 'meilisearch'; // meilisearch`,
  'app.factory.ts': `
import type { DataSource } from 'typeorm';
import { QueryRunner } from 'typeorm'; // typeorm`,
  'solutions/sample.repository.ts': `
import { DataSource, EntityManager } from 'typeorm';
import { MeiliSearch } from 'meilisearch'; // meilisearch
import { NeedRepository } from '../needs/need.repository'; // repository`,
  'solutions/sample.entity.ts': `
import { Column, Entity } from 'typeorm';`,
  'search/postgres-sample-engine.ts': `
import type { DataSource, QueryRunner } from 'typeorm';`,
  'database/migrations/9999-sample.ts': `
import type { MigrationInterface, QueryRunner } from 'typeorm';`,
  'search/meilisearch-search-engine.ts': `
import { MeiliSearch } from 'meilisearch';
import { DataSource } from 'typeorm'; // typeorm`,
  'solutions/sample.spec.ts': `
import { QueryFailedError } from 'typeorm';`,
};

const MESSAGE_STARTS = {
  typeorm: 'TypeORM stays in the data layer',
  meilisearch: 'Only the Meilisearch adapter',
  repository: "A module's repositories are its own",
};

/** What the samples must get: `file:line kind`, the expectations written beside the lines. */
function expectedDiagnostics(): string[] {
  return Object.entries(SAMPLES).flatMap(([file, source]) =>
    source
      .trimStart()
      .split('\n')
      .flatMap((line, index) => {
        const kind = /\/\/ (\w+)$/.exec(line)?.[1];
        return kind ? [`${file}:${index + 1} ${kind}`] : [];
      }),
  );
}

interface Diagnostic {
  category: string;
  message: string;
  location: { path: string; start: { line: number } };
}

/** Lints the samples with the repository's own biome.json, in a folder of their own. */
function lintSamples(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'module-boundaries-'));
  try {
    const config = JSON.parse(readFileSync(join(REPO_ROOT, 'biome.json'), 'utf8'));
    delete config.$schema;
    config.vcs = { enabled: false };
    writeFileSync(join(dir, 'biome.json'), JSON.stringify(config));
    for (const [file, source] of Object.entries(SAMPLES)) {
      const path = join(dir, 'apps/api/src', file);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, `${source.trimStart()}\n`);
    }
    const run = spawnSync(
      process.execPath,
      [BIOME, 'lint', '--reporter=json', '--max-diagnostics=1000', 'apps'],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    const { diagnostics } = JSON.parse(run.stdout) as { diagnostics: Diagnostic[] };
    const restricted = diagnostics.filter((d) => d.category === 'lint/style/noRestrictedImports');
    return restricted.map(({ message, location }) => {
      const kind = Object.entries(MESSAGE_STARTS).find(([, start]) => message.startsWith(start))?.[0];
      const file = location.path.replace(/^apps\/api\/src\//, '');
      return `${file}:${location.start.line} ${kind ?? message}`;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the module boundaries lint rule (biome.json)', () => {
  it('refuses typeorm outside the data layer, meilisearch outside its adapter, and another module’s repository', () => {
    expect(lintSamples().sort()).toEqual(expectedDiagnostics().sort());
  });
});
