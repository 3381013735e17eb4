import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { commonError } from './domain-error';
import { InputCheck, optionalText, requiredEmail, requiredText } from './input-validation';

/** A named person to ask: of a solution's owner, an adopter, a need's owner, a responder. */
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

  @Field(() => String, {
    nullable: true,
    description: 'Digits, spaces, "+", "-", "(" and ")"; 8 to 20 characters',
  })
  phone?: string | null;
}

/** What a contact column stores (jsonb). */
export type ContactPersonValue = Pick<ContactPerson, 'name' | 'role' | 'email' | 'phone'>;

const PHONE = /^\+?[0-9 ()-]{8,20}$/;

/** The contact trimmed, each problem named `<field>.name`, `<field>.email`, ...; null stays null. */
export function optionalContactPerson(
  field: string,
  input: ContactPersonInput | null | undefined,
): ContactPersonValue | null {
  if (!input) return null;
  const check = new InputCheck();
  const contact = validateContact(check, field, input);
  check.done();
  return contact;
}

/** The contact trimmed and checked, each bad field named `<field>.name` and so on, into `check`. */
export function validateContact(
  check: InputCheck,
  field: string,
  input: ContactPersonInput,
): ContactPersonValue {
  return {
    name: check.collect(() => requiredText(`${field}.name`, input.name, { max: 200 })),
    role: check.collect(() => optionalText(`${field}.role`, input.role, { max: 200 })),
    email: check.collect(() => requiredEmail(`${field}.email`, input.email)),
    phone: check.collect(() => optionalPhone(`${field}.phone`, input.phone)),
  };
}

function optionalPhone(field: string, value: string | null | undefined): string | null {
  const phone = optionalText(field, value, { max: 20 });
  if (phone !== null && !PHONE.test(phone))
    throw commonError('NOT_A_PHONE_NUMBER', `${field} must be a phone number, e.g. +47 55 56 60 00`, {
      field,
    });
  return phone;
}
