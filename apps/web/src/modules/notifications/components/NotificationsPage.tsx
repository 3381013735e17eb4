import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { paths } from '../../../app/paths';
import type { SearchKind } from '../../../generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { AppLink } from '../../common/components/AppLink';
import { PageHeading } from '../../common/components/PageHeading';
import { ErrorAlert, Loading } from '../../common/components/QueryState';
import { MarkNotificationsReadMutation, NotificationsQuery } from '../graphql/notifications';
import { notificationTitle } from '../notification-title';

const SUBJECT_PATHS: Record<SearchKind, (id: string) => string> = {
  SOLUTION: paths.solution,
  NEED: paths.need,
  PROCUREMENT_NOTICE: paths.notice,
};

/** The viewer's notifications (new answers, questions, tenders, saved-search matches). */
export function NotificationsPage() {
  const { t, formatDate } = useI18n();
  const { data, loading, error } = useQuery(NotificationsQuery);
  const [markRead, marking] = useMutation(MarkNotificationsReadMutation, {
    refetchQueries: ['Notifications', 'UnreadNotifications'],
  });
  const items = data?.notifications.items ?? [];
  const unread = items.filter((n) => !n.read).map((n) => n.id);
  return (
    <div className="list-page">
      <PageHeading>{t('notifications.heading')}</PageHeading>
      {loading && !data && <Loading />}
      <ErrorAlert error={error ?? marking.error} />
      {data && items.length === 0 && <Paragraph>{t('notifications.none')}</Paragraph>}
      {unread.length > 0 && (
        <Button
          variant="secondary"
          data-size="sm"
          onClick={() => markRead({ variables: { ids: unread } }).catch(() => {})}
        >
          {t('notifications.markAllRead')}
        </Button>
      )}
      {items.length > 0 && (
        <Table data-size="sm" zebra>
          <caption className="visually-hidden">{t('notifications.heading')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('notifications.what')}</Table.HeaderCell>
              <Table.HeaderCell>{t('notifications.when')}</Table.HeaderCell>
              <Table.HeaderCell>{t('myOrg.solutionStatus')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {items.map((notification) => (
              <Table.Row key={notification.id}>
                <Table.Cell>
                  <AppLink to={SUBJECT_PATHS[notification.subjectKind](notification.subjectId)}>
                    {notificationTitle(t, notification)}
                  </AppLink>
                  {notification.event === 'SAVED_SEARCH_MATCH' && notification.savedSearchId && (
                    <>
                      <br />
                      <AppLink to={paths.savedSearch(notification.savedSearchId)}>
                        {t('notifications.savedSearch')}
                      </AppLink>
                    </>
                  )}
                </Table.Cell>
                <Table.Cell>{formatDate(notification.createdAt)}</Table.Cell>
                <Table.Cell>
                  {notification.read ? (
                    t('notifications.read')
                  ) : (
                    <Tag data-size="sm" data-color="info">
                      {t('notifications.unread')}
                    </Tag>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </div>
  );
}
