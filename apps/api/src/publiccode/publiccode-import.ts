import type { DomainError } from '../common/domain-error';
import type { ImportedSolutionFields } from '../solutions/solution.entity';
import type { SolutionInput } from '../solutions/solution.inputs';
import { MAX_TAG_LENGTH, MAX_TAGS } from '../solutions/solution-input.validation';
import type { SolutionLinkInput } from '../solutions/solution-profile';
import { MAX_LINKS } from '../solutions/solution-profile.validation';
import { kindOf, LINK_LABELS, MATURITY_OF, preferredLanguage, serviceAreaOf } from './publiccode-mapping';
import type { PubliccodeProblemValue } from './publiccode-validator';
import type { DevelopmentStatus, SoftwareType } from './publiccode-vocabulary';

/** The keys of a valid file that an import reads (the validator has checked their types). */
interface PubliccodeData {
  name: string;
  url: string;
  landingURL?: string;
  roadmap?: string;
  usedBy?: string[];
  developmentStatus: DevelopmentStatus;
  softwareType: SoftwareType;
  intendedAudience?: { scope?: string[] };
  description: Record<string, PubliccodeDescription>;
  legal: { license: string };
  maintenance: { contacts?: { name: string; email?: string; phone?: string }[] };
}
interface PubliccodeDescription {
  localisedName?: string;
  shortDescription: string;
  longDescription: string;
  documentation?: string;
  apiDocumentation?: string;
  features: string[];
  screenshots?: string[];
  videos?: string[];
}

export interface ImportPlan {
  input: SolutionInput;
  imported: ImportedSolutionFields;
  /** What the import leaves out or shortens, as warnings. */
  problems: PubliccodeProblemValue[];
  /** The publiccode.yml key a solution field came from, to name it when the solution refuses it. */
  keyOf: (field: string) => string;
}

const MAX_DECLARED_USERS = 100;
const PHONE = /^\+?[0-9 ()-]{8,20}$/;
const languageNames = new Intl.DisplayNames(['nb'], { type: 'language' });

/** A valid publiccode.yml as the fields of a new solution. */
export function planImport(raw: Record<string, unknown>): ImportPlan {
  const data = raw as unknown as PubliccodeData;
  const problems: PubliccodeProblemValue[] = [];
  const warn = (key: string, message: string) =>
    problems.push({ severity: 'WARNING', key, message, line: null, column: null });
  const languages = Object.keys(data.description);
  const language = preferredLanguage(languages);
  const chosen = data.description[language];
  const at = (key: string) => `description.${language}.${key}`;
  const input: SolutionInput = {
    title: String(chosen.localisedName ?? data.name),
    summary: String(chosen.shortDescription).trim(),
    description: describe(data.description, language),
    serviceArea: serviceAreaOf(data.intendedAudience?.scope ?? []),
    tags: tagsOf(chosen.features.map(String), (message) => warn(at('features'), message)),
    licenseId: data.legal.license,
    kind: kindOf(data.softwareType),
    maturity: MATURITY_OF[data.developmentStatus],
    contact: contactOf(data, warn),
    links: linksOf(data, chosen, language, warn),
  };
  const fieldKeys: Record<string, string> = {
    title: chosen.localisedName ? at('localisedName') : 'name',
    summary: at('shortDescription'),
    description: at('longDescription'),
    tags: at('features'),
    licenseId: 'legal.license',
    contact: 'maintenance.contacts',
    links: 'url',
  };
  return {
    input,
    imported: {
      declaredUsers: declaredUsersOf(data.usedBy ?? [], (message) => warn('usedBy', message)),
      textLanguage: language.toLowerCase() === 'nb' ? null : language,
    },
    problems,
    keyOf: (field) => fieldKeys[field.split('.')[0]] ?? field,
  };
}

/** The preferred language's description, then every other one under a heading of its language. */
function describe(descriptions: Record<string, PubliccodeDescription>, language: string): string {
  const others = Object.entries(descriptions)
    .filter(([tag]) => tag !== language)
    .map(([tag, other]) => {
      const name = languageNames.of(tag) ?? tag;
      const heading = `${name.charAt(0).toUpperCase()}${name.slice(1)} (${tag})`;
      return `### ${heading}\n\n${String(other.shortDescription).trim()}\n\n${String(other.longDescription).trim()}`;
    });
  return [String(descriptions[language].longDescription).trim(), ...others].join('\n\n---\n\n');
}

function tagsOf(features: string[], warn: (message: string) => void): string[] {
  if (features.length > MAX_TAGS) warn(`Only the first ${MAX_TAGS} features become tags`);
  return features.slice(0, MAX_TAGS).map((feature) => {
    const tag = feature.trim();
    if (tag.length <= MAX_TAG_LENGTH) return tag;
    warn(`"${tag}" is longer than a tag (${MAX_TAG_LENGTH} characters) and was shortened`);
    return `${tag.slice(0, MAX_TAG_LENGTH - 1).trimEnd()}…`;
  });
}

function contactOf(data: PubliccodeData, warn: (key: string, message: string) => void) {
  const contacts = data.maintenance.contacts ?? [];
  const index = contacts.findIndex((contact) => contact.email);
  if (index < 0) {
    if (contacts.length)
      warn('maintenance.contacts', 'No contact has an e-mail address, so none became the contact');
    return null;
  }
  const { name, email, phone } = contacts[index];
  const phoneText = phone === undefined ? '' : String(phone).trim();
  if (phoneText && !PHONE.test(phoneText))
    warn(
      `maintenance.contacts[${index}].phone`,
      'The phone number is not one Lokomotiv can show and was left out',
    );
  return { name: String(name), email: String(email), phone: PHONE.test(phoneText) ? phoneText : null };
}

function linksOf(
  data: PubliccodeData,
  description: PubliccodeDescription,
  language: string,
  warn: (key: string, message: string) => void,
): SolutionLinkInput[] {
  const candidates: [string, string, string | undefined][] = [
    ['url', LINK_LABELS.url, data.url],
    ['landingURL', LINK_LABELS.landingURL, data.landingURL],
    [`description.${language}.documentation`, LINK_LABELS.documentation, description.documentation],
    [`description.${language}.apiDocumentation`, LINK_LABELS.apiDocumentation, description.apiDocumentation],
    ['roadmap', LINK_LABELS.roadmap, data.roadmap],
    ...(description.screenshots ?? []).map((url, i): [string, string, string] => [
      `description.${language}.screenshots[${i}]`,
      `${LINK_LABELS.screenshot} ${i + 1}`,
      url,
    ]),
    ...(description.videos ?? []).map((url, i): [string, string, string] => [
      `description.${language}.videos[${i}]`,
      `${LINK_LABELS.video} ${i + 1}`,
      url,
    ]),
  ];
  const links: SolutionLinkInput[] = [];
  for (const [key, label, url] of candidates) {
    if (url === undefined) continue;
    if (!/^https?:\/\//i.test(String(url))) {
      warn(key, `"${url}" is not an http(s) address, so it became no link`);
      continue;
    }
    if (links.length === MAX_LINKS) {
      warn(key, `A solution has at most ${MAX_LINKS} links; the rest were left out`);
      break;
    }
    links.push({ label, url: String(url) });
  }
  return links;
}

function declaredUsersOf(usedBy: string[], warn: (message: string) => void): string[] {
  const names = [...new Set(usedBy.map((name) => String(name).trim()).filter(Boolean))].map((name) =>
    name.slice(0, 200),
  );
  if (names.length > MAX_DECLARED_USERS) warn(`Only the first ${MAX_DECLARED_USERS} users were kept`);
  return names.slice(0, MAX_DECLARED_USERS);
}

/** A solution's refusal of an imported field, told as a problem of the publiccode.yml key it came from. */
export function problemOf(error: DomainError, keyOf: (field: string) => string): PubliccodeProblemValue {
  return {
    severity: 'ERROR',
    key: error.field ? keyOf(error.field) : '',
    message: error.message,
    line: null,
    column: null,
  };
}
