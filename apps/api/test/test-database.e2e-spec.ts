import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { TestApp } from './support/test-app';

const API_ROOT = resolve(__dirname, '..');

/** The durability settings of an embedded server started in `dataDir`. */
async function embeddedSettings(dataDir: string, kind: 'durable' | 'throwaway') {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['-r', '@swc-node/register', 'test/support/embedded-durability.ts', dataDir, kind],
    { cwd: API_ROOT },
  );
  return JSON.parse(stdout) as Record<string, string>;
}

describe('the test database', () => {
  it('answers commits of test connections before they reach the disk', async () => {
    const app = await TestApp.start();
    try {
      const [{ synchronous_commit }] = await app.dataSource.query('SHOW synchronous_commit');
      expect(synchronous_commit).toBe('off');
    } finally {
      await app.stop();
    }
  });

  it('runs embedded without crash safety, while the app’s embedded default keeps it', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'lokomotiv-durability-'));
    try {
      expect(await embeddedSettings(dataDir, 'throwaway')).toEqual({
        fsync: 'off',
        synchronous_commit: 'off',
        full_page_writes: 'off',
      });
      expect(await embeddedSettings(dataDir, 'durable')).toEqual({
        fsync: 'on',
        synchronous_commit: 'on',
        full_page_writes: 'on',
      });
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
