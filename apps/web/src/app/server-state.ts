import type { NormalizedCacheObject } from '@apollo/client';
import type { HydrationState } from 'react-router';
import type { Language } from '../i18n/language';

/**
 * What the server rendered a page from, inlined into it as JSON (`<script type="application/json"
 * id="server-state">`, which the CSP allows as it is no script) so the browser takes the page over
 * without asking for the same data again: the anonymous viewer's GraphQL cache, the router's
 * loader data and the language.
 */
export interface ServerState {
  apollo: NormalizedCacheObject;
  router: HydrationState;
  language: Language;
}

export const SERVER_STATE_ID = 'server-state';
