import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useLocation, useParams } from 'react-router';
import { paths } from '../../../app/paths';
import type { SolutionQuery as SolutionQueryResult } from '../../../generated/graphql';
import { Authored } from '../../../i18n/content-language';
import { useI18n } from '../../../i18n/I18nProvider';
import { useSession } from '../../auth/hooks/SessionProvider';
import { AppLink, ButtonLink } from '../../common/components/AppLink';
import { FollowToggle } from '../../common/components/FollowToggle';
import { NotFoundPage } from '../../common/components/NotFoundPage';
import { PageHeading } from '../../common/components/PageHeading';
import { ErrorAlert, Loading } from '../../common/components/QueryState';
import { useServiceAreas } from '../../common/hooks/useServiceAreas';
import { DeclaredUsers, SolutionPubliccode } from '../../publiccode/components/SolutionPubliccode';
import { tagSearchParams } from '../../search/search-params';
import { SolutionFitSection } from '../../system-fit/components/SolutionFitSection';
import { FollowSolutionMutation, SolutionQuery, UnfollowSolutionMutation } from '../graphql/solution';
import { AdoptControl } from './AdoptControl';
import { Markdown } from './Markdown';
import { PublishDraft } from './PublishDraft';
import { ReuseSection } from './ReuseSection';
import { CONTENT_LANGUAGE, SolutionProfileFacts } from './SolutionProfileFacts';
import { StatusTag } from './StatusTag';

type Solution = NonNullable<SolutionQueryResult['solution']>;

export function SolutionPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(SolutionQuery, { variables: { id } });
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data?.solution) return <NotFoundPage />;
  return <SolutionDetails solution={data.solution} />;
}

function SolutionDetails({ solution }: { solution: Solution }) {
  const { t } = useI18n();
  const { nameOf } = useServiceAreas();
  const backTo = (useLocation().state as { searchUrl?: string } | null)?.searchUrl ?? paths.search();
  return (
    <article className="solution">
      <AppLink to={backTo} className="back-link">
        {t('solution.backToSearch')}
      </AppLink>
      <div className="solution__header">
        <Tag data-color="brand1">{t('kind.SOLUTION')}</Tag>
        <Tag data-color="neutral">{t(`solutionKind.${solution.kind}`)}</Tag>
        {solution.owner.kind === 'COMPANY' && <Tag data-color="warning">{t('reuse.supplierSolution')}</Tag>}
        {solution.status !== 'PUBLISHED' && <StatusTag status={solution.status} />}
        <PageHeading title={solution.title}>
          <Authored>{solution.title}</Authored>
        </PageHeading>
        <Paragraph data-size="lg" className="lead">
          <Authored>{solution.summary}</Authored>
        </Paragraph>
        <Paragraph className="meta">
          {t('solution.ownerAndArea', { owner: solution.owner.name, area: nameOf(solution.serviceArea) })}
        </Paragraph>
        {solution.viewerCanEdit && (
          <ButtonLink to={paths.editSolution(solution.id)} variant="secondary" data-size="sm">
            {t('solution.edit')}
          </ButtonLink>
        )}
        <PublishDraft solution={solution} />
        <FollowSolution solution={solution} />
      </div>
      <div className="solution__columns">
        <div className="solution__main">
          <section aria-labelledby="description-heading">
            <Heading level={2} data-size="sm" id="description-heading">
              {t('solution.description')}
            </Heading>
            <Markdown source={solution.description} topLevel={3} />
          </section>
          {(solution.benefits || solution.annualSavingsNok != null) && <Benefits solution={solution} />}
          <SolutionFitSection solution={solution} />
          <ReuseSection solution={solution} />
          <DeclaredUsers solution={solution} />
        </div>
        <aside className="solution__aside" aria-label={t('solution.factsLabel')}>
          <AdoptControl solution={solution} />
          <Facts solution={solution} />
          <SolutionPubliccode solution={solution} />
        </aside>
      </div>
    </article>
  );
}

/** Logged-in users follow a solution to hear about it; the api answers true, so the cache is set here. */
function FollowSolution({ solution }: { solution: Solution }) {
  const { t } = useI18n();
  const { viewer } = useSession();
  const variables = { solutionId: solution.id };
  const setFollows = (cache: ApolloCache, viewerFollows: boolean) =>
    cache.modify({
      id: cache.identify({ __typename: 'Solution', id: solution.id }),
      fields: { viewerFollows: () => viewerFollows },
    });
  const [follow] = useMutation(FollowSolutionMutation, {
    variables,
    update: (cache, { data }) => {
      if (data?.followSolution) setFollows(cache, true);
    },
  });
  const [unfollow] = useMutation(UnfollowSolutionMutation, {
    variables,
    update: (cache, { data }) => {
      if (data?.unfollowSolution) setFollows(cache, false);
    },
  });
  if (!viewer) return null;
  return (
    <FollowToggle
      following={solution.viewerFollows}
      label={t('solution.follow')}
      onChange={(on) => (on ? follow() : unfollow())}
    />
  );
}

function Benefits({ solution }: { solution: Solution }) {
  const { t, formatNok } = useI18n();
  return (
    <section aria-labelledby="benefits-heading">
      <Heading level={2} data-size="sm" id="benefits-heading">
        {t('solution.benefits')}
      </Heading>
      {solution.annualSavingsNok != null && (
        <Paragraph className="savings">
          {t('solution.annualSavings', { amount: formatNok(solution.annualSavingsNok) })}
        </Paragraph>
      )}
      {solution.benefits && (
        <Paragraph>
          <Authored>{solution.benefits}</Authored>
        </Paragraph>
      )}
    </section>
  );
}

function Facts({ solution }: { solution: Solution }) {
  const { t, formatDate } = useI18n();
  const { nameOf } = useServiceAreas();
  return (
    <section aria-labelledby="facts-heading" className="facts">
      <Heading level={2} data-size="xs" id="facts-heading">
        {t('solution.facts')}
      </Heading>
      <dl>
        <dt>{t('solution.owner')}</dt>
        <dd lang={CONTENT_LANGUAGE}>
          <AppLink to={paths.organization(solution.owner.id)}>{solution.owner.name}</AppLink>
        </dd>
        <dt>{t('solution.serviceArea')}</dt>
        <dd>{nameOf(solution.serviceArea)}</dd>
        <SolutionProfileFacts solution={solution} />
        {solution.publishedAt && (
          <>
            <dt>{t('solution.published')}</dt>
            <dd>{formatDate(solution.publishedAt)}</dd>
          </>
        )}
        {solution.originNotice?.need && (
          <>
            <dt>{t('solution.originNeed')}</dt>
            <dd lang={CONTENT_LANGUAGE}>
              <AppLink to={paths.need(solution.originNotice.need.id)}>
                <Authored>{solution.originNotice.need.title}</Authored>
              </AppLink>
            </dd>
          </>
        )}
        {solution.originNotice && (
          <>
            <dt>{t('solution.originNotice')}</dt>
            <dd lang={CONTENT_LANGUAGE}>
              <AppLink to={paths.notice(solution.originNotice.id)}>
                <Authored>{solution.originNotice.title}</Authored>
              </AppLink>
            </dd>
          </>
        )}
        {solution.tags.length > 0 && (
          <>
            <dt>{t('solution.tags')}</dt>
            <dd className="tag-list" lang={CONTENT_LANGUAGE}>
              {solution.tags.map((tag) => (
                <AppLink key={tag} className="tag-link" to={paths.search(tagSearchParams(tag))}>
                  {tag}
                </AppLink>
              ))}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
