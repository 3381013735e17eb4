import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const SERVE = join(__dirname, '../../src/auth/oidc/test-provider/serve-test-provider.mjs');

export interface TestOidcProviderOptions {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  altinnResource: string;
}

/**
 * The Ansattporten-like test provider (oidc-provider, ESM-only) in a Node process of its own, on a free port,
 * with the demo's test people (Bergen; Bergen and Oslo; a company only).
 */
export class TestOidcProvider {
  private constructor(
    private readonly child: ChildProcess,
    readonly issuer: string,
  ) {}

  static start(options: TestOidcProviderOptions): Promise<TestOidcProvider> {
    const config = {
      altinnResource: options.altinnResource,
      clients: [
        {
          client_id: options.clientId,
          client_secret: options.clientSecret,
          redirect_uris: [options.redirectUri],
          token_endpoint_auth_method: 'client_secret_basic',
        },
      ],
    };
    const child = spawn(process.execPath, [SERVE, JSON.stringify(config)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const errors: string[] = [];
    child.stderr?.on('data', (chunk) => errors.push(String(chunk)));
    return new Promise((resolve, reject) => {
      child.once('exit', (code) =>
        reject(new Error(`The test provider exited (${code}): ${errors.join('')}`)),
      );
      createInterface({ input: child.stdout as NodeJS.ReadableStream }).once('line', (line) => {
        resolve(new TestOidcProvider(child, (JSON.parse(line) as { issuer: string }).issuer));
      });
    });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }
}

/** A browser's part for the code flow: follows nothing by itself, keeps cookies per origin. */
export class CookieBrowser {
  private readonly jars = new Map<string, Map<string, string>>();

  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}) {
    const target = new URL(url);
    const jar = this.jars.get(target.origin) ?? new Map<string, string>();
    this.jars.set(target.origin, jar);
    const response = await fetch(target, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, ...value] = pair.split('=');
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(cookie)) jar.delete(name.trim());
      else jar.set(name.trim(), value.join('='));
    }
    const location = response.headers.get('location');
    return {
      status: response.status,
      location: location ? new URL(location, target).href : null,
      body: await response.text(),
    };
  }
}
