import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { unauthenticated } from '../common/domain-error';
import { ACCESS_KEY, type Access } from './access.decorators';
import type { RequestContext, Viewer } from './request-context';

/** The logged-in viewer of a plain HTTP request (its bearer token), or null. */
export type ViewerOfRequest = (req: Request) => Promise<Viewer | null>;

/** What the refusal of an undeclared resolver or controller handler says: the fix, exactly. */
export const undeclaredAccess = (className: string, handler: string) =>
  `${className}.${handler} declares no access rule: add @Public() or @Authenticated() ` +
  `(from src/graphql/access.decorators) to ${handler}, or on a controller to the class`;

/**
 * Deny by default: every query, mutation and HTTP controller handler must say whether it is
 * @Public or @Authenticated. Field resolvers inherit the access of the operation that reached them.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly viewerOf: ViewerOfRequest,
  ) {}

  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    if (context.getType() === 'http') return this.allowsHttp(context);
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const parentType = gql.getInfo<{ parentType: { name: string } }>().parentType.name;
    if (parentType !== 'Query' && parentType !== 'Mutation') return true;
    const access = this.reflector.get<Access | undefined>(ACCESS_KEY, context.getHandler());
    if (access === 'public') return true;
    if (access === 'authenticated') {
      if (!gql.getContext<RequestContext>().viewer) throw unauthenticated();
      return true;
    }
    throw new Error(undeclaredAccess(context.getClass().name, context.getHandler().name));
  }

  private async allowsHttp(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (access === 'public') return true;
    if (access === 'authenticated') {
      if (!(await this.viewerOf(context.switchToHttp().getRequest<Request>()))) {
        throw new UnauthorizedException();
      }
      return true;
    }
    throw new ForbiddenException(undeclaredAccess(context.getClass().name, context.getHandler().name));
  }
}
