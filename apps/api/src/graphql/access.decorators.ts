import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { unauthenticated } from '../common/domain-error';
import type { RequestContext, Viewer } from './request-context';

export const ACCESS_KEY = 'lokomotiv:access';
export type Access = 'public' | 'authenticated';

/** Anyone may call this, logged in or not; the service decides what they see. */
export const Public = () => SetMetadata(ACCESS_KEY, 'public' satisfies Access);
/** Only logged-in users; the service checks organisation and role. */
export const Authenticated = () => SetMetadata(ACCESS_KEY, 'authenticated' satisfies Access);

const contextOf = (ctx: ExecutionContext) => GqlExecutionContext.create(ctx).getContext<RequestContext>();

/** The logged-in viewer; use only on @Authenticated operations. */
export const CurrentViewer = createParamDecorator((_: unknown, ctx: ExecutionContext): Viewer => {
  const viewer = contextOf(ctx).viewer;
  if (!viewer) throw unauthenticated();
  return viewer;
});

/** The viewer if logged in, else null. */
export const OptionalViewer = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Viewer | null => contextOf(ctx).viewer,
);

export const Context = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): RequestContext => contextOf(ctx),
);
