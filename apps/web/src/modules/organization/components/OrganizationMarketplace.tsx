import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { paths } from '../../../app/paths';
import { Authored } from '../../../i18n/content-language';
import { useI18n } from '../../../i18n/I18nProvider';
import { AppLink, ButtonLink } from '../../common/components/AppLink';
import { ErrorAlert, Loading } from '../../common/components/QueryState';
import { TableScroll } from '../../common/components/TableScroll';
import { daysLeftText } from '../../common/deadline';
import { NeedStatusTag } from '../../needs/components/NeedStatusTag';
import { MyNeedResponsesQuery } from '../../needs/graphql/needs';
import { OrganizationNeedsQuery, OrganizationNoticesQuery } from '../graphql/organization';

/** Needs the organisation owns or has joined. */
export function OurNeeds({ organizationId }: { organizationId: string }) {
  const { t, formatDate } = useI18n();
  const { data, loading, error } = useQuery(OrganizationNeedsQuery);
  const needs = data?.myNeeds.items ?? [];
  return (
    <section aria-labelledby="our-needs-heading" className="org-section">
      <div className="section-header">
        <Heading level={2} data-size="sm" id="our-needs-heading">
          {t('myOrg.needs')}
        </Heading>
        <ButtonLink to={paths.newNeed} variant="secondary" data-size="sm">
          {t('needs.new')}
        </ButtonLink>
      </div>
      {loading && !data && <Loading />}
      <ErrorAlert error={error} />
      {data && needs.length === 0 && <Paragraph>{t('myOrg.noNeeds')}</Paragraph>}
      {needs.length > 0 && (
        <TableScroll label={t('myOrg.tableOf', { name: t('myOrg.needs') })}>
          <Table data-size="sm" zebra>
            <caption className="visually-hidden">{t('myOrg.needs')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('kind.NEED')}</Table.HeaderCell>
                <Table.HeaderCell>{t('myOrg.solutionStatus')}</Table.HeaderCell>
                <Table.HeaderCell>{t('myOrg.role')}</Table.HeaderCell>
                <Table.HeaderCell>{t('myOrg.answers')}</Table.HeaderCell>
                <Table.HeaderCell>{t('solution.adopterSince')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {needs.map((need) => (
                <Table.Row key={need.id}>
                  <Table.Cell>
                    <AppLink to={paths.need(need.id)}>
                      <Authored>{need.title}</Authored>
                    </AppLink>
                  </Table.Cell>
                  <Table.Cell>
                    <NeedStatusTag status={need.status} />
                  </Table.Cell>
                  <Table.Cell>
                    {t(need.owner.id === organizationId ? 'myOrg.owner' : 'myOrg.participant')}
                  </Table.Cell>
                  <Table.Cell>{need.responseCount}</Table.Cell>
                  <Table.Cell>{formatDate(need.createdAt)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}

/** Procurement notices the organisation has posted. */
export function OurNotices({ organizationId }: { organizationId: string }) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const { data, loading, error } = useQuery(OrganizationNoticesQuery, {
    variables: { buyerId: organizationId },
  });
  const notices = data?.procurementNotices.items ?? [];
  return (
    <section aria-labelledby="our-notices-heading" className="org-section">
      <div className="section-header">
        <Heading level={2} data-size="sm" id="our-notices-heading">
          {t('myOrg.notices')}
        </Heading>
        <ButtonLink to={paths.newNotice} variant="secondary" data-size="sm">
          {t('notices.new')}
        </ButtonLink>
      </div>
      {loading && !data && <Loading />}
      <ErrorAlert error={error} />
      {data && notices.length === 0 && <Paragraph>{t('myOrg.noNotices')}</Paragraph>}
      {notices.length > 0 && (
        <TableScroll label={t('myOrg.tableOf', { name: t('myOrg.notices') })}>
          <Table data-size="sm" zebra>
            <caption className="visually-hidden">{t('myOrg.notices')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('kind.PROCUREMENT_NOTICE')}</Table.HeaderCell>
                <Table.HeaderCell>{t('notice.procedure')}</Table.HeaderCell>
                <Table.HeaderCell>{t('noticeForm.deadline')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {notices.map((notice) => (
                <Table.Row key={notice.id}>
                  <Table.Cell>
                    <AppLink to={paths.notice(notice.id)}>
                      <Authored>{notice.title}</Authored>
                    </AppLink>
                  </Table.Cell>
                  <Table.Cell>{t(`procedure.${notice.procedure}`)}</Table.Cell>
                  <Table.Cell>
                    {formatDate(notice.deadline)} ({daysLeftText(i18n, notice.deadline, notice.isOpen)})
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

/** A company's answers to needs. */
export function OurResponses() {
  const { t, formatDate } = useI18n();
  const { data, loading, error } = useQuery(MyNeedResponsesQuery);
  const responses = data?.myNeedResponses.items ?? [];
  return (
    <section aria-labelledby="our-responses-heading" className="org-section">
      <div className="section-header">
        <Heading level={2} data-size="sm" id="our-responses-heading">
          {t('myOrg.responses')}
        </Heading>
        <ButtonLink to={paths.needs} variant="secondary" data-size="sm">
          {t('myOrg.findNeeds')}
        </ButtonLink>
      </div>
      {loading && !data && <Loading />}
      <ErrorAlert error={error} />
      {data && responses.length === 0 && <Paragraph>{t('myOrg.noResponses')}</Paragraph>}
      {responses.length > 0 && (
        <TableScroll label={t('myOrg.tableOf', { name: t('myOrg.responses') })}>
          <Table data-size="sm" zebra>
            <caption className="visually-hidden">{t('myOrg.responses')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('kind.NEED')}</Table.HeaderCell>
                <Table.HeaderCell>{t('myOrg.solutionStatus')}</Table.HeaderCell>
                <Table.HeaderCell>{t('myOrg.solutionUpdated')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {responses.map((response) => (
                <Table.Row key={response.id}>
                  <Table.Cell>
                    <AppLink to={paths.need(response.need.id)}>
                      <Authored>{response.need.title}</Authored>
                    </AppLink>
                  </Table.Cell>
                  <Table.Cell>
                    <Tag data-size="sm">{t(`responseStatus.${response.status}`)}</Tag>
                  </Table.Cell>
                  <Table.Cell>{formatDate(response.updatedAt)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
