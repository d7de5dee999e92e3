import "server-only";
import { createPrismaClient } from "./create-client";

// One Prisma client per process; survive Next.js dev reloads via globalThis.
const globalForPrisma = globalThis as unknown as { prisma?: ReturnType<typeof createPrismaClient> };

export const db = globalForPrisma.prisma ?? createPrismaClient();

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;
