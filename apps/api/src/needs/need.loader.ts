import { byKeys, loaderFor, type RequestContext } from '../graphql/request-context';
import { Need } from './need.model';
import type { NeedService } from './need.service';

/** Loads needs by id, batched per request (needs are public). */
export function loadNeed(context: RequestContext, needs: NeedService, id: string): Promise<Need | null> {
  return loaderFor(context, 'needById', async (ids) =>
    byKeys(ids, (await needs.findByIds(ids)).map(Need.from), (n) => n.id),
  ).load(id);
}
