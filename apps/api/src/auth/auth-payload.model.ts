import { Field, ObjectType } from '@nestjs/graphql';
import { User } from '../users/user.model';

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field()
  token: string;

  @Field(() => User)
  user: User;
}
