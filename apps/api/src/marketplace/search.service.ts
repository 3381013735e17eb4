import { Inject, Injectable } from '@nestjs/common';
import { commonError } from '../common/domain-error';
import { requiredText, validatePage, validateUuid } from '../common/input-validation';
import type { Viewer } from '../graphql/request-context';
import { LandscapeService } from '../landscapes/landscape.service';
import type { NeedEntity } from '../needs/need.entity';
import { NeedService } from '../needs/need.service';
import { validateCountyNumber } from '../organizations/county-number';
import { type CpvEntry, cpvDivisionEntry, validateCpvDivision } from '../procurement/cpv';
import type { ProcurementNoticeEntity } from '../procurement/procurement-notice.entity';
import { ProcurementNoticeService } from '../procurement/procurement-notice.service';
import {
  type DocumentRef,
  FACET_FIELDS,
  SEARCH_ENGINE,
  type SearchEngine,
  type SearchFilters,
  SearchOrder,
  type SearchResponse,
} from '../search/search-engine';
import { validateServiceArea } from '../service-areas/service-areas';
import type { SolutionEntity } from '../solutions/solution.entity';
import { SolutionService } from '../solutions/solution.service';
import { SolutionStatus } from '../solutions/solution-status';
import { type SearchFilter, SearchSort } from './search.inputs';

export const MAX_QUERY_LENGTH = 500;
export const MAX_SIMILAR_TEXT_LENGTH = 50_000;

export type SearchHitEntity =
  | { kind: 'SOLUTION'; entity: SolutionEntity }
  | { kind: 'NEED'; entity: NeedEntity }
  | { kind: 'PROCUREMENT_NOTICE'; entity: ProcurementNoticeEntity };

export interface SearchOutcome {
  totalCount: number;
  hits: SearchHitEntity[];
  facets: { field: string; values: { value: string; count: number; cpv?: CpvEntry | null }[] }[];
}

const SEARCH_ORDERS: Record<SearchSort, SearchOrder> = {
  [SearchSort.RELEVANCE]: SearchOrder.RELEVANCE,
  [SearchSort.MOST_IN_USE]: SearchOrder.MOST_IN_USE,
  [SearchSort.NEWEST]: SearchOrder.NEWEST,
};

const NOTHING_FOUND: SearchOutcome = {
  totalCount: 0,
  hits: [],
  facets: FACET_FIELDS.map((field) => ({ field, values: [] })),
};

/** The CPV facet's divisions with their labels, so clients need not look each one up. */
function withCpvLabels(facet: SearchResponse['facets'][number]): SearchOutcome['facets'][number] {
  if (facet.field !== 'cpvDivision') return facet;
  return {
    ...facet,
    values: facet.values.map((value) => ({ ...value, cpv: cpvDivisionEntry(value.value) })),
  };
}

@Injectable()
export class SearchService {
  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly solutions: SolutionService,
    private readonly needs: NeedService,
    private readonly notices: ProcurementNoticeService,
    private readonly landscapes: LandscapeService,
  ) {}

  /** Published solutions, needs and notices matching the text, with facet counts over all matches. */
  async search(
    viewer: Viewer | null,
    text: string,
    filter: SearchFilter | null | undefined,
    limit: number,
    offset: number,
    sort: SearchSort | null = SearchSort.RELEVANCE,
  ): Promise<SearchOutcome> {
    if (text.length > MAX_QUERY_LENGTH)
      throw commonError('TOO_LONG', `query must be at most ${MAX_QUERY_LENGTH} characters`, {
        field: 'query',
        params: { max: MAX_QUERY_LENGTH },
      });
    const page = validatePage(limit, offset);
    const filters = validateFilter(filter);
    if (filter?.runsOnOurSystems) {
      filters.ids = await this.landscapes.solutionIdsRunningOn(viewer);
      if (!filters.ids.length) return NOTHING_FOUND;
    }
    const result = await this.engine.search({
      text,
      filters,
      ...page,
      withFacets: true,
      order: SEARCH_ORDERS[sort ?? SearchSort.RELEVANCE],
      now: new Date(),
    });
    return {
      totalCount: result.totalCount,
      hits: await this.hydrate(result.hits),
      facets: result.facets.map(withCpvLabels),
    };
  }

  /** Published solutions that best match a longer text, such as a need's description. */
  async similarSolutions(text: string, limit: number): Promise<SolutionEntity[]> {
    const body = requiredText('text', text, { max: MAX_SIMILAR_TEXT_LENGTH });
    const [matches] = await this.similarSolutionsForMany([body], validatePage(limit, 0).limit);
    return matches;
  }

  /** For several texts at once: one engine search each, one database query for all the solutions. */
  async similarSolutionsForMany(texts: string[], limit: number): Promise<SolutionEntity[][]> {
    const refsPerText = await Promise.all(
      texts.map(async (text) => {
        const result = await this.engine.search({
          text,
          filters: { kinds: ['SOLUTION'] },
          limit,
          offset: 0,
          withFacets: false,
          matchAnyWord: true,
          now: new Date(),
        });
        return result.hits;
      }),
    );
    const solutions = await this.publishedSolutionsById(refsPerText.flat().map((ref) => ref.id));
    return refsPerText.map((refs) => refs.flatMap((ref) => solutions.get(ref.id) ?? []));
  }

  findNeedsByIds(ids: readonly string[]): Promise<NeedEntity[]> {
    return this.needs.findByIds(ids);
  }

  /** The rows behind the hits, one query per kind, in rank order; a row gone since indexing is left out. */
  private async hydrate(refs: DocumentRef[]): Promise<SearchHitEntity[]> {
    const idsOf = (kind: DocumentRef['kind']) => refs.filter((ref) => ref.kind === kind).map((ref) => ref.id);
    const [solutions, needs, notices] = await Promise.all([
      this.publishedSolutionsById(idsOf('SOLUTION')),
      this.byId(idsOf('NEED'), (ids) => this.needs.findByIds(ids)),
      this.byId(idsOf('PROCUREMENT_NOTICE'), (ids) => this.notices.findByIds(ids)),
    ]);
    return refs.flatMap((ref): SearchHitEntity[] => {
      if (ref.kind === 'SOLUTION') {
        const entity = solutions.get(ref.id);
        return entity ? [{ kind: ref.kind, entity }] : [];
      }
      if (ref.kind === 'NEED') {
        const entity = needs.get(ref.id);
        return entity ? [{ kind: ref.kind, entity }] : [];
      }
      const entity = notices.get(ref.id);
      return entity ? [{ kind: ref.kind, entity }] : [];
    });
  }

  /** Drafts and archived solutions are never shown, even for the moment the index lags behind. */
  private async publishedSolutionsById(ids: string[]): Promise<Map<string, SolutionEntity>> {
    const solutions = await this.byId(ids, (unique) => this.solutions.findByIds(unique));
    for (const [id, solution] of solutions)
      if (solution.status !== SolutionStatus.PUBLISHED) solutions.delete(id);
    return solutions;
  }

  private async byId<T extends { id: string }>(
    ids: string[],
    find: (ids: string[]) => Promise<T[]>,
  ): Promise<Map<string, T>> {
    const unique = [...new Set(ids)];
    return new Map(unique.length ? (await find(unique)).map((row) => [row.id, row]) : []);
  }
}

function validateFilter(filter: SearchFilter | null | undefined): SearchFilters {
  return {
    kinds: filter?.kinds ?? undefined,
    serviceAreas: filter?.serviceAreas?.map((area) => validateServiceArea('serviceAreas', area)),
    organizationIds: filter?.organizationIds?.map((id) => validateUuid('organizationIds', id)),
    countyNumbers: filter?.countyNumbers?.map((county) => validateCountyNumber('countyNumbers', county)),
    procedures: filter?.procedures ?? undefined,
    cpvDivisions: filter?.cpvDivisions?.map((division) => validateCpvDivision('cpvDivisions', division)),
    openOnly: filter?.openOnly ?? false,
    solutionKinds: filter?.solutionKinds ?? undefined,
    maturities: filter?.maturities ?? undefined,
    licenseIds: filter?.licenseIds?.map((id) => requiredText('licenseIds', id, { max: 200 })),
    openSourceOnly: filter?.openSourceOnly ?? false,
  };
}
