/** How big and how costly one GraphQL request may be; everything past these is refused before it runs. */
export interface QueryLimits {
  /** Lexical tokens of a document; the parser stops counting past it. */
  maxTokens: number;
  /** Nesting of fields, through fragments. */
  maxDepth: number;
  /** Fields selected by one operation or fragment, every fragment spread expanded. */
  maxFields: number;
  /** Estimated cost: each field costs 1, times the size of every list it sits in (see graphql/query-cost.ts). */
  maxCost: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxTokens: 5000,
  maxDepth: 10,
  maxFields: 300,
  maxCost: 10_000,
};

/** The environment variable of each limit. */
export const QUERY_LIMIT_VARIABLES: Record<keyof QueryLimits, string> = {
  maxTokens: 'QUERY_MAX_TOKENS',
  maxDepth: 'QUERY_MAX_DEPTH',
  maxFields: 'QUERY_MAX_FIELDS',
  maxCost: 'QUERY_MAX_COST',
};
