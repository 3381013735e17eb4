/** Anything that runs one SQL statement and returns its rows: a DataSource or a QueryRunner. */
export interface Queryable {
  query(sql: string): Promise<CatalogRow[]>;
}

/** One object as one catalog query describes it. */
export type CatalogRow = Record<string, unknown>;

/** Every part of a schema as the catalog describes it, each part sorted by name. */
export type SchemaCatalog = Record<keyof typeof CATALOG_QUERIES, CatalogRow[]>;

/** The schemas of the database's own objects: every one but PostgreSQL's. */
const ownNamespace = (name: string) => `${name} NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
  AND ${name} NOT LIKE 'pg_temp_%' AND ${name} NOT LIKE 'pg_toast_temp_%'`;

/** TypeORM's bookkeeping tables, which come from the library rather than from a migration. */
const TYPEORM_TABLES = `'migrations', 'typeorm_metadata'`;

/** Objects of the given catalog that an extension created (they come and go with it). */
const notFromExtension = (catalog: string, oid: string) =>
  `NOT EXISTS (SELECT 1 FROM pg_depend dep WHERE dep.classid = '${catalog}'::regclass AND dep.objid = ${oid} AND dep.deptype = 'e')`;

/** The relation `alias` (of namespace `n`) is the database's own. */
const ownRelation = (alias: string) => `${ownNamespace('n.nspname')}
  AND ${alias}.relname NOT IN (${TYPEORM_TABLES}) AND ${notFromExtension('pg_class', `${alias}.oid`)}`;

const CATALOG_QUERIES = {
  schemas: `
    SELECT nspname AS name FROM pg_namespace WHERE ${ownNamespace('nspname')}`,
  // Not uuid-ossp: TypeORM installs it on connecting, for the entities' generated uuids.
  extensions: `
    SELECT e.extname AS name, n.nspname AS schema FROM pg_extension e
      JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname <> 'uuid-ossp'`,
  relations: `
    SELECT n.nspname || '.' || c.relname AS name, c.relkind AS kind, c.relpersistence AS persistence,
           c.reloptions AS options, c.relrowsecurity AS row_security,
           pg_get_partkeydef(c.oid) AS partition_key, pg_get_expr(c.relpartbound, c.oid) AS partition_bound,
           (SELECT string_agg(p.oid::regclass::text, ', ' ORDER BY p.oid::regclass::text COLLATE "C")
              FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent WHERE i.inhrelid = c.oid) AS parents
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND ${ownRelation('c')}`,
  columns: `
    SELECT n.nspname || '.' || c.relname AS relation,
           row_number() OVER (PARTITION BY c.oid ORDER BY a.attnum) AS position,
           a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null,
           pg_get_expr(d.adbin, d.adrelid) AS default, a.attidentity AS identity,
           a.attgenerated AS generated, a.attstorage AS storage, co.collname AS collation
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      LEFT JOIN pg_collation co ON co.oid = a.attcollation AND a.attcollation <> 0
        AND co.collname <> 'default'
     WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'c')
       AND ${ownRelation('c')}`,
  sequences: `
    SELECT n.nspname || '.' || c.relname AS name, format_type(s.seqtypid, NULL) AS type,
           s.seqstart::text AS start, s.seqincrement::text AS increment, s.seqmin::text AS min,
           s.seqmax::text AS max, s.seqcache::text AS cache, s.seqcycle AS cycle,
           (SELECT d.refobjid::regclass::text || '.' || a.attname || ' (' || d.deptype::text || ')'
              FROM pg_depend d JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
             WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i')) AS owned_by
      FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE ${ownRelation('c')} AND c.relname NOT IN ('migrations_id_seq', 'typeorm_metadata_id_seq')`,
  indexes: `
    SELECT n.nspname || '.' || c.relname AS name, pg_get_indexdef(c.oid) AS definition,
           (SELECT string_agg(p.oid::regclass::text, ', ')
              FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent WHERE i.inhrelid = c.oid) AS parent
      FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid
      JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE ${ownRelation('t')}`,
  constraints: `
    SELECT COALESCE(t.oid::regclass::text, ty.oid::regtype::text) AS "on", co.conname AS name,
           co.contype AS type, pg_get_constraintdef(co.oid) AS definition,
           co.condeferrable AS deferrable, co.condeferred AS deferred, co.convalidated AS validated,
           p.conname AS parent
      FROM pg_constraint co JOIN pg_namespace n ON n.oid = co.connamespace
      LEFT JOIN pg_class t ON t.oid = co.conrelid
      LEFT JOIN pg_type ty ON ty.oid = co.contypid
      LEFT JOIN pg_constraint p ON p.oid = co.conparentid
     WHERE ${ownNamespace('n.nspname')} AND COALESCE(t.relname, '') NOT IN (${TYPEORM_TABLES})
       AND ${notFromExtension('pg_constraint', 'co.oid')}`,
  functions: `
    SELECT n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' AS name,
           p.prokind AS kind,
           CASE WHEN p.prokind IN ('f', 'p') THEN pg_get_functiondef(p.oid) END AS definition
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE ${ownNamespace('n.nspname')} AND ${notFromExtension('pg_proc', 'p.oid')}`,
  triggers: `
    SELECT tg.tgrelid::regclass::text AS "on", tg.tgname AS name, pg_get_triggerdef(tg.oid) AS definition,
           tg.tgenabled AS enabled, parent.tgname AS parent
      FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_trigger parent ON parent.oid = tg.tgparentid
     WHERE NOT tg.tgisinternal AND ${ownRelation('c')}`,
  views: `
    SELECT n.nspname || '.' || c.relname AS name, c.relkind AS kind, pg_get_viewdef(c.oid, true) AS definition
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('v', 'm') AND ${ownRelation('c')}`,
  types: `
    SELECT t.oid::regtype::text AS name, t.typtype AS kind,
           CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END AS base,
           t.typnotnull AS not_null, t.typdefault AS default,
           (SELECT array_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid) AS labels
      FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
     WHERE ${ownNamespace('n.nspname')} AND t.typtype IN ('d', 'e', 'r', 'm') AND ${notFromExtension('pg_type', 't.oid')}`,
  textSearchConfigurations: `
    SELECT n.nspname || '.' || c.cfgname AS name, c.cfgparser::regproc::text AS parser,
           (SELECT array_agg(tt.alias || ': ' || m.mapdict::regdictionary::text ORDER BY m.maptokentype, m.mapseqno)
              FROM pg_ts_config_map m JOIN ts_token_type(c.cfgparser) tt ON tt.tokid = m.maptokentype
             WHERE m.mapcfg = c.oid) AS mappings
      FROM pg_ts_config c JOIN pg_namespace n ON n.oid = c.cfgnamespace
     WHERE ${ownNamespace('n.nspname')} AND ${notFromExtension('pg_ts_config', 'c.oid')}`,
  textSearchDictionaries: `
    SELECT n.nspname || '.' || d.dictname AS name, d.dicttemplate::regproc::text AS template,
           d.dictinitoption AS options
      FROM pg_ts_dict d JOIN pg_namespace n ON n.oid = d.dictnamespace
     WHERE ${ownNamespace('n.nspname')} AND ${notFromExtension('pg_ts_dict', 'd.oid')}`,
} as const;

/**
 * The schema of a database as PostgreSQL's catalog reports it (pg_dump of the machine is too old for
 * the servers the tests run on): relations, columns, sequences, indexes, constraints, functions,
 * triggers, views, partitions, types and text search objects, without TypeORM's own tables and
 * without what extensions bring.
 */
export async function dumpSchema(db: Queryable): Promise<SchemaCatalog> {
  const catalog = {} as SchemaCatalog;
  for (const [part, sql] of Object.entries(CATALOG_QUERIES)) {
    const keys = part in SORT_KEYS ? SORT_KEYS[part as keyof typeof SORT_KEYS] : 'name COLLATE "C"';
    const rows = await db.query(`SELECT * FROM (${sql}) part ORDER BY ${keys}`);
    catalog[part as keyof SchemaCatalog] = rows.map(withPlainNumbers);
  }
  return catalog;
}

/** How each part is sorted when not by name alone (byte order, so the locale does not matter). */
const SORT_KEYS = {
  columns: 'relation COLLATE "C", position',
  constraints: '"on" COLLATE "C", name COLLATE "C"',
  triggers: '"on" COLLATE "C", name COLLATE "C"',
};

/** pg returns bigint as text: row_number() positions become numbers so JSON reads naturally. */
function withPlainNumbers(row: CatalogRow): CatalogRow {
  return 'position' in row ? { ...row, position: Number(row.position) } : row;
}
