import { useQuery } from '@apollo/client/react';
import { Checkbox, Heading, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { TableScroll } from '../../common/components/TableScroll';
import { OrganizationDirectoryQuery } from '../graphql/admin';
import { DIRECTORY_PAGE_SIZE, DirectoryList, useDirectorySearch } from './DirectorySearch';
import { SetOrganizationNumberForm } from './SetOrganizationNumberForm';

/** Platform admins find organisations, and give those that lack one their organisation number. */
export function OrganizationDirectory() {
  const { t } = useI18n();
  const directory = useDirectorySearch();
  const [missingOnly, setMissingOnly] = useState(false);
  const [announced, setAnnounced] = useState('');
  const { data, previousData, loading, error } = useQuery(OrganizationDirectoryQuery, {
    variables: {
      text: directory.search,
      missingNumber: missingOnly || null,
      limit: DIRECTORY_PAGE_SIZE,
      offset: directory.offset,
    },
  });
  const page = (data ?? previousData)?.organizations;
  return (
    <section aria-labelledby="org-directory-heading" className="form-section directory">
      <Heading level={2} data-size="sm" id="org-directory-heading">
        {t('directory.organizations')}
      </Heading>
      <DirectoryList
        id="org-directory"
        searchLabel={t('directory.searchOrganizations')}
        pagesLabel={t('directory.organizationPages')}
        directory={directory}
        totalCount={page?.totalCount}
        loading={loading}
        error={error}
        filters={
          <Checkbox
            label={t('directory.missingNumberOnly')}
            checked={missingOnly}
            onChange={() => {
              setMissingOnly(!missingOnly);
              directory.setPage(1);
            }}
          />
        }
      >
        <p role="status">{announced}</p>
        <TableScroll label={t('directory.organizationTable')}>
          <Table data-size="sm" zebra>
            <caption className="visually-hidden">{t('directory.organizations')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('admin.orgName')}</Table.HeaderCell>
                <Table.HeaderCell>{t('directory.kind')}</Table.HeaderCell>
                <Table.HeaderCell>{t('directory.number')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {page?.items.map((organization) => (
                <Table.Row key={organization.id}>
                  <Table.Cell>{organization.name}</Table.Cell>
                  <Table.Cell>{t(`orgKind.${organization.kind}`)}</Table.Cell>
                  <Table.Cell>
                    {organization.organizationNumber || (
                      <SetOrganizationNumberForm
                        organization={organization}
                        onSet={(number) =>
                          setAnnounced(t('directory.numberSet', { name: organization.name, number }))
                        }
                      />
                    )}
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
