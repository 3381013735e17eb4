import './my-organization.css';
import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { paths } from '../../../app/paths';
import { Authored } from '../../../i18n/content-language';
import { useI18n } from '../../../i18n/I18nProvider';
import { useSession } from '../../auth/hooks/SessionProvider';
import { AppLink, ButtonLink } from '../../common/components/AppLink';
import { PageHeading } from '../../common/components/PageHeading';
import { ErrorAlert, Loading } from '../../common/components/QueryState';
import { TableScroll } from '../../common/components/TableScroll';
import { StatusTag } from '../../solutions/components/StatusTag';
import { LandscapeSection } from '../../system-fit/components/LandscapeSection';
import { isPublicBody } from '../../system-fit/public-organization';
import { OrganizationAdoptionsQuery, OrganizationSolutionsQuery } from '../graphql/organization';
import { OurNeeds, OurNotices, OurResponses } from './OrganizationMarketplace';
import { OrganizationMembers } from './OrganizationMembers';

/** The viewer's organisation: its solutions (drafts too), its adoptions and its members. */
export function MyOrganizationPage() {
  const { t } = useI18n();
  const { viewer } = useSession();
  if (!viewer) return null;
  return (
    <div className="my-organization">
      <PageHeading title={t('myOrg.title')}>{viewer.organization.name}</PageHeading>
      <Paragraph className="meta">{t(`orgKind.${viewer.organization.kind}`)}</Paragraph>
      {/* What the organisation may do decides what it has: a supplier's answers come first. */}
      {viewer.can.answerNeeds && <OurResponses />}
      <OurSolutions organizationId={viewer.organization.id} />
      <OurAdoptions organizationId={viewer.organization.id} />
      {isPublicBody(viewer.organization.kind) && (
        <LandscapeSection organizationId={viewer.organization.id} editable={viewer.role === 'ADMIN'} />
      )}
      {(viewer.can.postNeeds || viewer.can.joinNeeds) && <OurNeeds organizationId={viewer.organization.id} />}
      {viewer.can.postNotices && <OurNotices organizationId={viewer.organization.id} />}
      <OrganizationMembers viewer={viewer} />
    </div>
  );
}

function OurSolutions({ organizationId }: { organizationId: string }) {
  const { t, formatDate } = useI18n();
  const { data, loading, error } = useQuery(OrganizationSolutionsQuery, {
    variables: { ownerId: organizationId },
  });
  const solutions = data?.solutions.items ?? [];
  return (
    <section aria-labelledby="our-solutions-heading" className="org-section">
      <div className="section-header">
        <Heading level={2} data-size="sm" id="our-solutions-heading">
          {t('myOrg.solutions')}
        </Heading>
        <ButtonLink to={paths.newSolution} variant="secondary" data-size="sm">
          {t('myOrg.newSolution')}
        </ButtonLink>
      </div>
      {loading && !data && <Loading />}
      <ErrorAlert error={error} />
      {data && solutions.length === 0 && <Paragraph>{t('myOrg.noSolutions')}</Paragraph>}
      {solutions.length > 0 && (
        <TableScroll label={t('myOrg.tableOf', { name: t('myOrg.solutions') })}>
          <Table data-size="sm" zebra>
            <caption className="visually-hidden">{t('myOrg.solutions')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('myOrg.solutionTitle')}</Table.HeaderCell>
                <Table.HeaderCell>{t('myOrg.solutionStatus')}</Table.HeaderCell>
                <Table.HeaderCell>{t('myOrg.solutionReuse')}</Table.HeaderCell>
                <Table.HeaderCell>{t('myOrg.solutionUpdated')}</Table.HeaderCell>
                <Table.HeaderCell>
                  <span className="visually-hidden">{t('myOrg.actions')}</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {solutions.map((solution) => (
                <Table.Row key={solution.id}>
                  <Table.Cell>
                    <AppLink to={paths.solution(solution.id)}>
                      <Authored>{solution.title}</Authored>
                    </AppLink>
                  </Table.Cell>
                  <Table.Cell>
                    <StatusTag status={solution.status} />
                  </Table.Cell>
                  <Table.Cell>{solution.reuseCount}</Table.Cell>
                  <Table.Cell>{formatDate(solution.updatedAt)}</Table.Cell>
                  <Table.Cell>
                    <AppLink to={paths.editSolution(solution.id)}>
                      {t('myOrg.edit')}
                      <span className="visually-hidden"> {solution.title}</span>
                    </AppLink>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}

function OurAdoptions({ organizationId }: { organizationId: string }) {
  const { t, formatDate } = useI18n();
  const { data, loading, error } = useQuery(OrganizationAdoptionsQuery, { variables: { organizationId } });
  const adoptions = (data?.organizationAdoptions.items ?? []).filter((a) => a.solution);
  return (
    <section aria-labelledby="our-adoptions-heading" className="org-section">
      <Heading level={2} data-size="sm" id="our-adoptions-heading">
        {t('myOrg.adoptions')}
      </Heading>
      {loading && !data && <Loading />}
      <ErrorAlert error={error} />
      {data && adoptions.length === 0 && (
        <Paragraph>
          {t('myOrg.noAdoptions')} <AppLink to={paths.search()}>{t('myOrg.findSolutions')}</AppLink>
        </Paragraph>
      )}
      {adoptions.length > 0 && (
        <TableScroll label={t('myOrg.tableOf', { name: t('myOrg.adoptions') })}>
          <Table data-size="sm" zebra>
            <caption className="visually-hidden">{t('myOrg.adoptions')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('myOrg.solutionTitle')}</Table.HeaderCell>
                <Table.HeaderCell>{t('solution.owner')}</Table.HeaderCell>
                <Table.HeaderCell>{t('solution.adopterStage')}</Table.HeaderCell>
                <Table.HeaderCell>{t('solution.adopterSince')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {adoptions.map(
                (adoption) =>
                  adoption.solution && (
                    <Table.Row key={adoption.id}>
                      <Table.Cell>
                        <AppLink to={paths.solution(adoption.solution.id)}>
                          <Authored>{adoption.solution.title}</Authored>
                        </AppLink>
                      </Table.Cell>
                      <Table.Cell>{adoption.solution.owner.name}</Table.Cell>
                      <Table.Cell>
                        <Tag data-size="sm" data-color={adoption.stage === 'IN_USE' ? 'success' : 'info'}>
                          {t(`stage.${adoption.stage}`)}
                        </Tag>
                      </Table.Cell>
                      <Table.Cell>{formatDate(adoption.createdAt)}</Table.Cell>
                    </Table.Row>
                  ),
              )}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
