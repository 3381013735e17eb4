import type { Request } from 'express';

/** The site's own absolute URL as the client reached it (the app trusts only a loopback proxy). */
export function publicBaseUrl(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}
