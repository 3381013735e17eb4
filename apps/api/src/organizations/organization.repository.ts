import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { PageArgs } from '../common/input-validation';
import { containsPattern } from '../common/like-pattern';
import type { UnitOfWork } from '../database/unit-of-work';
import type { Page } from '../graphql/paginated';
import { type NewOrganization, OrganizationEntity } from './organization.entity';
import { isPublicBody, type OrganizationKind } from './organization-kind';

export interface OrganizationQuery {
  text?: string | null;
  kinds?: OrganizationKind[] | null;
  ids?: string[] | null;
  missingOrganizationNumber?: boolean;
}

@Injectable()
export class OrganizationRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get table() {
    return this.dataSource.getRepository(OrganizationEntity);
  }

  findById(id: string): Promise<OrganizationEntity | null> {
    return this.table.findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<OrganizationEntity[]> {
    return this.table.findBy({ id: In([...ids]) });
  }

  findByOrganizationNumber(organizationNumber: string): Promise<OrganizationEntity | null> {
    return this.table.findOneBy({ organizationNumber });
  }

  findByMunicipalityNumber(municipalityNumber: string): Promise<OrganizationEntity | null> {
    return this.table.findOneBy({ municipalityNumber });
  }

  findByOrganizationNumbers(organizationNumbers: readonly string[]): Promise<OrganizationEntity[]> {
    return this.table.find({
      where: { organizationNumber: In([...organizationNumbers]) },
      order: { name: 'ASC' },
    });
  }

  async list(query: OrganizationQuery, page: PageArgs): Promise<Page<OrganizationEntity>> {
    const builder = this.table
      .createQueryBuilder('o')
      .orderBy('o.name', 'ASC')
      .skip(page.offset)
      .take(page.limit);
    if (query.text) {
      builder.andWhere('(o.name ILIKE :text OR o.organization_number = :exact)', {
        text: containsPattern(query.text),
        exact: query.text,
      });
    }
    if (query.kinds?.length) builder.andWhere('o.kind IN (:...kinds)', { kinds: query.kinds });
    if (query.ids?.length) builder.andWhere('o.id IN (:...ids)', { ids: query.ids });
    if (query.missingOrganizationNumber) builder.andWhere('o.organization_number IS NULL');
    const [items, totalCount] = await builder.getManyAndCount();
    return { items, totalCount };
  }

  insert(
    organization: NewOrganization,
    manager: UnitOfWork = this.dataSource.manager,
  ): Promise<OrganizationEntity> {
    const table = manager.getRepository(OrganizationEntity);
    return table.save(table.create({ ...organization, verified: isPublicBody(organization.kind) }));
  }

  /** Gives a number to an organisation that has none; null when it is gone or already has one. */
  async setMissingOrganizationNumber(
    id: string,
    organizationNumber: string,
    manager: UnitOfWork,
  ): Promise<OrganizationEntity | null> {
    const { affected } = await manager
      .getRepository(OrganizationEntity)
      .createQueryBuilder()
      .update()
      .set({ organizationNumber })
      .where('id = :id AND organization_number IS NULL', { id })
      .execute();
    return affected ? manager.getRepository(OrganizationEntity).findOneBy({ id }) : null;
  }

  async markVerified(id: string): Promise<OrganizationEntity | null> {
    await this.table.update({ id }, { verified: true });
    return this.table.findOneBy({ id });
  }

  /** Inserts the reference-data bodies that are missing; existing ones keep their rows. */
  async insertMissingByMunicipalityOrCounty(rows: NewOrganization[]): Promise<number> {
    const existing = await this.table.find({
      select: { municipalityNumber: true, countyNumber: true, kind: true },
    });
    const known = new Set(existing.map((o) => `${o.kind}:${o.municipalityNumber ?? o.countyNumber}`));
    const missing = rows.filter((r) => !known.has(`${r.kind}:${r.municipalityNumber ?? r.countyNumber}`));
    if (missing.length)
      await this.table.insert(missing.map((row) => ({ ...row, verified: isPublicBody(row.kind) })));
    return missing.length;
  }
}
