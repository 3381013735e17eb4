import type { INestApplicationContext } from '@nestjs/common';
import { DomainError } from '../common/domain-error';
import { OrganizationService } from '../organizations/organization.service';
import { OrganizationKind } from '../organizations/organization-kind';
import { Role } from './role';
import { UserService } from './user.service';

/**
 * In production the first platform admin comes from the command line, not from demo data.
 * The admin belongs to an existing organisation, or to a new one of kind OTHER.
 */
export async function createPlatformAdmin(
  app: INestApplicationContext,
  env: Record<string, string | undefined>,
): Promise<string> {
  const organizationNumber = env.ADMIN_ORGANIZATION_NUMBER ?? '';
  const organizations = app.get(OrganizationService);
  try {
    const user = await app.get(UserService).validateNew({
      email: env.ADMIN_EMAIL ?? '',
      name: env.ADMIN_NAME ?? '',
      password: env.ADMIN_PASSWORD ?? '',
      role: Role.ADMIN,
    });
    const organization =
      (await organizations.findByOrganizationNumber(organizationNumber)) ??
      (await organizations.insert(
        await organizations.validateNew({
          name: env.ADMIN_ORGANIZATION_NAME ?? '',
          kind: OrganizationKind.OTHER,
          organizationNumber,
        }),
      ));
    await app.get(UserService).insert({ ...user, organizationId: organization.id, isPlatformAdmin: true });
    return `Created platform admin ${user.email} in ${organization.name}`;
  } catch (error) {
    if (error instanceof DomainError)
      throw new Error(
        `ADMIN_${(error.field ?? '').replace(/[A-Z]/g, '_$&').toUpperCase()}: ${error.message}`,
      );
    throw error;
  }
}
