import { useMutation, useQuery } from '@apollo/client/react';
import { Heading, List, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import { paths } from '../../../app/paths';
import type { NeedQuery as NeedQueryResult } from '../../../generated/graphql';
import { Authored } from '../../../i18n/content-language';
import { useI18n } from '../../../i18n/I18nProvider';
import { useSession } from '../../auth/hooks/SessionProvider';
import { AppLink, ButtonLink } from '../../common/components/AppLink';
import { BusyButton } from '../../common/components/BusyButton';
import { ContactLine } from '../../common/components/ContactLine';
import { FollowToggle } from '../../common/components/FollowToggle';
import { HitGrid } from '../../common/components/HitList';
import { NotFoundPage } from '../../common/components/NotFoundPage';
import { PageHeading } from '../../common/components/PageHeading';
import { ErrorAlert, Loading } from '../../common/components/QueryState';
import { mailtoOf } from '../../common/contact-values';
import { daysLeftText } from '../../common/deadline';
import { useServiceAreas } from '../../common/hooks/useServiceAreas';
import { Markdown } from '../../solutions/components/Markdown';
import { solutionHit } from '../../solutions/solution-hit';
import {
  FollowNeedMutation,
  JoinNeedMutation,
  LeaveNeedMutation,
  NeedQuery,
  UnfollowNeedMutation,
} from '../graphql/needs';
import { isOwnerOrPartner } from '../need-role';
import { NeedCostShares } from './NeedCostShares';
import { NeedOwnerActions, PartnerToggle } from './NeedOwnerActions';
import { NeedQuestions } from './NeedQuestions';
import { NeedResponses } from './NeedResponses';
import { NeedStatusTag } from './NeedStatusTag';

export type NeedData = NonNullable<NeedQueryResult['need']>;
export type NeedResponseData = NeedQueryResult['needResponses'][number];

export function NeedPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(NeedQuery, { variables: { id } });
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data?.need) return <NotFoundPage />;
  return <NeedDetails need={data.need} responses={data.needResponses} />;
}

function NeedDetails({ need, responses }: { need: NeedData; responses: NeedResponseData[] }) {
  const { t, formatDate } = useI18n();
  const { nameOf } = useServiceAreas();
  return (
    <article className="solution">
      <AppLink to={paths.needs} className="back-link">
        {t('needs.back')}
      </AppLink>
      <div className="solution__header">
        <Tag data-color="brand2">{t('kind.NEED')}</Tag>
        <NeedStatusTag status={need.status} />
        <PageHeading title={need.title}>
          <Authored>{need.title}</Authored>
        </PageHeading>
        <Paragraph className="meta">
          {t('need.meta', {
            owner: need.owner.name,
            area: nameOf(need.serviceArea),
            date: formatDate(need.createdAt),
          })}
        </Paragraph>
        {need.viewerCanEdit && <NeedOwnerActions need={need} />}
      </div>
      <div className="solution__columns">
        <div className="solution__main">
          <section aria-labelledby="need-description-heading">
            <Heading level={2} data-size="sm" id="need-description-heading">
              {t('need.description')}
            </Heading>
            <Markdown source={need.description} topLevel={3} />
          </section>
          {need.similarSolutions.length > 0 && (
            <section aria-labelledby="similar-heading">
              <Heading level={2} data-size="sm" id="similar-heading">
                {t('need.similarSolutions')}
              </Heading>
              <Paragraph>{t('need.similarIntro')}</Paragraph>
              <HitGrid hits={need.similarSolutions.map(solutionHit)} />
            </section>
          )}
          {isOwnerOrPartner(need.viewerRole) && need.partners.length > 0 && (
            <NeedCostShares needId={need.id} />
          )}
          <NeedResponses need={need} responses={responses} />
          <NeedQuestions need={need} />
        </div>
        <aside className="solution__aside" aria-label={t('need.asideLabel')}>
          <Participants need={need} />
          {need.contact && <NeedContact need={need} contact={need.contact} />}
          <Notices need={need} />
        </aside>
      </div>
    </article>
  );
}

/**
 * Whom to call about the need: the api gives it only to the owner, its partners and suppliers whose
 * answer it shortlisted.
 */
function NeedContact({ need, contact }: { need: NeedData; contact: NonNullable<NeedData['contact']> }) {
  const { t } = useI18n();
  const { viewer } = useSession();
  return (
    <section className="facts" aria-labelledby="need-contact-heading">
      <Heading level={2} data-size="xs" id="need-contact-heading">
        {t('needContact.heading')}
      </Heading>
      {viewer?.can.answerNeeds && <Paragraph data-size="sm">{t('needContact.shortlisted')}</Paragraph>}
      <Paragraph data-size="sm">
        <ContactLine contact={contact} />
      </Paragraph>
      <Paragraph data-size="sm">
        <a href={mailtoOf(contact.email, need.title)}>{t('needContact.mailto', { name: contact.name })}</a>
      </Paragraph>
    </section>
  );
}

function Participants({ need }: { need: NeedData }) {
  const { t } = useI18n();
  const { viewer } = useSession();
  // Joining or leaving changes the viewer's role, and with it which supplier answers it may read:
  // the page is read again, so the answers' heading, list and role always agree.
  const membership = { variables: { needId: need.id }, refetchQueries: ['Need'] };
  const [join, joining] = useMutation(JoinNeedMutation, membership);
  const [leave, leaving] = useMutation(LeaveNeedMutation, membership);
  const [follow] = useMutation(FollowNeedMutation, { variables: { needId: need.id } });
  const [unfollow] = useMutation(UnfollowNeedMutation, { variables: { needId: need.id } });
  const canJoin = viewer?.can.joinNeeds && !need.viewerCanEdit;
  const busy = joining.loading || leaving.loading;
  const joinOrLeave = () => {
    if (busy) return;
    (need.viewerHasJoined ? leave() : join()).catch(() => {});
  };
  return (
    <section className="adopt" aria-labelledby="participants-heading">
      <Heading level={2} data-size="xs" id="participants-heading">
        {t('need.participants')}
      </Heading>
      <p className="adopt__counter" aria-live="polite" aria-atomic="true" data-testid="participant-count">
        <span className="adopt__count">{need.participants.length + 1}</span>{' '}
        {t(need.participants.length === 0 ? 'need.participantsOne' : 'need.participantsOther')}
      </p>
      <List.Unordered className="participant-list">
        <List.Item>
          {need.owner.name} ({t('need.ownerLabel')})
        </List.Item>
        {need.participants.map((organization) => {
          const isPartner = need.partners.some((partner) => partner.id === organization.id);
          return (
            <List.Item key={organization.id}>
              <span>
                {organization.name}
                {isPartner && ` (${t('need.partnerLabel')})`}
              </span>
              {need.viewerCanEdit && (
                <PartnerToggle needId={need.id} organization={organization} isPartner={isPartner} />
              )}
            </List.Item>
          );
        })}
      </List.Unordered>
      {need.viewerCanEdit && need.participants.length > 0 && (
        <Paragraph data-size="sm">{t('need.partnersHelp')}</Paragraph>
      )}
      {canJoin && (
        <div className="button-row">
          {/* One button for both, so the focus stays on it when joining turns it into "leave". */}
          <BusyButton
            variant={need.viewerHasJoined ? 'secondary' : 'primary'}
            busy={busy}
            onClick={joinOrLeave}
          >
            {t(need.viewerHasJoined ? 'need.leave' : 'need.join')}
          </BusyButton>
        </div>
      )}
      {viewer && (
        <FollowToggle
          following={need.viewerFollows}
          label={t('need.follow')}
          onChange={(on) => (on ? follow() : unfollow())}
        />
      )}
      <ErrorAlert error={joining.error ?? leaving.error} />
    </section>
  );
}

function Notices({ need }: { need: NeedData }) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  if (need.procurementNotices.length === 0 && !isOwnerOrPartner(need.viewerRole)) return null;
  return (
    <section aria-labelledby="need-notices-heading" className="facts">
      <Heading level={2} data-size="xs" id="need-notices-heading">
        {t('need.notices')}
      </Heading>
      {need.procurementNotices.length === 0 && <Paragraph>{t('need.noNotices')}</Paragraph>}
      <List.Unordered>
        {need.procurementNotices.map((notice) => (
          <List.Item key={notice.id}>
            <AppLink to={paths.notice(notice.id)}>
              <Authored>{notice.title}</Authored>
            </AppLink>
            <br />
            {t(`procedure.${notice.procedure}`)} · {t('card.deadline', { date: formatDate(notice.deadline) })}{' '}
            · {daysLeftText(i18n, notice.deadline, notice.isOpen)}
          </List.Item>
        ))}
      </List.Unordered>
      {isOwnerOrPartner(need.viewerRole) && need.status !== 'SOLVED' && need.status !== 'CLOSED' && (
        <ButtonLink to={`${paths.newNotice}?behov=${need.id}`} variant="secondary" data-size="sm">
          {t('need.newNotice')}
        </ButtonLink>
      )}
    </section>
  );
}
