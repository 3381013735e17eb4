import 'reflect-metadata';
import { Controller, Get, type INestApplication, Module } from '@nestjs/common';
import { METHOD_METADATA } from '@nestjs/common/constants';
import { APP_GUARD, ModulesContainer, NestFactory, Reflector } from '@nestjs/core';
import { createSchemaOnlyApp } from '../src/app.factory';
import { ACCESS_KEY, Authenticated, Public } from '../src/graphql/access.decorators';
import { AccessGuard, undeclaredAccess } from '../src/graphql/access.guard';
import type { Viewer } from '../src/graphql/request-context';

@Controller('sample')
class SampleController {
  @Public()
  @Get('public')
  open(): string {
    return 'open';
  }

  @Authenticated()
  @Get('mine')
  mine(): string {
    return 'mine';
  }

  @Get('undeclared')
  undeclared(): string {
    return 'should never be sent';
  }
}

@Public()
@Controller('public-class')
class PublicClassController {
  @Get()
  probe(): string {
    return 'ok';
  }
}

const VIEWER = { userId: 'u' } as Viewer;

@Module({
  controllers: [SampleController, PublicClassController],
  providers: [
    {
      provide: APP_GUARD,
      inject: [Reflector],
      // Who is logged in is the auth module's concern; here a fixed token stands for a session.
      useFactory: (reflector: Reflector) =>
        new AccessGuard(reflector, async (req) =>
          req.headers.authorization === 'Bearer session' ? VIEWER : null,
        ),
    },
  ],
})
class SampleModule {}

/** Every handler of every controller in the app that declares no access, as the refusal would say it. */
function undeclaredHandlers(app: INestApplication): string[] {
  const reflector = new Reflector();
  return [...app.get(ModulesContainer).values()].flatMap((module) =>
    [...module.controllers.values()].flatMap(({ metatype }) => {
      const controller = metatype as new () => object;
      const prototype = controller.prototype as Record<string, () => unknown>;
      return Object.getOwnPropertyNames(prototype)
        .filter((name) => name !== 'constructor' && Reflect.hasMetadata(METHOD_METADATA, prototype[name]))
        .filter((name) => !reflector.getAllAndOverride(ACCESS_KEY, [prototype[name], controller]))
        .map((name) => undeclaredAccess(controller.name, name));
    }),
  );
}

describe('access of HTTP controllers', () => {
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    app = await NestFactory.create(SampleModule, { logger: false });
    await app.listen(0, '127.0.0.1');
    url = await app.getUrl();
  });
  afterAll(() => app.close());

  const get = (path: string, token?: string) =>
    fetch(`${url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('refuses a handler that declares no access, saying what to add', async () => {
    const response = await get('/sample/undeclared', 'session');
    expect(response.status).toBe(403);
    expect((await response.json()).message).toBe(
      'SampleController.undeclared declares no access rule: add @Public() or @Authenticated() ' +
        '(from src/graphql/access.decorators) to undeclared, or on a controller to the class',
    );
  });

  it('serves a @Public handler, or a handler of a @Public controller, to anyone', async () => {
    expect(await (await get('/sample/public')).text()).toBe('open');
    expect(await (await get('/public-class')).text()).toBe('ok');
  });

  it('serves an @Authenticated handler only with a session', async () => {
    expect((await get('/sample/mine')).status).toBe(401);
    expect((await get('/sample/mine', 'not-a-session')).status).toBe(401);
    expect(await (await get('/sample/mine', 'session')).text()).toBe('mine');
  });

  it('finds the undeclared handler of the sample module', () => {
    expect(undeclaredHandlers(app)).toEqual([undeclaredAccess('SampleController', 'undeclared')]);
  });

  it('finds every controller handler of the api declared', async () => {
    const api = await createSchemaOnlyApp();
    try {
      expect(undeclaredHandlers(api)).toEqual([]);
    } finally {
      await api.close();
    }
  });
});
