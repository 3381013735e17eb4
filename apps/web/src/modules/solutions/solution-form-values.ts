import type { SolutionFormFieldsFragment, SolutionInput } from '../../generated/graphql';
import type { ApiError } from '../common/api-errors';

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

/** The api input, or the error for a field the api could not even receive (a non-number amount). */
export function toSolutionInput(values: SolutionFormValues): SolutionInput | ApiError {
  const amount = values.annualSavingsNok.replace(/[\s\u00a0]/g, '');
  if (amount !== '' && !/^\d+$/.test(amount)) {
    return {
      code: 'BAD_USER_INPUT',
      field: 'annualSavingsNok',
      message: 'annualSavingsNok must be a whole number of 0 or more',
    };
  }
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
    annualSavingsNok: amount === '' ? null : Number(amount),
  };
}

export function isApiError(value: SolutionInput | ApiError): value is ApiError {
  return 'code' in value;
}
