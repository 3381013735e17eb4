import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, Public } from '../graphql/access.decorators';
import type { Viewer } from '../graphql/request-context';
import { CreateOrganizationInput, OrganizationFilter } from './organization.inputs';
import { Organization, OrganizationPage } from './organization.model';
import { OrganizationService } from './organization.service';

@Resolver(() => Organization)
export class OrganizationResolver {
  constructor(private readonly organizationService: OrganizationService) {}

  @Public()
  @Query(() => Organization, { nullable: true })
  async organization(@Args('id', { type: () => ID }) id: string): Promise<Organization | null> {
    const organization = await this.organizationService.findById(id);
    return organization && Organization.from(organization);
  }

  @Public()
  @Query(() => OrganizationPage)
  async organizations(
    @Args('filter', { type: () => OrganizationFilter, nullable: true }) filter: OrganizationFilter | null,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<OrganizationPage> {
    const page = await this.organizationService.list(filter, limit, offset);
    return { items: page.items.map(Organization.from), totalCount: page.totalCount };
  }

  @Authenticated()
  @Mutation(() => Organization, { description: 'Platform administrators only' })
  async createOrganization(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateOrganizationInput,
  ): Promise<Organization> {
    return Organization.from(await this.organizationService.create(viewer, input));
  }

  @Authenticated()
  @Mutation(() => Organization, {
    description:
      'Platform administrators only: gives an organisation without one its organisation number (9 digits, mod-11 checked, unique)',
  })
  async setOrganizationNumber(
    @CurrentViewer() viewer: Viewer,
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('organizationNumber') organizationNumber: string,
  ): Promise<Organization> {
    return Organization.from(
      await this.organizationService.setOrganizationNumber(viewer, organizationId, organizationNumber),
    );
  }

  @Authenticated()
  @Mutation(() => Organization, { description: 'Platform administrators only: a company may then publish' })
  async verifyOrganization(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Organization> {
    return Organization.from(await this.organizationService.verify(viewer, id));
  }
}
