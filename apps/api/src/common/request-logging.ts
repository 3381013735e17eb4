import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from '../config/app-config';

/** A caller's own request id is kept when it looks like one, so a proxy's id follows the request. */
const REQUEST_ID = /^[\w.:-]{1,128}$/;
const PROBES = new Set(['/livez', '/readyz', '/metrics']);

/**
 * One JSON line per request (pino), with its id, also sent back as X-Request-Id; every line logged
 * while handling it carries the same `req.id`. Probes are not logged.
 */
export function requestLogging(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.logLevel,
      genReqId: (req: IncomingMessage, res: ServerResponse) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      autoLogging: { ignore: (req: IncomingMessage) => PROBES.has(req.url?.split('?')[0] ?? '') },
      // Never headers: they hold tokens and cookies.
      serializers: {
        req: (req: { id: string; method: string; url: string; remoteAddress?: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url,
          remoteAddress: req.remoteAddress,
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    },
  };
}
