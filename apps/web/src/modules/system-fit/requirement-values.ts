import type { SolutionRequirementInput, SystemFieldsFragment } from '../../generated/graphql';
import { type ApiError, requiredError } from '../common/api-errors';

/** The most requirements a solution has (the api's limit). */
export const MAX_REQUIREMENTS = 10;

/** One requirement as the form holds it; `key` tells React the rows apart while they are removed. */
export interface RequirementValue {
  key: string;
  description: string;
  anyOf: SystemFieldsFragment[];
}

let lastKey = 0;
export const newRequirement = (description = '', anyOf: SystemFieldsFragment[] = []): RequirementValue => {
  lastKey += 1;
  return { key: `requirement-${lastKey}`, description, anyOf };
};

export const requirementField = (index: number, part: 'description' | 'anyOfSystemIds') =>
  `requirements.${index}.${part}`;

export function requirementsFromSolution(
  requirements: readonly { description: string; anyOf: readonly SystemFieldsFragment[] }[],
): RequirementValue[] {
  return requirements.map((r) => newRequirement(r.description, [...r.anyOf]));
}

/** What the form finds before sending: a requirement without a description or without a system. */
export function requirementProblems(requirements: readonly RequirementValue[]): ApiError[] {
  return requirements.flatMap((requirement, index) => [
    ...(requirement.description.trim() ? [] : [requiredError(requirementField(index, 'description'))]),
    ...(requirement.anyOf.length ? [] : [requiredError(requirementField(index, 'anyOfSystemIds'))]),
  ]);
}

export function toRequirementInputs(requirements: readonly RequirementValue[]): SolutionRequirementInput[] {
  return requirements.map((requirement) => ({
    description: requirement.description.trim(),
    anyOfSystemIds: requirement.anyOf.map((system) => system.id),
  }));
}
