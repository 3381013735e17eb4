import { useMutation, useQuery } from '@apollo/client/react';
import { Details, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { MemberFieldsFragment, Role } from '../../../generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { CreateUserForm } from '../../admin/components/CreateUserForm';
import type { Viewer } from '../../auth/hooks/SessionProvider';
import { ActiveTag } from '../../common/components/ActiveTag';
import { BusyButton } from '../../common/components/BusyButton';
import { ErrorAlert, Loading } from '../../common/components/QueryState';
import { TableScroll } from '../../common/components/TableScroll';
import {
  DeactivateUserMutation,
  OrganizationMembersQuery,
  ReactivateUserMutation,
  SetUserRoleMutation,
} from '../graphql/organization';

/** A member who joined this recently is marked "Ny", so an ADMIN notices whom to look at. */
export const NEW_MEMBER_DAYS = 30;
const DAY_MS = 86_400_000;

export const isNewMember = (member: Pick<MemberFieldsFragment, 'createdAt'>, now = Date.now()) =>
  now - new Date(member.createdAt).getTime() < NEW_MEMBER_DAYS * DAY_MS;

/**
 * The organisation's members. Its ADMINs (and platform admins) also see who is active and when each
 * last signed in, change roles, and deactivate or reactivate members.
 */
export function OrganizationMembers({ viewer }: { viewer: Viewer }) {
  const { t } = useI18n();
  const organization = viewer.organization;
  const manage = viewer.can.addMembers;
  const { data, loading, error } = useQuery(OrganizationMembersQuery, {
    variables: { organizationId: organization.id },
  });
  const actions = useMemberActions();
  return (
    <section aria-labelledby="members-heading" className="org-section">
      <Heading level={2} data-size="sm" id="members-heading">
        {t('myOrg.members')}
      </Heading>
      {manage && <Paragraph>{t('members.intro')}</Paragraph>}
      {loading && !data && <Loading />}
      <ErrorAlert error={error} />
      <ErrorAlert error={actions.error} />
      <p role="status" className="members__status">
        {actions.done}
      </p>
      {data && (
        <TableScroll label={t('members.table')}>
          <Table data-size="sm" zebra>
            <caption className="visually-hidden">{t('myOrg.members')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('admin.userName')}</Table.HeaderCell>
                <Table.HeaderCell>{t('admin.userEmail')}</Table.HeaderCell>
                <Table.HeaderCell>{t('admin.userRole')}</Table.HeaderCell>
                {manage && (
                  <>
                    <Table.HeaderCell>{t('members.status')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('members.lastLogin')}</Table.HeaderCell>
                    <Table.HeaderCell>
                      <span className="visually-hidden">{t('myOrg.actions')}</span>
                    </Table.HeaderCell>
                  </>
                )}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {data.organizationMembers.map((member) => (
                <MemberRow
                  key={member.id}
                  member={member}
                  manage={manage}
                  self={member.id === viewer.id}
                  actions={actions}
                />
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      {manage && (
        <Details className="add-member">
          <Details.Summary>{t('myOrg.addMember')}</Details.Summary>
          <Details.Content>
            <CreateUserForm organization={organization} />
          </Details.Content>
        </Details>
      )}
    </section>
  );
}

interface MemberRowProps {
  member: MemberFieldsFragment;
  manage: boolean;
  /** The viewer's own row: no actions, so an ADMIN cannot lock themselves out by a slip. */
  self: boolean;
  actions: MemberActions;
}

function MemberRow({ member, manage, self, actions }: MemberRowProps) {
  const { t, formatDate } = useI18n();
  return (
    <Table.Row>
      <Table.Cell>
        {member.name}{' '}
        {isNewMember(member) && (
          <Tag data-size="sm" data-color="info" title={t('members.newHelp', { days: NEW_MEMBER_DAYS })}>
            {t('members.new')}
          </Tag>
        )}
      </Table.Cell>
      <Table.Cell>{member.email}</Table.Cell>
      <Table.Cell>{t(`role.${member.role}`)}</Table.Cell>
      {manage && (
        <>
          <Table.Cell>
            <ActiveTag active={member.active} />
          </Table.Cell>
          <Table.Cell>
            {member.lastLoginAt ? formatDate(member.lastLoginAt) : t('members.neverLoggedIn')}
          </Table.Cell>
          <Table.Cell>{!self && <MemberButtons member={member} actions={actions} />}</Table.Cell>
        </>
      )}
    </Table.Row>
  );
}

function MemberButtons({ member, actions }: { member: MemberFieldsFragment; actions: MemberActions }) {
  const { t } = useI18n();
  const otherRole: Role = member.role === 'ADMIN' ? 'MEMBER' : 'ADMIN';
  const busy = actions.busyId === member.id;
  const who = <span className="visually-hidden"> {member.name}</span>;
  return (
    <div className="member-actions">
      <BusyButton
        variant="secondary"
        data-size="sm"
        busy={busy}
        onClick={() => actions.setRole(member, otherRole)}
      >
        {t(otherRole === 'ADMIN' ? 'members.makeAdmin' : 'members.makeMember')}
        {who}
      </BusyButton>
      <BusyButton
        variant="tertiary"
        data-size="sm"
        data-color={member.active ? 'danger' : 'accent'}
        busy={busy}
        onClick={() => (member.active ? actions.deactivate(member) : actions.reactivate(member))}
      >
        {t(member.active ? 'members.deactivate' : 'members.reactivate')}
        {who}
      </BusyButton>
    </div>
  );
}

type MemberActions = ReturnType<typeof useMemberActions>;

/** Changes to one member at a time, each announced when done or shown when refused. */
function useMemberActions() {
  const { t } = useI18n();
  const [setUserRole] = useMutation(SetUserRoleMutation);
  const [deactivateUser] = useMutation(DeactivateUserMutation);
  const [reactivateUser] = useMutation(ReactivateUserMutation);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const [error, setError] = useState<unknown>(null);

  const run = async (member: MemberFieldsFragment, change: () => Promise<unknown>, message: string) => {
    setBusyId(member.id);
    setDone('');
    setError(null);
    try {
      await change();
      setDone(message);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusyId(null);
    }
  };
  const variables = (member: MemberFieldsFragment) => ({ variables: { userId: member.id } });

  return {
    busyId,
    done,
    error,
    setRole: (member: MemberFieldsFragment, role: Role) =>
      run(
        member,
        () => setUserRole({ variables: { userId: member.id, role } }),
        t(role === 'ADMIN' ? 'members.nowAdmin' : 'members.nowMember', { name: member.name }),
      ),
    deactivate: (member: MemberFieldsFragment) =>
      run(
        member,
        () => deactivateUser(variables(member)),
        t('members.wasDeactivated', { name: member.name }),
      ),
    reactivate: (member: MemberFieldsFragment) =>
      run(
        member,
        () => reactivateUser(variables(member)),
        t('members.wasReactivated', { name: member.name }),
      ),
  };
}
