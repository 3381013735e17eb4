import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A built web app in miniature, for WEB_DIST_DIR: an index.html titled Lokomotiv, and `files` by path. */
export function fakeWebDist(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'lokomotiv-web-'));
  for (const [path, content] of Object.entries({
    'index.html': '<!doctype html><title>Lokomotiv</title>',
    ...files,
  })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}
