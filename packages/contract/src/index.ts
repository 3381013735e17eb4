import introspection from './generated/possible-types';

export * from './error-reasons';
export * from './facet-fields';
export * from './generated/enums';

/** Each union's and interface's member types, as Apollo's `InMemoryCache({ possibleTypes })` wants them. */
export const possibleTypes = introspection.possibleTypes;
