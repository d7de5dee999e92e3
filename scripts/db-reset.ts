// Deletes the SQLite database, re-applies every migration and loads the demo data.
import fs from "node:fs";
import path from "node:path";
import { databaseUrl } from "../lib/db/database-url";
import { run } from "./run-command";

const url = databaseUrl();
if (!url.startsWith("file:")) {
  console.error("db:reset only deletes SQLite files. For another database use `npx prisma migrate reset`.");
  process.exit(1);
}
const file = path.resolve(url.slice("file:".length));
for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
console.log(`Deleted ${file}`);
run("npx", ["prisma", "migrate", "deploy"]);
run("npx", ["tsx", "prisma/seed.ts"]);
