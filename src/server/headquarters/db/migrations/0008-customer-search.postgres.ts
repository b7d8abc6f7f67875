import { sql, type Kysely } from 'kysely';

/**
 * HQ schema 8, PostgreSQL half (issue 14, design §4.4 and §6): `customers.id` as on SQLite (an
 * identity: existing rows are numbered as they are read), the account number staying unique and
 * not null, the `(store_id, account_number)` index for Search all stores filtered to one store,
 * and `pg_trgm`'s GIN index on `search_text`, which answers `search_text LIKE '%q%'` (the query
 * and `search_text` both lower-cased in JS) for queries of 3 characters or more, as SQLite's FTS5
 * table `customer_search` does.
 *
 * `pg_trgm` is one per database: created in `public` when missing (a DBA may have put it
 * elsewhere), so dropping a service's schema never takes it, or another schema's index, along.
 * Its operator class is named with the schema it is in, whatever the `search_path`.
 */
export async function customerSearchPostgres(tx: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE customers ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY`.execute(tx);
  await sql`ALTER TABLE customers DROP CONSTRAINT customers_pkey`.execute(tx);
  await sql`ALTER TABLE customers ADD PRIMARY KEY (id)`.execute(tx);
  await sql`ALTER TABLE customers ADD UNIQUE (account_number)`.execute(tx);
  await sql`CREATE INDEX customers_store_account ON customers (store_id, account_number)`.execute(
    tx,
  );
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`.execute(tx);
  const { rows } = await sql<{ schema: string }>`
    SELECT extnamespace::regnamespace::text AS schema FROM pg_extension WHERE extname = 'pg_trgm'
  `.execute(tx);
  const schema = rows[0]?.schema;
  if (schema === undefined) throw new Error('pg_trgm is not installed');
  await sql`
    CREATE INDEX customers_search_trgm ON customers
    USING gin (search_text ${sql.id(schema)}.gin_trgm_ops)
  `.execute(tx);
}
