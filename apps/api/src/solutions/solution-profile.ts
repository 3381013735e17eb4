import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ContactPerson, ContactPersonInput, type ContactPersonValue } from '../common/contact-person';

/**
 * What a solution is, beyond its description: kind and the fields that fit it, maturity, licence,
 * contact, links, costs, who built it and where it runs. Kept apart from the core solution fields.
 */
export enum SolutionKind {
  SOFTWARE = 'SOFTWARE',
  ROBOT = 'ROBOT',
  INTEGRATION = 'INTEGRATION',
  SERVICE = 'SERVICE',
  TEMPLATE = 'TEMPLATE',
  DATASET = 'DATASET',
}
registerEnumType(SolutionKind, {
  name: 'SolutionKind',
  valuesMap: {
    SOFTWARE: { description: 'An application or component' },
    ROBOT: { description: 'An RPA process (UiPath, Blue Prism, Power Automate, ...)' },
    INTEGRATION: { description: 'An integration or API between systems' },
    SERVICE: { description: 'A service design or way of working others can copy' },
    TEMPLATE: {
      description: 'Tender documents, DPIAs, risk assessments, needs descriptions (linked, not uploaded)',
    },
    DATASET: { description: 'Shared or open data' },
  },
});

export enum SolutionMaturity {
  CONCEPT = 'CONCEPT',
  PILOT = 'PILOT',
  PRODUCTION = 'PRODUCTION',
  DISCONTINUED = 'DISCONTINUED',
}
registerEnumType(SolutionMaturity, { name: 'SolutionMaturity' });

export enum SolutionBuilder {
  IN_HOUSE = 'IN_HOUSE',
  BOUGHT = 'BOUGHT',
  CO_DEVELOPED = 'CO_DEVELOPED',
}
registerEnumType(SolutionBuilder, {
  name: 'SolutionBuilder',
  description: 'Who built it',
  valuesMap: {
    BOUGHT: { description: 'Bought from the supplier named in supplierName' },
    CO_DEVELOPED: { description: 'Developed together with the supplier named in supplierName' },
  },
});

export enum SolutionHosting {
  SAAS = 'SAAS',
  ON_PREMISES = 'ON_PREMISES',
}
registerEnumType(SolutionHosting, { name: 'SolutionHosting' });

/** The fields only some kinds have: any other kind refuses them, and drops them when it replaces such a kind. */
export const KIND_FIELDS = {
  endpointUrl: [SolutionKind.INTEGRATION],
  rpaPlatformId: [SolutionKind.ROBOT],
  automatedProcess: [SolutionKind.ROBOT],
  datasetFormat: [SolutionKind.DATASET],
} as const satisfies Record<string, readonly SolutionKind[]>;

@ObjectType('SolutionLink')
export class SolutionLink {
  @Field({ description: 'e.g. "Brukerveiledning", "Kildekode", "Demo", "Dokumentasjon"' })
  label: string;

  @Field({ description: 'http or https' })
  url: string;
}

@InputType('SolutionLinkInput')
export class SolutionLinkInput {
  @Field({ description: 'At most 100 characters' })
  label: string;

  @Field()
  url: string;
}

/** A requirement as stored: met when the organisation runs any of the systems. */
export interface SolutionRequirementValue {
  description: string;
  anyOfSystemIds: string[];
}

@InputType('SolutionRequirementInput')
export class SolutionRequirementInput {
  @Field({ description: 'e.g. "Sak/arkiv med Noark 5-grensesnitt"; at most 200 characters' })
  description: string;

  @Field(() => [ID], { description: 'Systems of the catalogue, any of which meets it; 1 to 10' })
  anyOfSystemIds: string[];
}

/** The profile as the table stores it. */
export interface SolutionProfileFields {
  kind: SolutionKind;
  maturity: SolutionMaturity;
  /** YYYY-MM-DD. */
  lastReviewedOn: string | null;
  licenseId: string | null;
  /** Derived from licenseId on every write. */
  openSource: boolean;
  contact: ContactPersonValue | null;
  links: SolutionLink[];
  requirements: SolutionRequirementValue[];
  endpointUrl: string | null;
  rpaPlatformId: string | null;
  automatedProcess: string | null;
  datasetFormat: string | null;
  licenseCostNok: number | null;
  yearlyRunningCostNok: number | null;
  priceModel: string | null;
  builtBy: SolutionBuilder | null;
  supplierName: string | null;
  hosting: SolutionHosting | null;
}

export const SOLUTION_PROFILE_INPUT_FIELDS = [
  'kind',
  'maturity',
  'lastReviewedOn',
  'licenseId',
  'contact',
  'links',
  'requirements',
  'endpointUrl',
  'rpaPlatformId',
  'automatedProcess',
  'datasetFormat',
  'licenseCostNok',
  'yearlyRunningCostNok',
  'priceModel',
  'builtBy',
  'supplierName',
  'hosting',
] as const satisfies readonly (keyof SolutionProfileFields)[];

/** The profile half of SolutionInput. Omitted: the default on create, the stored value on update. */
@InputType({ isAbstract: true })
export abstract class SolutionProfileInput {
  @Field(() => SolutionKind, { nullable: true, description: 'Default SOFTWARE' })
  kind?: SolutionKind | null;

  @Field(() => SolutionMaturity, { nullable: true, description: 'Default PRODUCTION' })
  maturity?: SolutionMaturity | null;

  @Field(() => String, {
    nullable: true,
    description: 'When the owner last reviewed it, YYYY-MM-DD, not in the future',
  })
  lastReviewedOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'An SPDX expression (NLOD-2.0 and CC licences included) or LicenseRef-Proprietary',
  })
  licenseId?: string | null;

  @Field(() => ContactPersonInput, { nullable: true })
  contact?: ContactPersonInput | null;

  @Field(() => [SolutionLinkInput], { nullable: true, description: 'At most 20' })
  links?: SolutionLinkInput[] | null;

  @Field(() => [SolutionRequirementInput], { nullable: true, description: 'At most 10' })
  requirements?: SolutionRequirementInput[] | null;

  @Field(() => String, { nullable: true, description: "An INTEGRATION's API endpoint, http(s)" })
  endpointUrl?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "A ROBOT's RPA platform: a System of category RPA_PLATFORM (required for a ROBOT)",
  })
  rpaPlatformId?: string | null;

  @Field(() => String, { nullable: true, description: 'The process a ROBOT automates' })
  automatedProcess?: string | null;

  @Field(() => String, { nullable: true, description: 'A DATASET’s formats, e.g. "CSV, JSON"' })
  datasetFormat?: string | null;

  @Field(() => Int, { nullable: true, description: 'One-off licence cost in NOK' })
  licenseCostNok?: number | null;

  @Field(() => Int, { nullable: true, description: 'Yearly running cost in NOK' })
  yearlyRunningCostNok?: number | null;

  @Field(() => String, { nullable: true, description: 'The price model in words' })
  priceModel?: string | null;

  @Field(() => SolutionBuilder, { nullable: true })
  builtBy?: SolutionBuilder | null;

  @Field(() => String, { nullable: true, description: 'Required when BOUGHT; allowed when CO_DEVELOPED' })
  supplierName?: string | null;

  @Field(() => SolutionHosting, { nullable: true })
  hosting?: SolutionHosting | null;
}

/** The profile half of the Solution type. */
@ObjectType({ isAbstract: true })
export abstract class SolutionProfile {
  @Field(() => SolutionKind)
  kind: SolutionKind;

  @Field(() => SolutionMaturity)
  maturity: SolutionMaturity;

  @Field(() => String, { nullable: true, description: 'When the owner last reviewed it, YYYY-MM-DD' })
  lastReviewedOn: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'An SPDX expression (NLOD-2.0 and CC licences included) or LicenseRef-Proprietary',
  })
  licenseId: string | null;

  @Field({
    description:
      'An OSI-approved licence, NLOD, or a CC licence without NC/ND (an OR expression if any branch is)',
  })
  openSource: boolean;

  @Field(() => ContactPerson, { nullable: true })
  contact: ContactPerson | null;

  @Field(() => [SolutionLink])
  links: SolutionLink[];

  @Field(() => String, { nullable: true, description: "An INTEGRATION's API endpoint" })
  endpointUrl: string | null;

  rpaPlatformId: string | null;

  @Field(() => String, { nullable: true, description: 'The process a ROBOT automates' })
  automatedProcess: string | null;

  @Field(() => String, { nullable: true })
  datasetFormat: string | null;

  @Field(() => Int, { nullable: true })
  licenseCostNok: number | null;

  @Field(() => Int, { nullable: true })
  yearlyRunningCostNok: number | null;

  @Field(() => String, { nullable: true })
  priceModel: string | null;

  @Field(() => SolutionBuilder, { nullable: true })
  builtBy: SolutionBuilder | null;

  @Field(() => String, { nullable: true })
  supplierName: string | null;

  @Field(() => SolutionHosting, { nullable: true })
  hosting: SolutionHosting | null;
}
