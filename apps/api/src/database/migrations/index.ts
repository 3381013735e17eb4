import { InitialSchema1764000000000 } from './1764000000000-initial-schema';
import { NeedsAndProcurement1764000100000 } from './1764000100000-needs-and-procurement';
import { QuestionsFollowsNotifications1764000200000 } from './1764000200000-questions-follows-notifications';
import { SearchIndex1764000300000 } from './1764000300000-search-index';
import { SearchFacetCounts1764000400000 } from './1764000400000-search-facet-counts';
import { SearchShards1764000500000 } from './1764000500000-search-shards';
import { SavedSearchProceduresCounties1764000600000 } from './1764000600000-saved-search-procedures-counties';
import { SavedSearchFolding1764000700000 } from './1764000700000-saved-search-folding';
import { PublicItemDocuments1764000800000 } from './1764000800000-public-item-documents';
import { NotificationEvents1764001000000 } from './1764001000000-notification-events';
import { OneSearchSemantics1764001100000 } from './1764001100000-one-search-semantics';
import { RateLimits1764003000000 } from './1764003000000-rate-limits';
import { Sessions1764003100000 } from './1764003100000-sessions';
import { NeedPartners1764004000000 } from './1764004000000-need-partners';
import { AuditLog1765000100000 } from './1765000100000-audit-log';
import { SearchShardCount1765000200000 } from './1765000200000-search-shard-count';
import { SearchOutboxLeases1765000300000 } from './1765000300000-search-outbox-leases';
import { AdoptionTrust1765000400000 } from './1765000400000-adoption-trust';
import { SolutionProfile1765000500000 } from './1765000500000-solution-profile';
import { SolutionSearchFacets1765000500100 } from './1765000500100-solution-search-facets';
import { Mail1765000700000 } from './1765000700000-mail';
import { Publiccode1766700000000 } from './1766700000000-publiccode';
import { AnswerContacts1766900000000 } from './1766900000000-answer-contacts';
import { SystemFit1767200000000 } from './1767200000000-system-fit';
import { NoticePrecision1767300000000 } from './1767300000000-notice-precision';
import { Ansattporten1767900000000 } from './1767900000000-ansattporten';
import { UserAccounts1768000000000 } from './1768000000000-user-accounts';

/**
 * Every migration, oldest first. Listed by hand so the same list works from TypeScript and compiled code.
 * A migration never changes once it has run anywhere, so each holds its SQL literally and imports
 * nothing but `typeorm`: no helpers, constants or templates shared with other migrations or the app,
 * whose later edits would silently change what it runs (literal-migrations.spec.ts checks the imports).
 * To change the schema, add a migration (17640010xxxxx and later) with a working `down`.
 */
export const migrations = [
  InitialSchema1764000000000,
  NeedsAndProcurement1764000100000,
  QuestionsFollowsNotifications1764000200000,
  SearchIndex1764000300000,
  SearchFacetCounts1764000400000,
  SearchShards1764000500000,
  SavedSearchProceduresCounties1764000600000,
  SavedSearchFolding1764000700000,
  PublicItemDocuments1764000800000,
  NotificationEvents1764001000000,
  OneSearchSemantics1764001100000,
  RateLimits1764003000000,
  Sessions1764003100000,
  NeedPartners1764004000000,
  AuditLog1765000100000,
  SearchShardCount1765000200000,
  SearchOutboxLeases1765000300000,
  AdoptionTrust1765000400000,
  SolutionProfile1765000500000,
  SolutionSearchFacets1765000500100,
  Mail1765000700000,
  Publiccode1766700000000,
  AnswerContacts1766900000000,
  SystemFit1767200000000,
  NoticePrecision1767300000000,
  Ansattporten1767900000000,
  UserAccounts1768000000000,
];
