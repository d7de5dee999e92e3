import { placeholder } from "./read-rows";

// The text of plain INSERT statements, for raw-insert.ts (one insert, sent
// now) and sql-transaction.ts (inserts held for the commit, sent as one).
// Table and column names come from the caller's code, never from input;
// every value is bound.

/** Rows for one table, each with a value per column, in column order. */
export type RowsInsert = {
  table: string;
  columns: readonly string[];
  rows: readonly (readonly unknown[])[];
  /** What a failure of this insert means to its caller (e.g. a taken slot); undefined: not this insert's. */
  errorAs?: (error: unknown) => Error | undefined;
};

/** Throws unless every row has one value per column. */
export function assertRowsFit({ table, columns, rows }: RowsInsert): void {
  for (const row of rows) {
    if (row.length !== columns.length) throw new Error(`${table}: ${row.length} values for ${columns.length} columns`);
  }
}

/** `INSERT INTO … VALUES (…), (…)` with its values; placeholders numbered on from `after`. */
export function insertStatement(insert: RowsInsert, after = 0): { text: string; values: unknown[] } {
  assertRowsFit(insert);
  const { table, columns, rows } = insert;
  let n = after;
  const tuples = rows.map((row) => `(${row.map(() => placeholder(++n)).join(", ")})`).join(", ");
  const names = columns.map((c) => `"${c}"`).join(", ");
  return { text: `INSERT INTO "${table}" (${names}) VALUES ${tuples}`, values: rows.flat() };
}

/**
 * Several inserts as one PostgreSQL statement: each a data-modifying WITH
 * query, which PostgreSQL runs exactly once and to completion whether or not
 * the main query reads it. One round trip instead of one per insert.
 */
export function combinedInsertStatement(inserts: readonly RowsInsert[]): { text: string; values: unknown[] } {
  const parts: string[] = [];
  const values: unknown[] = [];
  for (const [i, insert] of inserts.entries()) {
    const statement = insertStatement(insert, values.length);
    parts.push(`"w${i + 1}" AS (${statement.text})`);
    values.push(...statement.values);
  }
  return { text: `WITH ${parts.join(", ")} SELECT 1`, values };
}
