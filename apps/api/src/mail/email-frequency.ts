import { registerEnumType } from '@nestjs/graphql';

/** How often a user is mailed their notifications. */
export enum EmailFrequency {
  IMMEDIATELY = 'IMMEDIATELY',
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
  NEVER = 'NEVER',
}
registerEnumType(EmailFrequency, { name: 'EmailFrequency' });
