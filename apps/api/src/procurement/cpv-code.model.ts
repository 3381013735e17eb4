import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('CpvCode', { description: 'A code of the Common Procurement Vocabulary (CPV 2008)' })
export class CpvCode {
  @Field({ description: 'Full form with check digit, e.g. "72000000-5"' })
  code: string;

  @Field({ description: 'The first two digits, e.g. "72"' })
  division: string;

  @Field({ description: 'Norwegian (bokmål) label from DFØ' })
  labelNb: string;

  @Field({ description: 'English label from the EU' })
  labelEn: string;
}
