import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ContactPersonInput } from '../common/contact-person';

/** How it went for one adopter, in its own words and figures. */
@ObjectType('ReuseStory')
export class ReuseStory {
  @Field(() => Int, { nullable: true })
  hoursSavedPerYear: number | null;

  @Field(() => Int, { nullable: true })
  savingsNokPerYear: number | null;

  @Field(() => String, { nullable: true, description: 'What had to change to make it work here' })
  adaptations: string | null;

  @Field(() => Int, { nullable: true, description: '1 to 5' })
  rating: number | null;

  @Field(() => String, { nullable: true })
  review: string | null;

  @Field()
  updatedAt: Date;
}

@InputType('ReuseStoryInput')
export class ReuseStoryInput {
  @Field(() => Int, { nullable: true, description: 'At most 100,000' })
  hoursSavedPerYear?: number | null;

  @Field(() => Int, { nullable: true, description: 'At most 100,000,000' })
  savingsNokPerYear?: number | null;

  @Field(() => String, { nullable: true, description: 'At most 5,000 characters' })
  adaptations?: string | null;

  @Field(() => Int, { nullable: true, description: '1 to 5' })
  rating?: number | null;

  @Field(() => String, { nullable: true, description: 'At most 2,000 characters' })
  review?: string | null;

  @Field(() => ContactPersonInput, { nullable: true })
  contact?: ContactPersonInput | null;
}
