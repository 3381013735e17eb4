import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AuditAction } from '../audit/audit-action';
import { commonError, notFound } from '../common/domain-error';
import {
  InputCheck,
  requiredOneOf,
  requiredText,
  validatePage,
  validateUuid,
} from '../common/input-validation';
import { isValidOrganizationNumber } from '../common/organization-number';
import { isUniqueViolation } from '../common/unique-violation';
import { TransactionRunner, type UnitOfWork } from '../database/unit-of-work';
import type { Page } from '../graphql/paginated';
import type { Viewer } from '../graphql/request-context';
import type { NewOrganization, OrganizationEntity } from './organization.entity';
import { organizationError } from './organization.errors';
import type { CreateOrganizationInput, OrganizationFilter } from './organization.inputs';
import { OrganizationRepository } from './organization.repository';
import { isPublicBody, OrganizationKind } from './organization-kind';

@Injectable()
export class OrganizationService {
  constructor(
    private readonly organizations: OrganizationRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

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
        missingOrganizationNumber: filter?.missingOrganizationNumber === true,
      },
      validatePage(limit, offset),
    );
  }

  async create(viewer: Viewer, input: CreateOrganizationInput): Promise<OrganizationEntity> {
    if (!viewer.isPlatformAdmin)
      throw organizationError(
        'ONLY_PLATFORM_ADMINS_CREATE_ORGANIZATIONS',
        'Only platform administrators can create organisations',
      );
    const fields = await this.validateNew(input);
    return this.transactions.run(async (unitOfWork) => {
      const organization = await this.organizations.insert(fields, unitOfWork);
      await this.audit.record(
        unitOfWork,
        viewer,
        AuditAction.ORGANIZATION_CREATED,
        { kind: 'ORGANIZATION', id: organization.id },
        { name: organization.name, kind: organization.kind },
      );
      return organization;
    });
  }

  /** A platform admin vouches for an organisation (a company), which may then publish solutions. */
  async verify(viewer: Viewer, id: string): Promise<OrganizationEntity> {
    if (!viewer.isPlatformAdmin)
      throw organizationError(
        'ONLY_PLATFORM_ADMINS_VERIFY_ORGANIZATIONS',
        'Only platform administrators can verify organisations',
      );
    const verified = await this.organizations.markVerified(validateUuid('id', id));
    if (!verified) throw notFound('Organization', 'id');
    return verified;
  }

  /**
   * A platform admin gives an organisation the number the reference data lacked (county municipalities,
   * Ålesund, Haram), so its staff can be matched when they sign in. A number once set is not changed here.
   */
  async setOrganizationNumber(viewer: Viewer, id: string, value: string): Promise<OrganizationEntity> {
    if (!viewer.isPlatformAdmin)
      throw organizationError(
        'ONLY_PLATFORM_ADMINS_SET_ORGANIZATION_NUMBERS',
        'Only platform administrators can set organisation numbers',
      );
    const check = new InputCheck();
    const organizationId = check.collect(() => validateUuid('organizationId', id));
    const organizationNumber = check.collect(() => validateOrganizationNumber(value));
    check.done();
    const organization = await this.organizations.findById(organizationId);
    if (!organization) throw notFound('Organization', 'organizationId');
    if (organization.organizationNumber) throw organizationNumberAlreadySet();
    if (await this.organizations.findByOrganizationNumber(organizationNumber))
      throw organizationNumberTaken();
    return this.transactions.run(async (unitOfWork) => {
      const updated = await this.setMissingNumber(organizationId, organizationNumber, unitOfWork);
      await this.audit.record(
        unitOfWork,
        viewer,
        AuditAction.ORGANIZATION_NUMBER_SET,
        { kind: 'ORGANIZATION', id: organizationId },
        { organizationNumber },
      );
      return updated;
    });
  }

  /** A concurrent setter of the same number, or of this organisation's, loses with the same errors. */
  private async setMissingNumber(
    id: string,
    organizationNumber: string,
    unitOfWork: UnitOfWork,
  ): Promise<OrganizationEntity> {
    try {
      const updated = await this.organizations.setMissingOrganizationNumber(
        id,
        organizationNumber,
        unitOfWork,
      );
      if (!updated) throw organizationNumberAlreadySet();
      return updated;
    } catch (error) {
      if (isUniqueViolation(error, 'organizations_organization_number_key')) throw organizationNumberTaken();
      throw error;
    }
  }

  findByOrganizationNumber(organizationNumber: string): Promise<OrganizationEntity | null> {
    return this.organizations.findByOrganizationNumber(organizationNumber);
  }

  /** The public bodies (municipalities, county municipalities, state agencies) among these organisation numbers. */
  async findPublicBodiesByOrganizationNumbers(
    organizationNumbers: readonly string[],
  ): Promise<OrganizationEntity[]> {
    if (organizationNumbers.length === 0) return [];
    const found = await this.organizations.findByOrganizationNumbers(organizationNumbers);
    return found.filter((organization) => isPublicBody(organization.kind));
  }

  findByMunicipalityNumber(municipalityNumber: string): Promise<OrganizationEntity | null> {
    return this.organizations.findByMunicipalityNumber(municipalityNumber);
  }

  /** Inserts the reference-data bodies that are missing; returns how many. */
  insertMissingByMunicipalityOrCounty(rows: NewOrganization[]): Promise<number> {
    return this.organizations.insertMissingByMunicipalityOrCounty(rows);
  }

  /** Inserts an organisation that validateNew accepted. */
  insert(organization: NewOrganization, unitOfWork?: UnitOfWork): Promise<OrganizationEntity> {
    return this.organizations.insert(organization, unitOfWork);
  }

  /** Checks a new organisation's fields; shared with company self-registration. */
  async validateNew(input: CreateOrganizationInput): Promise<NewOrganization> {
    const check = new InputCheck();
    const name = check.collect(() => requiredText('name', input.name, { max: 200 }));
    const organizationNumber = check.collect(() => validateOrganizationNumber(input.organizationNumber));
    check.collect(() => requiredOneOf('kind', input.kind, Object.values(OrganizationKind)));
    const municipalityNumber = check.collect(() =>
      this.validateMunicipalityNumber(input.kind, input.municipalityNumber),
    );
    check.done();
    if (await this.organizations.findByOrganizationNumber(organizationNumber))
      throw organizationNumberTaken();
    if (municipalityNumber && (await this.organizations.findByMunicipalityNumber(municipalityNumber))) {
      throw organizationError(
        'MUNICIPALITY_NUMBER_TAKEN',
        'A municipality with this municipality number already exists',
        { field: 'municipalityNumber' },
      );
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
    const isMunicipality = kind === OrganizationKind.MUNICIPALITY;
    // A municipality is known by its number (statistics, county, population); nothing else has one.
    if (number === null && isMunicipality)
      throw commonError('REQUIRED', 'a municipality needs its municipalityNumber', {
        field: 'municipalityNumber',
      });
    if (number === null) return null;
    if (!isMunicipality) {
      throw organizationError(
        'MUNICIPALITY_NUMBER_ONLY_FOR_MUNICIPALITIES',
        'municipalityNumber is only for municipalities',
        { field: 'municipalityNumber' },
      );
    }
    if (!/^\d{4}$/.test(number))
      throw organizationError('INVALID_MUNICIPALITY_NUMBER', 'municipalityNumber must be 4 digits', {
        field: 'municipalityNumber',
      });
    return number;
  }
}

const organizationNumberTaken = () =>
  organizationError(
    'ORGANIZATION_NUMBER_TAKEN',
    'An organisation with this organisation number already exists',
    {
      field: 'organizationNumber',
    },
  );

const organizationNumberAlreadySet = () =>
  organizationError(
    'ORGANIZATION_NUMBER_ALREADY_SET',
    'The organisation already has an organisation number',
    {
      field: 'organizationNumber',
    },
  );

function validateOrganizationNumber(value: string | null | undefined): string {
  const organizationNumber = value?.replace(/\s/g, '') ?? '';
  if (!isValidOrganizationNumber(organizationNumber)) {
    throw organizationError(
      'INVALID_ORGANIZATION_NUMBER',
      'organizationNumber must be 9 digits with a valid check digit',
      { field: 'organizationNumber' },
    );
  }
  return organizationNumber;
}
