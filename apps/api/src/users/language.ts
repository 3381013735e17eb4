import { registerEnumType } from '@nestjs/graphql';

/** The languages the interface, mail and feeds speak. */
export enum Language {
  NB = 'NB',
  EN = 'EN',
}
registerEnumType(Language, { name: 'Language', description: 'Norwegian bokmål (the default) or English' });
