import { groupByKeys, loaderFor, type RequestContext } from '../graphql/request-context';
import { ProcurementNotice } from './procurement-notice.model';
import type { ProcurementNoticeService } from './procurement-notice.service';

/** The notices linked to a need, batched per request, oldest first. */
export function loadNoticesOfNeed(
  context: RequestContext,
  notices: ProcurementNoticeService,
  needId: string,
): Promise<ProcurementNotice[]> {
  return loaderFor(context, 'noticesByNeedId', async (ids) =>
    groupByKeys(
      ids,
      (await notices.findByNeedIds(ids)).map((n) => ProcurementNotice.from(n)),
      (n) => n.needId ?? '',
    ),
  ).load(needId);
}

/** The notices whose procurement produced a solution, batched per request, oldest first. */
export function loadNoticesOfSolution(
  context: RequestContext,
  notices: ProcurementNoticeService,
  solutionId: string,
): Promise<ProcurementNotice[]> {
  return loaderFor(context, 'noticesByResultingSolutionId', async (ids) =>
    groupByKeys(
      ids,
      (await notices.findByResultingSolutionIds(ids)).map((n) => ProcurementNotice.from(n)),
      (n) => n.resultingSolutionId ?? '',
    ),
  ).load(solutionId);
}
