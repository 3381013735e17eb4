import { type OperationDefinitionNode, parse } from 'graphql';
import { mutationCounts } from './mutation-counts';

const countsOf = (source: string) => {
  const document = parse(source);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition',
  );
  return Object.fromEntries(mutationCounts(operation as OperationDefinitionNode, document));
};

describe('mutationCounts', () => {
  it('counts each alias, inline fragment and fragment field as a call of its own, and never __typename', () => {
    expect(
      countsOf(`
        mutation { a: followNeed(needId: "1") { id } b: followNeed(needId: "2") { id } __typename
          ... on Mutation { c: followNeed(needId: "3") { id } }
          ...Asks ...Asks }
        fragment Asks on Mutation { q1: askNeedQuestion(needId: "1", question: "?") { id } logout }`),
    ).toEqual({ followNeed: 3, askNeedQuestion: 1, logout: 1 });
  });
});
