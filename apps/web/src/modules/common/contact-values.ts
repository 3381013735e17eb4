import type { ContactPersonInput } from '../../generated/graphql';
import { type ApiError, requiredError } from './api-errors';

/** A contact person's fields as a form holds them, named as the api names its errors. */
export const CONTACT_FIELDS = ['contact.name', 'contact.role', 'contact.email', 'contact.phone'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];
export type ContactValues = Record<ContactField, string>;

type Contact = { name: string; role?: string | null; email: string; phone?: string | null };

export function contactValuesOf(contact: Contact | null | undefined): ContactValues {
  return {
    'contact.name': contact?.name ?? '',
    'contact.role': contact?.role ?? '',
    'contact.email': contact?.email ?? '',
    'contact.phone': contact?.phone ?? '',
  };
}

/** The signed-in user as the contact a form starts with. */
export const ownContactValues = (user: { name: string; email: string } | null | undefined): ContactValues =>
  contactValuesOf(user && { name: user.name, email: user.email });

/** A mail to `email`, its subject naming what it is about. */
export const mailtoOf = (email: string, subject: string) =>
  `mailto:${email}?subject=${encodeURIComponent(subject)}`;

/** Name and e-mail are required once any field is filled in, or always when the contact is. */
export function contactProblems(values: ContactValues, required = false): ApiError[] {
  const given = required || CONTACT_FIELDS.some((field) => values[field].trim());
  if (!given) return [];
  return (['contact.name', 'contact.email'] as const)
    .filter((field) => !values[field].trim())
    .map(requiredError);
}

/** The api input: null when neither name nor e-mail is given. */
export function toContactInput(values: ContactValues): ContactPersonInput | null {
  const blankToNull = (value: string) => value.trim() || null;
  const name = blankToNull(values['contact.name']);
  const email = blankToNull(values['contact.email']);
  if (!name || !email) return null;
  return {
    name,
    email,
    role: blankToNull(values['contact.role']),
    phone: blankToNull(values['contact.phone']),
  };
}
