import type { Sqlite } from '../../../platform/db/sqlite.ts';

/**
 * The FTS5 index behind Search all stores (issue 14), kept by triggers so that every write to
 * `customers` (save, merge, a migration's UPDATE, a delete) changes it in the same transaction.
 * External content (no second copy of the text) without column sizes (no ranking is done).
 * Case-sensitive because `search_text` and the query are both lower-cased in JS: the
 * tokenizer's own folding could differ from JavaScript's.
 */
const customerSearchIndex = `
  CREATE VIRTUAL TABLE customer_search USING fts5(
    search_text,
    content = 'customers', content_rowid = 'id', columnsize = 0,
    tokenize = 'trigram case_sensitive 1'
  );
  INSERT INTO customer_search (customer_search) VALUES ('rebuild');
  CREATE TRIGGER customers_search_insert AFTER INSERT ON customers BEGIN
    INSERT INTO customer_search (rowid, search_text) VALUES (new.id, new.search_text);
  END;
  CREATE TRIGGER customers_search_delete AFTER DELETE ON customers BEGIN
    INSERT INTO customer_search (customer_search, rowid, search_text)
    VALUES ('delete', old.id, old.search_text);
  END;
  CREATE TRIGGER customers_search_update AFTER UPDATE OF id, search_text ON customers
  WHEN old.id IS NOT new.id OR old.search_text IS NOT new.search_text BEGIN
    INSERT INTO customer_search (customer_search, rowid, search_text)
    VALUES ('delete', old.id, old.search_text);
    INSERT INTO customer_search (rowid, search_text) VALUES (new.id, new.search_text);
  END;`;

/**
 * HQ schema 8, SQLite half (issue 14, design §4.4 and §6): `customers` gains `id INTEGER PRIMARY
 * KEY` (the FTS rowid; an implicit rowid may change on VACUUM), so the table is rebuilt keeping
 * each row's rowid as its id; the account number stays unique (and not null), an index
 * `(store_id, account_number)` serves Search all stores filtered to one store (B4), and the
 * trigram index `customer_search` is filled from the rows already there.
 */
export function customerSearchSqlite(db: Sqlite): void {
  db.exec(`
    CREATE TABLE customers_v8 (
      id INTEGER PRIMARY KEY,
      account_number TEXT NOT NULL UNIQUE,
      async_guid TEXT UNIQUE,
      store_id TEXT NOT NULL,
      search_text TEXT NOT NULL,
      row_version INTEGER NOT NULL,
      data TEXT NOT NULL,
      origin_register_id TEXT
    );
    INSERT INTO customers_v8
      (id, account_number, async_guid, store_id, search_text, row_version, data, origin_register_id)
    SELECT rowid, account_number, async_guid, store_id, search_text, row_version, data,
      origin_register_id
    FROM customers ORDER BY rowid;
    DROP TABLE customers;
    ALTER TABLE customers_v8 RENAME TO customers;
    CREATE INDEX customers_row_version ON customers (row_version);
    CREATE INDEX customers_store_account ON customers (store_id, account_number);
    ${customerSearchIndex}
  `);
}
