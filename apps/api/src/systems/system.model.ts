import { Field, ID, ObjectType } from '@nestjs/graphql';
import { SystemCategory } from './system-category';

@ObjectType('System', { description: 'A system from the catalogue Lokomotiv ships (its own compilation)' })
export class System {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  vendor: string | null;

  @Field(() => SystemCategory)
  category: SystemCategory;
}
