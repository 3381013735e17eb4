import countries from 'i18n-iso-countries';
import tags from 'language-tags';
import { isLicenseExpression } from '../solutions/license-expression';
import { CATEGORIES, SCOPES, SUPPORT_ALIASES } from './publiccode-vocabulary';

/** What a check says of a value: nothing, an error, or a warning (e.g. a deprecated spelling). */
export type Verdict = { error: string } | { warning: string } | null;
export type Check = (value: string, key: string) => Verdict;

const lastName = (key: string) => key.slice(key.lastIndexOf('.') + 1);
const error = (message: string): Verdict => ({ error: message });

export const isUrl: Check = (value, key) =>
  parseUrl(value) ? null : error(`${lastName(key)} must be a valid URL`);

export const isHttpUrl: Check = (value, key) => {
  const url = parseUrl(value);
  return url && /^https?:$/.test(url.protocol) && url.hostname
    ? null
    : error(`${lastName(key)} must be an HTTP URL`);
};

function parseUrl(value: string): URL | null {
  try {
    return /^[a-z][a-z0-9+.-]*:/i.test(value) ? new URL(value) : null;
  } catch {
    return null;
  }
}

export const isDate: Check = (value, key) => {
  const date = new Date(`${value}T00:00:00Z`);
  const real = /^\d{4}-\d{2}-\d{2}$/.test(value) && date.toISOString?.().slice(0, 10) === value;
  return real && !Number.isNaN(date.getTime())
    ? null
    : error(`${lastName(key)} must be a date with format 'YYYY-MM-DD'`);
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const isEmail: Check = (value, key) =>
  EMAIL.test(value) ? null : error(`${lastName(key)} must be a valid email address`);

export const isLicense: Check = (value, key) =>
  isLicenseExpression(value)
    ? null
    : error(`${lastName(key)} must be a valid license (see https://spdx.org/licenses)`);

const MIME = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/i;
export const isMimeType: Check = (value, key) =>
  MIME.test(value) ? null : error(`${lastName(key)} is not a valid MIME type`);

export const isCategory: Check = (value, key) =>
  CATEGORIES.has(value)
    ? null
    : error(
        `${lastName(key)} must be a valid category (see https://github.com/publiccodeyml/publiccode.yml/blob/main/docs/standard/categories-list.rst)`,
      );

export const isScope: Check = (value, key) =>
  SCOPES.has(value)
    ? null
    : error(
        `${lastName(key)} must be a valid scope (see https://github.com/publiccodeyml/publiccode.yml/blob/main/docs/standard/scope-list.rst)`,
      );

/** ISO 3166-1 alpha-2, upper case; lower case is accepted with a warning, as the parser does. */
export const isCountry: Check = (value, key) => {
  if (!/^[a-z]{2}$/i.test(value) || !countries.isValid(value.toUpperCase()))
    return error(`${lastName(key)} must be a valid ISO 3166-1 alpha-2 two-letter country code`);
  return value === value.toUpperCase()
    ? null
    : { warning: `Lowercase country codes are DEPRECATED. Use uppercase instead ('${value.toUpperCase()}')` };
};

/** A BCP 47 tag whose every subtag is in the IANA registry: "en-GB", never the POSIX "en_GB". */
export function isStrictLanguageTag(value: string): boolean {
  return tags(value).valid();
}

/** availableLanguages: like the parser, also ISO 639-2/3 codes ("ita") and POSIX separators. */
export const isLanguage: Check = (value, key) => {
  const tag = value.replace(/_/g, '-');
  const [first, ...rest] = tag.split('-');
  const threeLetter =
    /^[a-z]{3}$/i.test(first) && (rest.length === 0 || isStrictLanguageTag(['en', ...rest].join('-')));
  return isStrictLanguageTag(tag) || threeLetter
    ? null
    : error(`${lastName(key)} must be a valid BCP 47 language`);
};

/** A URI, or the Italian register's `urn:x-italian-pa:<code>`. */
export const isOrganisationUri: Check = (value, key) => {
  if (value.startsWith('urn:x-italian-pa:'))
    return /^urn:x-italian-pa:[a-z0-9_]+$/i.test(value)
      ? null
      : error(
          `${lastName(key)} must be a valid Italian Public Administration Code (iPA) with format 'urn:x-italian-pa:[codiceIPA]' (see https://github.com/publiccodeyml/italian-organizations-ipa-vocabulary)`,
        );
  return /^[a-z][a-z0-9+.-]*:[^\s]+$/i.test(value) ? null : error(`${lastName(key)} is not a valid URI`);
};

export const isSupportId: Check = (value, key) => {
  if (value.startsWith('alias:'))
    return SUPPORT_ALIASES.has(value.slice('alias:'.length))
      ? null
      : error(
          `${lastName(key)} contains an unknown alias (see https://github.com/publiccodeyml/publiccode.yml/blob/main/docs/standard/aliases-list.rst)`,
        );
  return isOrganisationUri(value, key);
};

const IMAGE_EXTENSIONS = /\.(svg|svgz|png|jpe?g)$/i;

/**
 * A logo or screenshot: an http(s) URL or a relative path. A pasted file has no folder, so a
 * relative path is not looked up; absolute paths and file:// URLs are refused as the parser does.
 */
export const isImageReference: Check = (value) => {
  if (/^file:/i.test(value)) return error('is a file:// URL. Only relative paths or HTTP(s) URLs allowed');
  if (value.startsWith('/')) return error('is an absolute path. Only relative paths or HTTP(s) URLs allowed');
  const path = parseUrl(value)?.pathname ?? value;
  return IMAGE_EXTENSIONS.test(path) ? null : error(`invalid file extension for: ${value}`);
};

export const oneOf =
  (allowed: readonly string[]): Check =>
  (value, key) =>
    allowed.includes(value)
      ? null
      : error(
          `${lastName(key)} must be one of the following: ${allowed
            .map((item) => `"${item}"`)
            .join(', ')
            .replace(/, ([^,]*)$/, ' or $1')}`,
        );

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Length as a reader counts it: grapheme clusters, so 👦 and é are one each. */
export function graphemeLength(text: string): number {
  let count = 0;
  for (const _ of segmenter.segment(text)) count++;
  return count;
}

export const maxLength =
  (max: number): Check =>
  (value, key) =>
    graphemeLength(value) <= max
      ? null
      : error(`${lastName(key)} must be a maximum of ${max} characters in length`);

export const minLength =
  (min: number): Check =>
  (value, key) =>
    graphemeLength(value) >= min
      ? null
      : error(`${lastName(key)} must be at least ${min} characters in length`);
