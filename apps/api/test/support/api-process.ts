import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

const API_ROOT = resolve(__dirname, '../..');

/** An api started as its own process (`node src/main.ts`), as a replica runs in production. */
export interface ApiProcess {
  port: number;
  child: ChildProcess;
  /** What it printed so far, for failure messages. */
  output(): string;
  /** SIGTERM, and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts the api from its sources on `port` with `env` added to this process's environment, and
 * resolves once it answers GraphQL (it listens only after migrating and seeding).
 */
export async function startApiProcess(port: number, env: Record<string, string>): Promise<ApiProcess> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: API_ROOT,
    env: { ...process.env, WEB_DIST_DIR: '/nonexistent', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', resolveExit));
  const api: ApiProcess = {
    port,
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
  const failed = exited.then((code) => {
    throw new Error(`api on port ${port} exited with ${code} before answering:\n${output}`);
  });
  await Promise.race([answers(port), failed]);
  return api;
}

async function answers(port: number): Promise<void> {
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    }).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((wait) => setTimeout(wait, 250));
  }
}
