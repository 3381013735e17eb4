import { isOwnerOrPartner, NeedRole, needRoleOf } from './need-role';

describe('needRoleOf', () => {
  const need = { ownerId: 'owner' };

  it.each([
    ['the owner', NeedRole.OWNER, 'owner', null],
    ['an accepted participant', NeedRole.PARTNER, 'org', { acceptedAt: new Date() }],
    ['a participant not accepted', NeedRole.PARTICIPANT, 'org', { acceptedAt: null }],
    ['an organisation that has not joined', NeedRole.NONE, 'org', null],
    ['nobody logged in', NeedRole.NONE, null, null],
  ] as const)('gives %s the role %s', (_, role, organizationId, participation) => {
    expect(needRoleOf(need, organizationId, participation)).toBe(role);
  });

  it('lets only the owner and partners read and review answers and link notices', () => {
    expect(Object.values(NeedRole).filter(isOwnerOrPartner)).toEqual([NeedRole.OWNER, NeedRole.PARTNER]);
  });
});
