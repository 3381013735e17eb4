import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search documents gain a solution's kind, maturity, licence and whether it is open source, as filters
 * and facets; the facet count rows are keyed by them too ('' where a document has none: needs and notices).
 * open_source is text ('true', 'false', or NULL for other items), as in the count rows, so one
 * condition filters both tables.
 * The documents are emptied: the indexer rebuilds an empty index from the source tables when the
 * api starts (or run the `reindex` command).
 * PostgreSQL keeps a function's text as given: the bodies below are the ones that ran, spaces and all.
 */
export class SolutionSearchFacets1765000500100 implements MigrationInterface {
  name = 'SolutionSearchFacets1765000500100';

  async up(db: QueryRunner): Promise<void> {
    await db.query('TRUNCATE search_documents, search_facet_counts');
    await db.query(`
      ALTER TABLE search_documents
        ADD COLUMN solution_kind text, ADD COLUMN maturity text, ADD COLUMN license_id text,
        ADD COLUMN open_source text`);
    await db.query(`
      ALTER TABLE search_facet_counts
        ADD COLUMN solution_kind text NOT NULL, ADD COLUMN maturity text NOT NULL,
        ADD COLUMN license_id text NOT NULL, ADD COLUMN open_source text NOT NULL`);
    await db.query('ALTER TABLE search_facet_counts DROP CONSTRAINT search_facet_counts_pkey');
    await db.query(`
      ALTER TABLE search_facet_counts ADD PRIMARY KEY
        (kind, service_area, owner_county, procedure, cpv_divisions, solution_kind, maturity, license_id, open_source)`);
    await db.query(`
      CREATE OR REPLACE FUNCTION search_facet_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'DELETE' THEN
          INSERT INTO search_facet_counts AS c (kind, service_area, owner_county, procedure, cpv_divisions,
            solution_kind, maturity, license_id, open_source, count)
          SELECT kind, service_area, COALESCE(owner_county, ''), COALESCE(procedure, ''), cpv_divisions,
            COALESCE(solution_kind, ''), COALESCE(maturity, ''), COALESCE(license_id, ''), COALESCE(open_source, ''), count(*)
          FROM new_rows GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9
          ON CONFLICT (kind, service_area, owner_county, procedure, cpv_divisions, solution_kind, maturity, license_id, open_source)
          DO UPDATE SET count = c.count + EXCLUDED.count;
        END IF;
        IF TG_OP <> 'INSERT' THEN
          INSERT INTO search_facet_counts AS c (kind, service_area, owner_county, procedure, cpv_divisions,
            solution_kind, maturity, license_id, open_source, count)
          SELECT kind, service_area, COALESCE(owner_county, ''), COALESCE(procedure, ''), cpv_divisions,
            COALESCE(solution_kind, ''), COALESCE(maturity, ''), COALESCE(license_id, ''), COALESCE(open_source, ''), -count(*)
          FROM old_rows GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9
          ON CONFLICT (kind, service_area, owner_county, procedure, cpv_divisions, solution_kind, maturity, license_id, open_source)
          DO UPDATE SET count = c.count + EXCLUDED.count;
        END IF;
        RETURN NULL;
      END $$`);
  }

  /** Back to the key and function of SearchFacetCounts1764000400000. */
  async down(db: QueryRunner): Promise<void> {
    await db.query('TRUNCATE search_documents, search_facet_counts');
    await db.query(`
      CREATE OR REPLACE FUNCTION search_facet_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'DELETE' THEN 
      INSERT INTO search_facet_counts AS c (kind, service_area, owner_county, procedure, cpv_divisions, count)
      SELECT kind, service_area, COALESCE(owner_county, ''), COALESCE(procedure, ''), cpv_divisions, count(*) FROM new_rows GROUP BY kind, service_area, COALESCE(owner_county, ''), COALESCE(procedure, ''), cpv_divisions ORDER BY kind, service_area, COALESCE(owner_county, ''), COALESCE(procedure, ''), cpv_divisions
      ON CONFLICT (kind, service_area, owner_county, procedure, cpv_divisions)
      DO UPDATE SET count = c.count + EXCLUDED.count; END IF;
        IF TG_OP <> 'INSERT' THEN 
      INSERT INTO search_facet_counts AS c (kind, service_area, owner_county, procedure, cpv_divisions, count)
      SELECT kind, service_area, COALESCE(owner_county, ''), COALESCE(procedure, ''), cpv_divisions, -count(*) FROM old_rows GROUP BY kind, service_area, COALESCE(owner_county, ''), COALESCE(procedure, ''), cpv_divisions ORDER BY kind, service_area, COALESCE(owner_county, ''), COALESCE(procedure, ''), cpv_divisions
      ON CONFLICT (kind, service_area, owner_county, procedure, cpv_divisions)
      DO UPDATE SET count = c.count + EXCLUDED.count; END IF;
        RETURN NULL;
      END $$`);
    await db.query('ALTER TABLE search_facet_counts DROP CONSTRAINT search_facet_counts_pkey');
    await db.query(`
      ALTER TABLE search_facet_counts
        DROP COLUMN solution_kind, DROP COLUMN maturity, DROP COLUMN license_id, DROP COLUMN open_source`);
    await db.query(
      'ALTER TABLE search_facet_counts ADD PRIMARY KEY (kind, service_area, owner_county, procedure, cpv_divisions)',
    );
    await db.query(`
      ALTER TABLE search_documents
        DROP COLUMN solution_kind, DROP COLUMN maturity, DROP COLUMN license_id, DROP COLUMN open_source`);
  }
}
