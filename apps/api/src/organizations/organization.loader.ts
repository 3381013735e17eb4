import { byKeys, loaderFor, type RequestContext } from '../graphql/request-context';
import { Organization } from './organization.model';
import type { OrganizationService } from './organization.service';

/** Loads organisations by id, batched per request. */
export async function loadOrganization(
  context: RequestContext,
  organizations: OrganizationService,
  id: string,
): Promise<Organization> {
  const loader = loaderFor(context, 'organizationById', async (ids) =>
    byKeys(ids, (await organizations.findByIds(ids)).map(Organization.from), (o) => o.id),
  );
  const organization = await loader.load(id);
  if (!organization) throw new Error(`Organization ${id} is referenced but missing`);
  return organization;
}
