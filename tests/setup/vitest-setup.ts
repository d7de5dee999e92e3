// Runs before every test file, in its worker.
import path from "node:path";
import { copySqliteTemplate, createMigratedSqliteFile } from "../support/migrated-sqlite";
import { copyTemplateDatabase } from "../support/migrated-postgres";

// Each test file gets its own database, migrated from the committed
// migrations, before any module reads DATABASE_URL: a copy of the template
// that tests/setup/vitest-global-setup.ts migrated (a SQLite file, or on a
// PostgreSQL run, TEST_POSTGRES_URL, a PostgreSQL database).
const unique = `${process.pid}_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
const adminUrl = process.env.TEST_POSTGRES_URL;
const template = process.env.TEST_POSTGRES_TEMPLATE;
if (adminUrl && template) {
  process.env.DATABASE_URL = await copyTemplateDatabase(adminUrl, template, `${process.env.TEST_POSTGRES_PREFIX}${unique}`);
} else {
  const file = path.resolve(`data/test/${unique}.db`);
  const sqliteTemplate = process.env.TEST_SQLITE_TEMPLATE;
  if (sqliteTemplate) copySqliteTemplate(sqliteTemplate, file);
  else createMigratedSqliteFile(file);
  process.env.DATABASE_URL = `file:${file}`;
}
