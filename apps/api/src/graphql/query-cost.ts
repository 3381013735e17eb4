import {
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isListType,
  Kind,
  type OperationDefinitionNode,
} from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { MAX_PAGE_SIZE } from '../common/input-validation';

/**
 * How many items a list without a `limit` argument holds at most, by `Type.field`. A page's `items`
 * (and a search's `hits`) count once here: their page's `limit` multiplies them. Every other list
 * field has a `limit` argument (a test holds the schema to this).
 */
export const BOUNDED_LISTS: Readonly<Record<string, number>> = {
  'Query.counties': 20,
  'Query.serviceAreas': 30,
  'Query.mySavedSearches': 50,
  'Solution.tags': 20,
  'Solution.links': 20,
  // What a solution lacks for publiccode.yml: one entry per requirement of the standard at most.
  'Solution.publiccodeMissing': 10,
  'Solution.declaredUsers': 100,
  // A cost estimate: the validator stops after 20,000 values, and real files give a handful of problems.
  'PubliccodeImport.problems': 200,
  'Query.validatePubliccode': 200,
  // The shipped catalogue (reference-data/systems.csv) has 30.
  'Query.systems': 100,
  'Organization.systems': 50,
  'Solution.requirements': 10,
  'SolutionRequirement.anyOf': 10,
  'SolutionFit.met': 10,
  'SolutionFit.missing': 10,
  // The 45 divisions; below them at most nine codes a level (one more digit).
  'Query.cpvTree': 45,
  'Query.cpvCodesByCode': 20,
  'ProcurementNotice.cpvCodes': 20,
  'ProcurementNotice.cpvLabels': 20,
  'ProcurementNotice.links': 20,
  'Need.nextStatuses': 4,
  // The owner and its partners: public bodies, of which the register holds about 400.
  'Need.costShares': 500,
  'SearchResult.facets': 6,
  'Facet.values': 50,
  'SavedSearch.countyNumbers': 20,
  'SavedSearch.cpvDivisions': 50,
  'SavedSearch.kinds': 3,
  'SavedSearch.procedures': 10,
  'SavedSearch.serviceAreas': 30,
  // statistics/statistics.repository.ts MAX_MONTHS; every county; the largest county has under 50 municipalities.
  'Statistics.adoptionsByMonth': 14,
  'Statistics.adoptionsByCounty': 20,
  'Statistics.municipalities': 100,
  // auth/oidc/reportees.ts MAX_SIGN_IN_ORGANIZATIONS: the public bodies a person may act for.
  'PendingSignIn.organizations': 50,
};
/** The list fields of a page, which the page's `limit` multiplies. */
export const PAGE_ITEMS: ReadonlySet<string> = new Set([
  'AdoptionPage.items',
  'AuditEntryPage.items',
  'NeedPage.items',
  'NeedResponsePage.items',
  'NotificationPage.items',
  'OrganizationPage.items',
  'ProcurementNoticePage.items',
  'SolutionPage.items',
  'UserPage.items',
  'SearchResult.hits',
]);

/**
 * The estimated cost of running an operation: each field costs 1, and what a list field selects costs
 * as many times as the list may hold items (its `limit`, or the size in LIST_SIZES, or the largest page).
 * A page field (`solutions(limit: 20) { items { … } totalCount }`) multiplies only its items.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number {
  // Only the operation that runs, with the fragments it may use.
  const query: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [operation, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)],
  };
  return getComplexity({ schema, query, variables, estimators: [listEstimator()] });
}

function listEstimator(): ComplexityEstimator {
  // The cost of each page's items, noted when they are estimated (children come before their parent).
  const itemCosts = new Map<FieldNode, number>();
  return ({ type, field, node, args, childComplexity }) => {
    const isList = isListType(getNullableType(field.type));
    const limit = field.args.some((arg) => arg.name === 'limit') ? limitOf(args.limit) : undefined;
    if (PAGE_ITEMS.has(`${type.name}.${field.name}`)) {
      itemCosts.set(node, 1 + childComplexity);
      return 1 + childComplexity;
    }
    if (limit !== undefined && !isList && 'getFields' in getNamedType(field.type))
      return 1 + pageCost(node, childComplexity, limit, itemCosts);
    if (!isList) return 1 + childComplexity;
    const size = limit ?? BOUNDED_LISTS[`${type.name}.${field.name}`] ?? MAX_PAGE_SIZE;
    return 1 + size * childComplexity;
  };
}

/** A `limit` left null means the resolver's default, at most the largest page. */
const limitOf = (value: unknown): number => (typeof value === 'number' ? Math.max(value, 0) : MAX_PAGE_SIZE);

/** A page's fields once, plus its items `limit` times; all of it `limit` times if fragments hide the items. */
function pageCost(
  page: FieldNode,
  childComplexity: number,
  limit: number,
  itemCosts: Map<FieldNode, number>,
) {
  const selections = page.selectionSet?.selections ?? [];
  if (selections.some((s) => s.kind !== Kind.FIELD)) return limit * childComplexity;
  const items = selections.reduce((sum, s) => sum + (itemCosts.get(s as FieldNode) ?? 0), 0);
  return childComplexity + Math.max(limit - 1, 0) * items;
}
