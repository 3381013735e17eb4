import {
  type Check,
  isCategory,
  isCountry,
  isDate,
  isEmail,
  isHttpUrl,
  isImageReference,
  isLanguage,
  isLicense,
  isMimeType,
  isOrganisationUri,
  isScope,
  isStrictLanguageTag,
  isSupportId,
  isUrl,
  maxLength,
  minLength,
  oneOf,
} from './publiccode-checks';
import { DEVELOPMENT_STATUSES, MAINTENANCE_TYPES, SOFTWARE_TYPES } from './publiccode-vocabulary';

/**
 * The shape of publiccode.yml 0.x, key by key, as the parser's struct tags declare it: what each key
 * holds, whether it is required, what its values must be, and which keys are deprecated.
 */
export type Rule = TextRule | BooleanRule | ListRule | MappingRule | DictionaryRule | TextOrListRule;

interface Common {
  required?: boolean;
  /** Present, it is a warning with this advice. */
  deprecated?: string;
}
export interface TextRule extends Common {
  kind: 'text';
  checks?: Check[];
}
export interface BooleanRule extends Common {
  kind: 'boolean';
}
export interface ListRule extends Common {
  kind: 'list';
  of: Rule;
  nonEmpty?: boolean;
}
export interface MappingRule extends Common {
  kind: 'mapping';
  keys: Record<string, Rule>;
  /** Rules across keys (maintenance); `present` says which keys hold a value. */
  across?: (present: (key: string) => boolean, text: (key: string) => string | null) => AcrossProblem[];
}
export interface AcrossProblem {
  key: string;
  message: string;
}
/** A mapping whose keys are data (description's language tags). */
export interface DictionaryRule extends Common {
  kind: 'dictionary';
  keyCheck: (key: string) => string | null;
  of: Rule;
  nonEmpty?: boolean;
}
export interface TextOrListRule extends Common {
  kind: 'textOrList';
  checks: Check[];
}

const DROP_IT = "This key is DEPRECATED and will be removed in the future. It's safe to drop it";
const deprecatedFor = (replacement: string) =>
  `This key is DEPRECATED and will be removed in the future. Use '${replacement}' instead`;

const text = (checks: Check[] = [], extra: Partial<TextRule> = {}): TextRule => ({
  kind: 'text',
  checks,
  ...extra,
});
const required = (checks: Check[] = []): TextRule => text(checks, { required: true });
const boolean = (extra: Partial<BooleanRule> = {}): BooleanRule => ({ kind: 'boolean', ...extra });
const list = (of: Rule, extra: Partial<ListRule> = {}): ListRule => ({ kind: 'list', of, ...extra });
const mapping = (keys: Record<string, Rule>, extra: Partial<MappingRule> = {}): MappingRule => ({
  kind: 'mapping',
  keys,
  ...extra,
});

const organisation = mapping({ name: required(), uri: text([isOrganisationUri]) });

const description = mapping({
  localisedName: text(),
  genericName: text([maxLength(35)], { deprecated: DROP_IT }),
  shortDescription: required([maxLength(150)]),
  longDescription: required([minLength(150), maxLength(10_000)]),
  documentation: text([isHttpUrl]),
  apiDocumentation: text([isHttpUrl]),
  features: list(text(), { nonEmpty: true, required: true }),
  screenshots: list(text([isImageReference])),
  videos: list(text([isHttpUrl])),
  awards: list(text()),
});

const contractor = mapping({
  name: required(),
  email: text([isEmail]),
  website: text([isHttpUrl]),
  until: required([isDate]),
});

const contact = mapping({
  name: required(),
  email: text([isEmail]),
  affiliation: text(),
  phone: text(),
});

const maintenance = mapping(
  {
    type: required([oneOf(MAINTENANCE_TYPES)]),
    contractors: list(contractor),
    contacts: list(contact),
  },
  {
    required: true,
    across: (present, textOf) => {
      const type = textOf('type');
      const problems: AcrossProblem[] = [];
      if (type === 'contract' && !present('contractors'))
        problems.push({
          key: 'contractors',
          message: 'contractors is a required field when "type" is "contract"',
        });
      if (type !== null && type !== 'contract' && present('contractors'))
        problems.push({
          key: 'contractors',
          message: 'contractors must not be present unless "type" is "contract"',
        });
      if ((type === 'internal' || type === 'community') && !present('contacts'))
        problems.push({ key: 'contacts', message: `contacts is a required field when "type" is "${type}"` });
      return problems;
    },
  },
);

const dependency = mapping({
  name: required(),
  versionMin: text(),
  versionMax: text(),
  optional: boolean(),
  version: text(),
});

const italianSection = (deprecated?: string): MappingRule =>
  mapping(
    {
      countryExtensionVersion: text([oneOf(['0.2', '1.0'])]),
      conforme: mapping(
        {
          lineeGuidaDesign: boolean(),
          modelloInteroperabilita: boolean(),
          misureMinimeSicurezza: boolean(),
          gdpr: boolean(),
        },
        { deprecated: DROP_IT },
      ),
      riuso: mapping({
        codiceIPA: text([], {
          deprecated: deprecatedFor("organisation.uri' and set it to 'urn:x-italian-pa:[codiceIPA]"),
        }),
      }),
      piattaforme: mapping({
        spid: boolean(),
        pagopa: boolean(),
        cie: boolean(),
        anpr: boolean(),
        io: boolean(),
      }),
    },
    { deprecated },
  );

/** The root of a publiccode.yml; publiccodeYmlVersion is checked before the rest. */
export const PUBLICCODE_RULES: MappingRule = mapping({
  publiccodeYmlVersion: required(),
  name: required(),
  applicationSuite: text(),
  url: required([isUrl]),
  landingURL: text([isHttpUrl]),
  isBasedOn: { kind: 'textOrList', checks: [isUrl] },
  softwareVersion: text(),
  releaseDate: text([isDate]),
  logo: text([isImageReference]),
  monochromeLogo: text([isImageReference], { deprecated: deprecatedFor('logo') }),
  organisation,
  inputTypes: list(text([isMimeType]), { deprecated: DROP_IT }),
  outputTypes: list(text([isMimeType]), { deprecated: DROP_IT }),
  platforms: list(text(), { nonEmpty: true, required: true }),
  categories: list(text([isCategory])),
  usedBy: list(text()),
  fundedBy: list(organisation),
  roadmap: text([isHttpUrl]),
  developmentStatus: required([oneOf(DEVELOPMENT_STATUSES)]),
  softwareType: required([oneOf(SOFTWARE_TYPES)]),
  intendedAudience: mapping({
    scope: list(text([isScope])),
    countries: list(text([isCountry])),
    unsupportedCountries: list(text([isCountry])),
  }),
  supports: list(mapping({ id: required([isSupportId]) })),
  description: {
    kind: 'dictionary',
    keyCheck: (tag) => (isStrictLanguageTag(tag) ? null : 'description must be a valid BCP 47 language'),
    of: description,
    nonEmpty: true,
    required: true,
  },
  legal: mapping(
    {
      license: required([isLicense]),
      mainCopyrightOwner: text(),
      repoOwner: text([], { deprecated: deprecatedFor('organisation.name') }),
      authorsFile: text([], { deprecated: DROP_IT }),
    },
    { required: true },
  ),
  maintenance,
  localisation: mapping(
    {
      localisationReady: boolean({ required: true }),
      availableLanguages: list(text([isLanguage]), { nonEmpty: true, required: true }),
    },
    { required: true },
  ),
  dependsOn: mapping({ open: list(dependency), proprietary: list(dependency), hardware: list(dependency) }),
  IT: italianSection(),
  it: italianSection(
    "Lowercase country codes are DEPRECATED and will be removed in the future. Use 'IT' instead",
  ),
});
