import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { type InputCheck, optionalText, requiredEmail, requiredText } from './input-validation';

/** Someone to call: on a solution, an adoption or a need. */
@ObjectType('ContactPerson')
export class ContactPerson {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  role: string | null;

  @Field()
  email: string;

  @Field(() => String, { nullable: true })
  phone: string | null;
}

@InputType('ContactPersonInput')
export class ContactPersonInput {
  @Field({ description: 'At most 200 characters' })
  name: string;

  @Field(() => String, { nullable: true, description: 'At most 200 characters' })
  role?: string | null;

  @Field()
  email: string;

  @Field(() => String, { nullable: true, description: 'At most 40 characters' })
  phone?: string | null;
}

/** The contact trimmed and checked, each bad field named `<field>.name` and so on, into `check`. */
export function validateContact(check: InputCheck, field: string, input: ContactPersonInput): ContactPerson {
  return {
    name: check.collect(() => requiredText(`${field}.name`, input.name, { max: 200 })),
    role: check.collect(() => optionalText(`${field}.role`, input.role, { max: 200 })),
    email: check.collect(() => requiredEmail(`${field}.email`, input.email)),
    phone: check.collect(() => optionalText(`${field}.phone`, input.phone, { max: 40 })),
  };
}
