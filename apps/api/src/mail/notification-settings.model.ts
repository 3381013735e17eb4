import { Field, ObjectType } from '@nestjs/graphql';
import { EmailFrequency } from './email-frequency';

@ObjectType()
export class NotificationSettings {
  @Field(() => EmailFrequency)
  emailFrequency: EmailFrequency;
}
