const TOKEN_KEY = 'lokomotiv.token';

export function readToken(): string | null {
  return globalThis.localStorage?.getItem(TOKEN_KEY) ?? null;
}

export function writeToken(token: string | null): void {
  if (token) globalThis.localStorage?.setItem(TOKEN_KEY, token);
  else globalThis.localStorage?.removeItem(TOKEN_KEY);
}
