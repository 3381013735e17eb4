import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PageArgs } from '../common/input-validation';
import { containsPattern } from '../common/like-pattern';
import type { UnitOfWork } from '../database/unit-of-work';
import type { Page } from '../graphql/paginated';
import type { Language } from './language';
import type { Role } from './role';
import { UserEntity } from './user.entity';

/** A user to add; the language defaults to NB. */
export type NewUser = Omit<
  UserEntity,
  | 'id'
  | 'createdAt'
  | 'language'
  | 'mustChangePassword'
  | 'deactivatedAt'
  | 'lastLoginAt'
  | 'oidcIssuer'
  | 'oidcSubject'
  | 'emailConfirmed'
> & {
  language?: Language;
  mustChangePassword?: boolean;
  oidcIssuer?: string;
  oidcSubject?: string;
  emailConfirmed?: boolean;
};

@Injectable()
export class UserRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ id });
  }

  /** The user with its password hash, for logging in. */
  findForLogin(email: string): Promise<UserEntity | null> {
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
  }

  /** The password hash of a user, or undefined when the user is gone. */
  async findPasswordHash(id: string): Promise<string | undefined> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id })
      .getOne();
    return user?.passwordHash ?? undefined;
  }

  /** A password the user chose: a temporary one no longer needs changing. */
  async updatePasswordHash(id: string, passwordHash: string, manager: UnitOfWork): Promise<void> {
    await manager.getRepository(UserEntity).update({ id }, { passwordHash, mustChangePassword: false });
  }

  /** The user of an e-mail address, for mailing them a password-reset link. */
  findByEmail(email: string): Promise<UserEntity | null> {
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
  }

  /** The Ansattporten user whom the issuer knows by this `sub`. */
  findByOidcIdentity(issuer: string, subject: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ oidcIssuer: issuer, oidcSubject: subject });
  }

  /** Marks the address confirmed, if it is still the user's. */
  async confirmEmail(id: string, email: string, manager: UnitOfWork): Promise<void> {
    await manager
      .getRepository(UserEntity)
      .createQueryBuilder()
      .update()
      .set({ emailConfirmed: true })
      .where('id = :id AND lower(email) = lower(:email)', { id, email })
      .execute();
  }

  async emailExists(email: string): Promise<boolean> {
    return this.dataSource.getRepository(UserEntity).exists({ where: { email: email.toLowerCase() } });
  }

  listByOrganization(organizationId: string): Promise<UserEntity[]> {
    return this.dataSource
      .getRepository(UserEntity)
      .find({ where: { organizationId }, order: { name: 'ASC' } });
  }

  /** The user, locked until the transaction ends, so two administrators' changes to them queue up. */
  findByIdForUpdate(id: string, manager: UnitOfWork): Promise<UserEntity | null> {
    return manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .setLock('pessimistic_write')
      .where('u.id = :id', { id })
      .getOne();
  }

  /**
   * The ids of the organisation's active ADMINs, locked until the transaction ends: two ADMINs who
   * demote each other at once cannot both pass the last-admin check.
   */
  async lockActiveAdmins(organizationId: string, manager: UnitOfWork): Promise<string[]> {
    const rows = (await manager.query(
      `SELECT id FROM users WHERE organization_id = $1 AND role = 'ADMIN' AND deactivated_at IS NULL
       ORDER BY id FOR UPDATE`,
      [organizationId],
    )) as { id: string }[];
    return rows.map((row) => row.id);
  }

  async updateAccount(
    id: string,
    change: { role?: Role; deactivatedAt?: Date | null },
    manager: UnitOfWork,
  ): Promise<void> {
    await manager.getRepository(UserEntity).update({ id }, change);
  }

  /** Users whose name or e-mail, or whose organisation's name or number, matches; by name. */
  async search(text: string | null, page: PageArgs): Promise<Page<UserEntity>> {
    const builder = this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .orderBy('u.name', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .skip(page.offset)
      .take(page.limit);
    if (text) {
      builder
        .innerJoin('organizations', 'o', 'o.id = u.organization_id')
        .where(
          '(u.name ILIKE :text OR u.email ILIKE :text OR o.name ILIKE :text OR o.organization_number = :exact)',
          { text: containsPattern(text), exact: text.replace(/\s/g, '') },
        );
    }
    const [items, totalCount] = await builder.getManyAndCount();
    return { items, totalCount };
  }

  async setLanguage(id: string, language: Language): Promise<void> {
    await this.dataSource.getRepository(UserEntity).update({ id }, { language });
  }

  async insert(user: NewUser, manager: UnitOfWork = this.dataSource.manager): Promise<UserEntity> {
    const table = manager.getRepository(UserEntity);
    const saved = await table.save(table.create({ ...user, email: user.email.toLowerCase() }));
    return { ...saved, passwordHash: '' };
  }
}
