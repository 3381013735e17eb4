import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AuditAction } from '../audit/audit-action';
import { SessionService } from '../auth/session.service';
import { notFound } from '../common/domain-error';
import { requiredOneOf, validatePage, validateUuid } from '../common/input-validation';
import { TransactionRunner, type UnitOfWork } from '../database/unit-of-work';
import type { Page } from '../graphql/paginated';
import type { Viewer } from '../graphql/request-context';
import { Role } from '../users/role';
import type { UserEntity } from '../users/user.entity';
import { mayManageUsersOf } from '../users/user.rules';
import { UserService } from '../users/user.service';
import { accountError } from './account.errors';

/** What an administrator changes about a user's account. */
interface AccountChange {
  role?: Role;
  deactivatedAt?: Date | null;
}

/**
 * Accounts administrators manage: an organisation's ADMINs (and platform admins) change their users'
 * roles and deactivate them; an organisation always keeps an active ADMIN.
 */
@Injectable()
export class AccountService {
  constructor(
    private readonly users: UserService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
  ) {}

  setRole(viewer: Viewer, userId: string, role: Role): Promise<UserEntity> {
    const newRole = requiredOneOf('role', role, Object.values(Role));
    return this.change(viewer, userId, () => ({ role: newRole }), AuditAction.MEMBER_ROLE_CHANGED);
  }

  /** The user cannot sign in any more, and every session of theirs ends at once. */
  deactivate(viewer: Viewer, userId: string): Promise<UserEntity> {
    return this.change(
      viewer,
      userId,
      (user) => ({ deactivatedAt: user.deactivatedAt ?? new Date() }),
      AuditAction.MEMBER_DEACTIVATED,
    );
  }

  reactivate(viewer: Viewer, userId: string): Promise<UserEntity> {
    return this.change(viewer, userId, () => ({ deactivatedAt: null }), AuditAction.MEMBER_REACTIVATED);
  }

  /** Platform admins look people up by name, e-mail, or their organisation's name or number. */
  search(viewer: Viewer, text: string | null, limit: number, offset: number): Promise<Page<UserEntity>> {
    if (!viewer.isPlatformAdmin)
      throw accountError(
        'ONLY_PLATFORM_ADMINS_LIST_USERS',
        'Only platform administrators can list all users',
      );
    return this.users.search(text?.trim() || null, validatePage(limit, offset));
  }

  private async change(
    viewer: Viewer,
    rawUserId: string,
    changeOf: (user: UserEntity) => AccountChange,
    action: AuditAction,
  ): Promise<UserEntity> {
    const userId = validateUuid('userId', rawUserId);
    const before = await this.users.findById(userId);
    if (!before) throw notFound('User', 'userId');
    if (!mayManageUsersOf(viewer, before.organizationId))
      throw accountError(
        'ONLY_ADMINS_MANAGE_USERS',
        "Only the organisation's administrators and platform administrators can manage its users",
      );
    return this.transactions.run(async (unitOfWork) => {
      // The admins first, then the user (often one of them): every change locks in the same order.
      const activeAdmins = await this.users.lockActiveAdmins(before.organizationId, unitOfWork);
      const user = await this.users.findByIdForUpdate(userId, unitOfWork);
      if (!user) throw notFound('User', 'userId');
      const change = changeOf(user);
      if (losesAdminRights(user, change) && activeAdmins.every((id) => id === user.id))
        throw accountError(
          'LAST_ACTIVE_ADMIN',
          'The organisation must keep an active administrator: make another member ADMIN first',
        );
      await this.apply(user, change, unitOfWork);
      await this.audit.record(
        unitOfWork,
        viewer,
        action,
        { kind: 'USER', id: user.id },
        {
          organizationId: user.organizationId,
          ...(change.role ? { from: user.role, to: change.role } : {}),
        },
      );
      return { ...user, ...change };
    });
  }

  private async apply(user: UserEntity, change: AccountChange, unitOfWork: UnitOfWork): Promise<void> {
    await this.users.updateAccount(user.id, change, unitOfWork);
    if (change.deactivatedAt) await this.sessions.endAll(user.id, unitOfWork);
  }
}

/** An active ADMIN who is made a member or deactivated. */
function losesAdminRights(user: UserEntity, change: AccountChange): boolean {
  const activeAdmin = user.role === Role.ADMIN && !user.deactivatedAt;
  return activeAdmin && (change.role === Role.MEMBER || Boolean(change.deactivatedAt));
}
