// Runs before every test file, in its worker.
import path from "node:path";
import { vi } from "vitest";
import { createMigratedSqliteFile } from "../support/migrated-sqlite";

// "server-only" throws outside React server code; tests are trusted server code.
vi.mock("server-only", () => ({}));

// Each test file gets its own SQLite file, migrated from the committed
// migrations, before any module reads DATABASE_URL.
const file = path.resolve(`data/test/${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}.db`);
createMigratedSqliteFile(file);
process.env.DATABASE_URL = `file:${file}`;
