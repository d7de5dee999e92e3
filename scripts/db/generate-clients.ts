// Generates both Prisma clients (postinstall, npm run build): the SQLite one
// into node_modules/.prisma/client (@prisma/client) and the PostgreSQL one
// into node_modules/.prisma/client-postgres. lib/db picks one at run time by
// DATABASE_URL, so switching databases needs no regeneration or rebuild.
import { run } from "../run-command";
import { POSTGRES_SCHEMA } from "./postgres-schema";

const env = { ...process.env, CHECKPOINT_DISABLE: "1" };
run("npx", ["prisma", "generate"], { env: { ...env, DATABASE_URL: "file:./data/clinic.db" } });
// prisma.config.ts picks the schema and adapter by DATABASE_URL; generating
// connects to nothing, so any postgres:// URL selects the PostgreSQL side.
run("npx", ["prisma", "generate", "--schema", POSTGRES_SCHEMA], { env: { ...env, DATABASE_URL: "postgresql://localhost/generate-only" } });
