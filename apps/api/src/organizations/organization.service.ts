import { Injectable } from '@nestjs/common';
import { badInput, conflict, forbidden, notFound } from '../common/domain-error';
import { requiredText, validatePage, validateUuid } from '../common/input-validation';
import { isValidOrganizationNumber } from '../common/organization-number';
import type { Page } from '../graphql/paginated';
import type { Viewer } from '../graphql/request-context';
import type { OrganizationEntity } from './organization.entity';
import type { CreateOrganizationInput, OrganizationFilter } from './organization.inputs';
import { OrganizationRepository } from './organization.repository';
import { OrganizationKind } from './organization-kind';

@Injectable()
export class OrganizationService {
  constructor(private readonly organizations: OrganizationRepository) {}

  findById(id: string): Promise<OrganizationEntity | null> {
    return this.organizations.findById(validateUuid('id', id));
  }

  async getById(id: string): Promise<OrganizationEntity> {
    const organization = await this.findById(id);
    if (!organization) throw notFound('Organization');
    return organization;
  }

  findByIds(ids: readonly string[]): Promise<OrganizationEntity[]> {
    return this.organizations.findByIds(ids);
  }

  list(
    filter: OrganizationFilter | null | undefined,
    limit: number,
    offset: number,
  ): Promise<Page<OrganizationEntity>> {
    return this.organizations.list(
      {
        text: filter?.text?.trim() || null,
        kinds: filter?.kinds,
        ids: filter?.ids?.map((id) => validateUuid('ids', id)),
      },
      validatePage(limit, offset),
    );
  }

  async create(viewer: Viewer, input: CreateOrganizationInput): Promise<OrganizationEntity> {
    if (!viewer.isPlatformAdmin) throw forbidden('Only platform administrators can create organisations');
    const fields = await this.validateNew(input);
    return this.organizations.insert(fields);
  }

  /** Checks a new organisation's fields; shared with company self-registration. */
  async validateNew(input: CreateOrganizationInput): Promise<Omit<OrganizationEntity, 'id' | 'createdAt'>> {
    const name = requiredText('name', input.name, { max: 200 });
    const organizationNumber = input.organizationNumber?.replace(/\s/g, '') ?? '';
    if (!isValidOrganizationNumber(organizationNumber)) {
      throw badInput('organizationNumber', 'organizationNumber must be 9 digits with a valid check digit');
    }
    if (!Object.values(OrganizationKind).includes(input.kind))
      throw badInput('kind', 'kind is not a known kind');
    const municipalityNumber = this.validateMunicipalityNumber(input.kind, input.municipalityNumber);
    if (await this.organizations.findByOrganizationNumber(organizationNumber)) {
      throw conflict('organizationNumber', 'An organisation with this organisation number already exists');
    }
    if (municipalityNumber && (await this.organizations.findByMunicipalityNumber(municipalityNumber))) {
      throw conflict('municipalityNumber', 'A municipality with this municipality number already exists');
    }
    return {
      name,
      kind: input.kind,
      organizationNumber,
      municipalityNumber,
      countyNumber: municipalityNumber?.slice(0, 2) ?? null,
    };
  }

  private validateMunicipalityNumber(
    kind: OrganizationKind,
    value: string | null | undefined,
  ): string | null {
    const number = value?.trim() || null;
    if (number === null) return null;
    if (kind !== OrganizationKind.MUNICIPALITY) {
      throw badInput('municipalityNumber', 'municipalityNumber is only for municipalities');
    }
    if (!/^\d{4}$/.test(number)) throw badInput('municipalityNumber', 'municipalityNumber must be 4 digits');
    return number;
  }
}
