import type { SolutionFormFieldsFragment, SolutionInput } from '../../generated/graphql';
import { type ApiError, missingRequired } from '../common/api-errors';
import { moneyOrNull, moneyProblems } from '../common/money';
import {
  type RequirementValue,
  requirementProblems,
  requirementsFromSolution,
  toRequirementInputs,
} from '../system-fit/requirement-values';
import {
  EMPTY_PROFILE,
  type LinkValue,
  PROFILE_FIELDS,
  PROFILE_MONEY_FIELDS,
  type ProfileField,
  profileFromSolution,
  profileProblems,
  toProfileInput,
} from './solution-profile-values';

const CORE_FIELDS = [
  'title',
  'summary',
  'description',
  'serviceArea',
  'tags',
  'benefits',
  'annualSavingsNok',
] as const;

export const SOLUTION_FIELDS = [...CORE_FIELDS, ...PROFILE_FIELDS] as const;

export type SolutionField = (typeof CORE_FIELDS)[number] | ProfileField;
export type SolutionFormValues = Record<SolutionField, string> & {
  /** Stored links the form has no field for, sent back unchanged. */
  otherLinks: LinkValue[];
  /** What the solution needs: each requirement met by any of its systems. */
  requirements: RequirementValue[];
};

/** The amounts in kroner, shown in a MoneyField. */
export const MONEY_FIELDS: readonly SolutionField[] = ['annualSavingsNok', ...PROFILE_MONEY_FIELDS];

export const REQUIRED_SOLUTION_FIELDS: readonly SolutionField[] = [
  'title',
  'summary',
  'description',
  'serviceArea',
];

export const EMPTY_SOLUTION: SolutionFormValues = {
  title: '',
  summary: '',
  description: '',
  serviceArea: '',
  tags: '',
  benefits: '',
  annualSavingsNok: '',
  ...EMPTY_PROFILE,
  otherLinks: [],
  requirements: [],
};

export function valuesFromSolution(solution: SolutionFormFieldsFragment): SolutionFormValues {
  const { values, otherLinks } = profileFromSolution(solution);
  return {
    title: solution.title,
    summary: solution.summary,
    description: solution.description,
    serviceArea: solution.serviceArea,
    tags: solution.tags.join(', '),
    benefits: solution.benefits ?? '',
    annualSavingsNok: solution.annualSavingsNok == null ? '' : String(solution.annualSavingsNok),
    ...values,
    otherLinks,
    requirements: requirementsFromSolution(solution.requirements),
  };
}

const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** What the form finds before sending, all at once: empty required fields, non-number amounts, bad links. */
export function solutionProblems(values: SolutionFormValues): ApiError[] {
  return [
    ...missingRequired(values, REQUIRED_SOLUTION_FIELDS),
    ...moneyProblems('annualSavingsNok', values.annualSavingsNok),
    ...profileProblems(values),
    ...requirementProblems(values.requirements),
  ];
}

/** The api input; call it once solutionProblems finds none. The deprecated fields are left alone. */
export function toSolutionInput(values: SolutionFormValues): SolutionInput {
  return {
    title: values.title,
    summary: values.summary,
    description: values.description,
    serviceArea: values.serviceArea,
    tags: values.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
    benefits: blankToNull(values.benefits),
    annualSavingsNok: moneyOrNull(values.annualSavingsNok),
    ...toProfileInput(values, values.otherLinks),
    requirements: toRequirementInputs(values.requirements),
  };
}
