// A fresh benchmark database made the way a real deployment makes one: the
// committed migrations through `prisma migrate deploy`, then the demo seed.
import fs from "node:fs";
import path from "node:path";
import { runStep } from "./run-step";

export function prepareDatabase(file: string, databaseUrl: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  const env = { ...process.env, DATABASE_URL: databaseUrl };
  runStep("npx", ["prisma", "migrate", "deploy"], env);
  runStep("npx", ["tsx", "prisma/seed.ts"], env);
}
