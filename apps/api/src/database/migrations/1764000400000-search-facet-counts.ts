import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How many indexed documents share each combination of facet values, kept exact by statement
 * triggers in the transaction that writes search_documents (indexer, rebuild, tests alike). A search
 * without text answers its total and facets from these few hundred rows instead of counting every
 * document. Only whether an item is open depends on the time: closed items are few and counted
 * through the open_until index.
 * The documents are emptied because their vectors gain synonym phrase markers: the indexer rebuilds
 * an empty index from the source tables when the api starts (or run the `reindex` command).
 */
export class SearchFacetCounts1764000400000 implements MigrationInterface {
  name = 'SearchFacetCounts1764000400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('DELETE FROM search_documents');
    await db.query(`
      CREATE TABLE search_facet_counts (
        kind text NOT NULL,
        service_area text NOT NULL,
        owner_county text NOT NULL,
        procedure text NOT NULL,
        cpv_divisions text[] NOT NULL,
        count bigint NOT NULL,
        PRIMARY KEY (kind, service_area, owner_county, procedure, cpv_divisions)
      )`);
    // Sorted by key, so concurrent writers lock the count rows in the same order and never deadlock.
    await db.query(`
      CREATE FUNCTION search_facet_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
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
    await db.query(`
      CREATE TRIGGER search_facet_counts_insert AFTER INSERT ON search_documents
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facet_counts_apply()`);
    await db.query(`
      CREATE TRIGGER search_facet_counts_update AFTER UPDATE ON search_documents
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION search_facet_counts_apply()`);
    await db.query(`
      CREATE TRIGGER search_facet_counts_delete AFTER DELETE ON search_documents
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facet_counts_apply()`);
    await db.query('CREATE INDEX search_documents_open_until_idx ON search_documents (open_until)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX search_documents_open_until_idx');
    await db.query('DROP TRIGGER search_facet_counts_delete ON search_documents');
    await db.query('DROP TRIGGER search_facet_counts_update ON search_documents');
    await db.query('DROP TRIGGER search_facet_counts_insert ON search_documents');
    await db.query('DROP FUNCTION search_facet_counts_apply()');
    await db.query('DROP TABLE search_facet_counts');
  }
}
