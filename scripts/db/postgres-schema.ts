// The PostgreSQL schema is derived from prisma/schema.prisma (the one source
// of the models): only the datasource provider and the client's output folder
// differ. Written by `npm run db:postgres:schema`; a test fails when the
// committed copy is stale.
import fs from "node:fs";

export const SOURCE_SCHEMA = "prisma/schema.prisma";
export const POSTGRES_SCHEMA = "prisma/postgres/schema.prisma";

const HEADER = `// GENERATED from prisma/schema.prisma by \`npm run db:postgres:schema\`. Do not edit:
// change prisma/schema.prisma and run that command.

`;

export function postgresSchemaFrom(source: string): string {
  const datasource = /(datasource db \{[^}]*provider\s*=\s*)"sqlite"/;
  if (!datasource.test(source)) throw new Error(`${SOURCE_SCHEMA}: expected a datasource with provider = "sqlite"`);
  const generator = /(generator client \{\n)/;
  if (!generator.test(source)) throw new Error(`${SOURCE_SCHEMA}: expected "generator client {"`);
  return (
    HEADER +
    source
      .replace(datasource, '$1"postgresql"')
      // A second client beside the SQLite one, so one install and one build
      // serve both databases; lib/db picks by DATABASE_URL at run time.
      .replace(generator, '$1  output     = "../../node_modules/.prisma/client-postgres"\n')
  );
}

export function expectedPostgresSchema(): string {
  return postgresSchemaFrom(fs.readFileSync(SOURCE_SCHEMA, "utf8"));
}
