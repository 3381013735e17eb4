export * from './error-reasons';
export * from './facet-fields';
export * from './generated/enums';
export { default as possibleTypes } from './generated/possible-types';
