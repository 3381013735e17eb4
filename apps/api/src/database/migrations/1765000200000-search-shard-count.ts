import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The number of shards of search_documents becomes configuration (SEARCH_SHARDS) instead of the two
 * of SearchShards1764000500000: search_documents_reshard(n) gives the table n hash partitions,
 * named search_documents_0 … n-1, keeping every document (and so the facet counts, which the
 * statement triggers take down with the delete and up again with the insert). It does nothing when
 * the table already has n. The search engine calls it before its first search; replicas starting together take turns
 * on the table lock, and the later ones find the count already right.
 */
export class SearchShardCount1765000200000 implements MigrationInterface {
  name = 'SearchShardCount1765000200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION search_documents_reshard(shards int) RETURNS boolean LANGUAGE plpgsql AS $$
      DECLARE
        shard text;
      BEGIN
        IF shards IS NULL OR shards < 1 THEN
          RAISE EXCEPTION 'search_documents needs at least one shard, not %', shards;
        END IF;
        -- Checked before the lock too, so a start with the count unchanged waits for no search.
        IF (SELECT count(*) FROM pg_inherits WHERE inhparent = 'search_documents'::regclass) = shards THEN
          RETURN false;
        END IF;
        LOCK TABLE search_documents IN ACCESS EXCLUSIVE MODE;
        IF (SELECT count(*) FROM pg_inherits WHERE inhparent = 'search_documents'::regclass) = shards THEN
          RETURN false;
        END IF;
        CREATE TEMPORARY TABLE search_documents_moving ON COMMIT DROP AS SELECT * FROM search_documents;
        DELETE FROM search_documents;
        FOR shard IN SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                     WHERE i.inhparent = 'search_documents'::regclass LOOP
          EXECUTE format('DROP TABLE %I', shard);
        END LOOP;
        -- As in SearchShards1764000500000: the full vector out of line, the ranking vector inline.
        FOR remainder IN 0 .. shards - 1 LOOP
          EXECUTE format(
            'CREATE TABLE %I PARTITION OF search_documents FOR VALUES WITH (MODULUS %s, REMAINDER %s) WITH (toast_tuple_target = 128)',
            'search_documents_' || remainder, shards, remainder);
        END LOOP;
        INSERT INTO search_documents SELECT * FROM search_documents_moving;
        DROP TABLE search_documents_moving;
        RETURN true;
      END
      $$`);
  }

  /** Back to the two shards of SearchShards1764000500000, without the function. */
  async down(db: QueryRunner): Promise<void> {
    await db.query('SELECT search_documents_reshard(2)');
    await db.query('DROP FUNCTION search_documents_reshard(int)');
  }
}
