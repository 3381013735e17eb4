import { Field, ID, InputType } from '@nestjs/graphql';
import { Role } from './role';

@InputType()
export class CreateUserInput {
  @Field()
  email: string;

  @Field()
  password: string;

  @Field()
  name: string;

  @Field(() => ID)
  organizationId: string;

  @Field(() => Role)
  role: Role;
}
