import { InitialSchema1764000000000 } from './1764000000000-initial-schema';
import { NeedsAndProcurement1764000100000 } from './1764000100000-needs-and-procurement';
import { SearchIndex1764000200000 } from './1764000200000-search-index';

/** Every migration, oldest first. Listed by hand so the same list works from TypeScript and compiled code. */
export const migrations = [
  InitialSchema1764000000000,
  NeedsAndProcurement1764000100000,
  SearchIndex1764000200000,
];
