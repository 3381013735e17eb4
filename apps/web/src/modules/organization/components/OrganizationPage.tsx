import { useQuery } from '@apollo/client/react';
import { Heading, List, Paragraph } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import { paths } from '../../../app/paths';
import type { PublicOrganizationQuery as PublicOrganizationResult } from '../../../generated/graphql';
import { Authored } from '../../../i18n/content-language';
import { useI18n } from '../../../i18n/I18nProvider';
import { AppLink } from '../../common/components/AppLink';
import { NotFoundPage } from '../../common/components/NotFoundPage';
import { PageHeading } from '../../common/components/PageHeading';
import { ErrorAlert, Loading } from '../../common/components/QueryState';
import { useCounties } from '../../common/hooks/useCounties';
import { OrganizationUsesQuery, PublicOrganizationQuery } from '../graphql/organization';

type OrganizationData = NonNullable<PublicOrganizationResult['organization']>;
type SolutionLink = PublicOrganizationResult['solutions']['items'][number];

/** Anyone's view of an organisation: what it shares, what it uses, and municipalities like it. */
export function OrganizationPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(PublicOrganizationQuery, { variables: { id } });
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data?.organization) return <NotFoundPage />;
  return <OrganizationDetails organization={data.organization} shares={data.solutions.items} />;
}

function OrganizationDetails({
  organization,
  shares,
}: {
  organization: OrganizationData;
  shares: SolutionLink[];
}) {
  const { t, formatNumber } = useI18n();
  const { nameOf } = useCounties();
  const county = organization.countyNumber ? nameOf(organization.countyNumber) : undefined;
  return (
    <div className="my-organization">
      <PageHeading>{organization.name}</PageHeading>
      <Paragraph className="meta">
        {t(`orgKind.${organization.kind}`)}
        {county && ` · ${t('orgPage.county', { county })}`}
        {organization.population !== null &&
          ` · ${t('orgPage.population', { population: formatNumber(organization.population) })}`}
      </Paragraph>
      <section aria-labelledby="org-shares-heading" className="org-section">
        <Heading level={2} data-size="sm" id="org-shares-heading">
          {t('orgPage.shares')}
        </Heading>
        {shares.length === 0 ? (
          <Paragraph>{t('orgPage.noShares')}</Paragraph>
        ) : (
          <List.Unordered>
            {shares.map((solution) => (
              <List.Item key={solution.id}>
                <AppLink to={paths.solution(solution.id)}>
                  <Authored>{solution.title}</Authored>
                </AppLink>
              </List.Item>
            ))}
          </List.Unordered>
        )}
      </section>
      <section aria-labelledby="org-uses-heading" className="org-section">
        <Heading level={2} data-size="sm" id="org-uses-heading">
          {t('orgPage.uses')}
        </Heading>
        <Uses organizationId={organization.id} limit={50} empty={t('orgPage.noUses')} />
      </section>
      <Similar organizations={organization.similarOrganizations} />
    </div>
  );
}

function Similar({ organizations }: { organizations: OrganizationData['similarOrganizations'] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="org-similar-heading" className="org-section">
      <Heading level={2} data-size="sm" id="org-similar-heading">
        {t('orgPage.similar')}
      </Heading>
      <Paragraph>{t(organizations.length ? 'orgPage.similarIntro' : 'orgPage.noSimilar')}</Paragraph>
      {organizations.map((other) => (
        <div key={other.id}>
          <Heading level={3} data-size="xs">
            <AppLink to={paths.organization(other.id)}>{other.name}</AppLink>
          </Heading>
          <Uses organizationId={other.id} limit={5} empty="" />
        </div>
      ))}
    </section>
  );
}

/** An organisation's adoptions: each solution with its stage and since when. */
function Uses({ organizationId, limit, empty }: { organizationId: string; limit: number; empty: string }) {
  const { t, formatDate } = useI18n();
  const { data, error } = useQuery(OrganizationUsesQuery, { variables: { organizationId, limit } });
  const items = (data?.organizationAdoptions.items ?? []).filter((adoption) => adoption.solution);
  if (error) return <ErrorAlert error={error} />;
  if (data && items.length === 0) return empty ? <Paragraph>{empty}</Paragraph> : null;
  return (
    <List.Unordered>
      {items.map((adoption) => (
        <List.Item key={adoption.id}>
          <AppLink to={paths.solution(adoption.solution?.id ?? '')}>
            <Authored>{adoption.solution?.title}</Authored>
          </AppLink>{' '}
          (
          {t('orgPage.usesItem', {
            stage: t(`stage.${adoption.stage}`),
            date: formatDate(adoption.startedAt),
          })}
          )
        </List.Item>
      ))}
    </List.Unordered>
  );
}
