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

export const ADOPTION_FIELDS = `id stage counts confirmedAt confirmationDueAt awaitingConfirmation startedAt
  organization { id }
  story { hoursSavedPerYear savingsNokPerYear adaptations rating review updatedAt }
  contact { name role email phone }`;
export const REUSE_FIELDS = `reuseCount inUseCount pilotingCount evaluatingCount hoursSavedPerYear savingsNokPerYear
  adoptions { ${ADOPTION_FIELDS} }`;
export const GET_REUSE = `query ($id: ID!) { solution(id: $id) { id ${REUSE_FIELDS} } }`;
export const CONFIRM = `mutation ($solutionId: ID!) { confirmAdoption(solutionId: $solutionId) { ${ADOPTION_FIELDS} } }`;
export const PROPOSE = `mutation ($solutionId: ID!, $organizationId: ID!, $stage: AdoptionStage) {
  proposeAdopter(solutionId: $solutionId, organizationId: $organizationId, stage: $stage) { ${ADOPTION_FIELDS} }
}`;
export const SET_STORY = `mutation ($solutionId: ID!, $input: ReuseStoryInput!) {
  setReuseStory(solutionId: $solutionId, input: $input) { ${ADOPTION_FIELDS} }
}`;

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
