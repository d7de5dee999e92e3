// npm run db:postgres:schema — rewrites prisma/postgres/schema.prisma from prisma/schema.prisma.
import fs from "node:fs";
import { expectedPostgresSchema, POSTGRES_SCHEMA } from "./postgres-schema";

fs.writeFileSync(POSTGRES_SCHEMA, expectedPostgresSchema());
console.log(`Wrote ${POSTGRES_SCHEMA}`);
