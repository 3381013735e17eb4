import type { SolutionFormFieldsFragment, SolutionInput } from '../../generated/graphql';
import { type ApiError, missingRequired } from '../common/api-errors';
import { wholeNumberOrNull, wholeNumberProblems } from '../common/whole-number-field';

export const SOLUTION_FIELDS = [
  'title',
  'summary',
  'description',
  'serviceArea',
  'tags',
  'license',
  'sourceCodeUrl',
  'contactEmail',
  'benefits',
  'annualSavingsNok',
] as const;

export type SolutionField = (typeof SOLUTION_FIELDS)[number];
export type SolutionFormValues = Record<SolutionField, string>;

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
  license: '',
  sourceCodeUrl: '',
  contactEmail: '',
  benefits: '',
  annualSavingsNok: '',
};

export function valuesFromSolution(solution: SolutionFormFieldsFragment): SolutionFormValues {
  return {
    title: solution.title,
    summary: solution.summary,
    description: solution.description,
    serviceArea: solution.serviceArea,
    tags: solution.tags.join(', '),
    license: solution.license ?? '',
    sourceCodeUrl: solution.sourceCodeUrl ?? '',
    contactEmail: solution.contactEmail ?? '',
    benefits: solution.benefits ?? '',
    annualSavingsNok: solution.annualSavingsNok == null ? '' : String(solution.annualSavingsNok),
  };
}

const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** What the form finds before sending, all at once: empty required fields and a non-number amount. */
export function solutionProblems(values: SolutionFormValues): ApiError[] {
  return [
    ...missingRequired(values, REQUIRED_SOLUTION_FIELDS),
    ...wholeNumberProblems('annualSavingsNok', values.annualSavingsNok),
  ];
}

/** The api input; call it once solutionProblems finds none. */
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
    license: blankToNull(values.license),
    sourceCodeUrl: blankToNull(values.sourceCodeUrl),
    contactEmail: blankToNull(values.contactEmail),
    benefits: blankToNull(values.benefits),
    annualSavingsNok: wholeNumberOrNull(values.annualSavingsNok),
  };
}
