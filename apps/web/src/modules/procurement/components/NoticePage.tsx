import { useMutation, useQuery } from '@apollo/client/react';
import { Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import { paths } from '../../../app/paths';
import type { NoticeQuery as NoticeQueryResult } from '../../../generated/graphql';
import { Authored } from '../../../i18n/content-language';
import { type I18n, useI18n } from '../../../i18n/I18nProvider';
import { useSession } from '../../auth/hooks/SessionProvider';
import { AppLink } from '../../common/components/AppLink';
import { FollowToggle } from '../../common/components/FollowToggle';
import { NotFoundPage } from '../../common/components/NotFoundPage';
import { PageHeading } from '../../common/components/PageHeading';
import { ErrorAlert, Loading } from '../../common/components/QueryState';
import { useServiceAreas } from '../../common/hooks/useServiceAreas';
import { Markdown } from '../../solutions/components/Markdown';
import { FollowNoticeMutation, NoticeQuery, UnfollowNoticeMutation } from '../graphql/procurement';
import { deadlineText, osloClock } from '../oslo-time';
import { NoticeOwnerActions } from './NoticeOwnerActions';

type Notice = NonNullable<NoticeQueryResult['procurementNotice']>;

export function NoticePage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(NoticeQuery, { variables: { id } });
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data?.procurementNotice) return <NotFoundPage />;
  return <NoticeDetails notice={data.procurementNotice} />;
}

function NoticeDetails({ notice }: { notice: Notice }) {
  const i18n = useI18n();
  const { t, formatNok, language } = i18n;
  const { nameOf } = useServiceAreas();
  const { viewer } = useSession();
  const isBuyer = viewer?.organization.id === notice.buyer.id;
  return (
    <article className="solution">
      <AppLink to={paths.notices} className="back-link">
        {t('notices.back')}
      </AppLink>
      <div className="solution__header">
        <Tag data-color="brand3">{t('kind.PROCUREMENT_NOTICE')}</Tag>
        <Tag data-color={notice.isOpen ? 'success' : 'neutral'} data-size="sm">
          {t(notice.cancelledAt ? 'notice.cancelled' : notice.isOpen ? 'notice.open' : 'notice.closed')}
        </Tag>
        <PageHeading title={notice.title}>
          <Authored>{notice.title}</Authored>
        </PageHeading>
        <Paragraph className="meta">
          {t('notice.meta', { buyer: notice.buyer.name, procedure: t(`procedure.${notice.procedure}`) })}
        </Paragraph>
        <Paragraph data-size="lg" className="deadline" data-testid="deadline">
          <strong>{t('card.deadline', { date: dateAndTime(i18n, notice.deadline) })}</strong> –{' '}
          {notice.isOpen ? deadlineText(i18n, notice.deadline) : t('deadline.closed')}
        </Paragraph>
        {isBuyer && <NoticeOwnerActions notice={notice} />}
        {viewer && <FollowNotice notice={notice} />}
      </div>
      <div className="solution__columns">
        <div className="solution__main">
          <section aria-labelledby="notice-description-heading">
            <Heading level={2} data-size="sm" id="notice-description-heading">
              {t('notice.description')}
            </Heading>
            <Markdown source={notice.description} topLevel={3} />
          </section>
          <section aria-labelledby="cpv-heading">
            <Heading level={2} data-size="sm" id="cpv-heading">
              {t('notice.cpvCodes')}
            </Heading>
            <ul className="cpv-list">
              {notice.cpvLabels.map((cpv) => (
                <li key={cpv.code}>
                  <code>{cpv.code}</code> {language === 'en' ? cpv.labelEn : cpv.labelNb}
                </li>
              ))}
            </ul>
          </section>
        </div>
        <aside className="solution__aside" aria-label={t('solution.factsLabel')}>
          <section aria-labelledby="notice-facts-heading" className="facts">
            <Heading level={2} data-size="xs" id="notice-facts-heading">
              {t('solution.facts')}
            </Heading>
            <dl>
              <dt>{t('notice.buyer')}</dt>
              <dd>{notice.buyer.name}</dd>
              <dt>{t('notice.procedure')}</dt>
              <dd>{t(`procedure.${notice.procedure}`)}</dd>
              <dt>{t('solution.serviceArea')}</dt>
              <dd>{nameOf(notice.serviceArea)}</dd>
              {notice.estimatedValueNok != null && (
                <>
                  <dt>{t('notice.value')}</dt>
                  <dd>{formatNok(notice.estimatedValueNok)}</dd>
                </>
              )}
              {notice.externalUrl && (
                <>
                  <dt>{t('notice.official')}</dt>
                  <dd>
                    <Link href={notice.externalUrl} rel="noopener noreferrer">
                      {new URL(notice.externalUrl).host}
                    </Link>
                  </dd>
                </>
              )}
              {notice.questionDeadline && (
                <>
                  <dt>{t('tenders.questionDeadline')}</dt>
                  <dd>{dateAndTime(i18n, notice.questionDeadline)}</dd>
                </>
              )}
              {notice.need && (
                <>
                  <dt>{t('notice.need')}</dt>
                  <dd>
                    <AppLink to={paths.need(notice.need.id)}>
                      <Authored>{notice.need.title}</Authored>
                    </AppLink>
                  </dd>
                </>
              )}
              {notice.resultingSolution && (
                <>
                  <dt>{t('notice.result')}</dt>
                  <dd>
                    <AppLink to={paths.solution(notice.resultingSolution.id)}>
                      <Authored>{notice.resultingSolution.title}</Authored>
                    </AppLink>
                  </dd>
                </>
              )}
            </dl>
          </section>
          <NoticeContact notice={notice} />
          <NoticeDocuments notice={notice} />
        </aside>
      </div>
    </article>
  );
}

/** "1. des. 2026 kl. 12.00", the time on Oslo's clock. */
function dateAndTime({ t, formatDate, language }: Pick<I18n, 't' | 'formatDate' | 'language'>, iso: string) {
  return t('tenders.dateAndTime', { date: formatDate(iso), time: osloClock(language, iso) });
}

function FollowNotice({ notice }: { notice: Notice }) {
  const { t } = useI18n();
  const [follow] = useMutation(FollowNoticeMutation, { variables: { id: notice.id } });
  const [unfollow] = useMutation(UnfollowNoticeMutation, { variables: { id: notice.id } });
  return (
    <FollowToggle
      following={notice.viewerFollows}
      label={t('tenders.follow')}
      onChange={(on) => (on ? follow() : unfollow())}
    />
  );
}

function NoticeContact({ notice }: { notice: Notice }) {
  const { t } = useI18n();
  const { contact } = notice;
  if (!contact) return null;
  return (
    <section aria-labelledby="notice-contact-heading" className="facts">
      <Heading level={2} data-size="xs" id="notice-contact-heading">
        {t('tenders.contactHeading')}
      </Heading>
      <Paragraph>
        {contact.name}
        {contact.role && `, ${contact.role}`}
        {contact.phone && (
          <>
            <br />
            {t('contact.phone', { phone: contact.phone })}
          </>
        )}
      </Paragraph>
      <Link href={`mailto:${contact.email}`}>{t('tenders.mailto', { name: contact.name })}</Link>
    </section>
  );
}

function NoticeDocuments({ notice }: { notice: Notice }) {
  const { t } = useI18n();
  if (notice.links.length === 0) return null;
  return (
    <section aria-labelledby="notice-documents-heading" className="facts">
      <Heading level={2} data-size="xs" id="notice-documents-heading">
        {t('tenders.documents')}
      </Heading>
      <ul>
        {notice.links.map((link) => (
          <li key={link.url}>
            <Link href={link.url} rel="noopener noreferrer">
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
