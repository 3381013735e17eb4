import { useQuery } from '@apollo/client/react';
import { Heading, Table } from '@digdir/designsystemet-react';
import { useI18n } from '../../../i18n/I18nProvider';
import { ActiveTag } from '../../common/components/ActiveTag';
import { TableScroll } from '../../common/components/TableScroll';
import { UserDirectoryQuery } from '../graphql/admin';
import { DIRECTORY_PAGE_SIZE, DirectoryList, useDirectorySearch } from './DirectorySearch';

/** Platform admins find people by name, e-mail, or their organisation's name or number. */
export function UserDirectory() {
  const { t } = useI18n();
  const directory = useDirectorySearch();
  const { data, previousData, loading, error } = useQuery(UserDirectoryQuery, {
    variables: { search: directory.search, limit: DIRECTORY_PAGE_SIZE, offset: directory.offset },
  });
  const page = (data ?? previousData)?.users;
  return (
    <section aria-labelledby="user-directory-heading" className="form-section directory">
      <Heading level={2} data-size="sm" id="user-directory-heading">
        {t('directory.users')}
      </Heading>
      <DirectoryList
        id="user-directory"
        searchLabel={t('directory.searchUsers')}
        pagesLabel={t('directory.userPages')}
        directory={directory}
        totalCount={page?.totalCount}
        loading={loading}
        error={error}
      >
        <TableScroll label={t('directory.userTable')}>
          <Table data-size="sm" zebra>
            <caption className="visually-hidden">{t('directory.users')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('admin.userName')}</Table.HeaderCell>
                <Table.HeaderCell>{t('admin.userEmail')}</Table.HeaderCell>
                <Table.HeaderCell>{t('admin.userOrganization')}</Table.HeaderCell>
                <Table.HeaderCell>{t('admin.userRole')}</Table.HeaderCell>
                <Table.HeaderCell>{t('members.status')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {page?.items.map((user) => (
                <Table.Row key={user.id}>
                  <Table.Cell>{user.name}</Table.Cell>
                  <Table.Cell>{user.email}</Table.Cell>
                  <Table.Cell>{user.organization.name}</Table.Cell>
                  <Table.Cell>{t(`role.${user.role}`)}</Table.Cell>
                  <Table.Cell>
                    <ActiveTag active={user.active} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      </DirectoryList>
    </section>
  );
}
