import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { unauthenticated } from '../common/domain-error';
import { ACCESS_KEY, type Access } from './access.decorators';
import type { RequestContext } from './request-context';

/**
 * Deny by default: every query and mutation must say whether it is @Public or @Authenticated.
 * Field resolvers inherit the access of the operation that reached them.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    // Plain HTTP controllers (the public Atom feeds) guard themselves.
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
    throw new Error(`${context.getClass().name}.${context.getHandler().name} declares no access rule`);
  }
}
