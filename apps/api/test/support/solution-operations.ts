/** GraphQL operations on solutions and adoptions, shared by the end-to-end tests. */
export const SOLUTION_FIELDS =
  'id title summary description serviceArea tags status reuseCount owner { id } createdAt updatedAt';

export const CREATE_SOLUTION = `mutation ($input: SolutionInput!) { createSolution(input: $input) { ${SOLUTION_FIELDS} } }`;
export const UPDATE_SOLUTION = `mutation ($id: ID!, $input: SolutionInput!) { updateSolution(id: $id, input: $input) { ${SOLUTION_FIELDS} } }`;
export const PUBLISH_SOLUTION = `mutation ($id: ID!) { publishSolution(id: $id) { id status } }`;
export const ARCHIVE_SOLUTION = `mutation ($id: ID!) { archiveSolution(id: $id) { id status } }`;
export const GET_SOLUTION = `query ($id: ID!) { solution(id: $id) { ${SOLUTION_FIELDS} adoptions { stage organization { id } } } }`;
export const ADOPT = `mutation ($solutionId: ID!, $stage: AdoptionStage) {
  adoptSolution(solutionId: $solutionId, stage: $stage) { id stage organization { id } }
}`;
export const WITHDRAW = 'mutation ($solutionId: ID!) { withdrawAdoption(solutionId: $solutionId) }';

export function solutionInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Digital veileder for byggesøknad',
    summary: 'Hjelper innbyggere å sende komplette byggesøknader.',
    description: '## Hva\nEn veiviser.',
    serviceArea: 'plan-bygg-og-eiendom',
    tags: ['byggesak', 'selvbetjening'],
    ...overrides,
  };
}
