import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { UnitOfWork } from '../database/unit-of-work';

@Injectable()
export class LandscapeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The system ids of each organisation, in the order of `organizationIds`. */
  async systemIdsOf(organizationIds: readonly string[]): Promise<string[][]> {
    const rows: { organization_id: string; system_id: string }[] = await this.dataSource.query(
      `SELECT organization_id, system_id FROM organization_systems
       WHERE organization_id = ANY($1::uuid[]) ORDER BY system_id`,
      [organizationIds],
    );
    return organizationIds.map((id) =>
      rows.filter((row) => row.organization_id === id).map((r) => r.system_id),
    );
  }

  async replace(unitOfWork: UnitOfWork, organizationId: string, systemIds: string[]): Promise<void> {
    await unitOfWork.query('DELETE FROM organization_systems WHERE organization_id = $1', [organizationId]);
    await unitOfWork.query(
      `INSERT INTO organization_systems (organization_id, system_id)
       SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`,
      [organizationId, systemIds],
    );
  }

  /** Published solutions each of whose requirements the organisation meets (none: it passes). */
  async solutionIdsRunningOn(organizationId: string | null): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT s.id FROM solutions s
       WHERE s.status = 'PUBLISHED' AND NOT EXISTS (
         SELECT 1 FROM jsonb_array_elements(s.requirements) r
         WHERE NOT EXISTS (
           SELECT 1 FROM organization_systems o
           WHERE o.organization_id = $1::uuid AND r->'anyOfSystemIds' ? o.system_id))`,
      [organizationId],
    );
    return rows.map((row) => row.id);
  }
}
