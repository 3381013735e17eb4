import { createConnection } from 'node:net';

export const TEST_REDIS_ENV = 'LOKOMOTIV_TEST_REDIS_URL';
const LOCAL_REDIS = 'redis://127.0.0.1:6379';

/** Whether a Redis server answers PING at 127.0.0.1:6379 within half a second. */
function localRedisAnswers(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port: 6379 });
    const done = (answered: boolean) => {
      socket.destroy();
      resolve(answered);
    };
    socket.setTimeout(500, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

/** The Redis the Redis suites run against: REDIS_URL when set, else a local server when one answers. */
export async function findTestRedis(): Promise<void> {
  const url = process.env.REDIS_URL || ((await localRedisAnswers()) ? LOCAL_REDIS : '');
  if (url) process.env[TEST_REDIS_ENV] = url;
}
