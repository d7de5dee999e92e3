import { randomUUID } from "node:crypto";
import { test as base, type BrowserContext, type Page } from "@playwright/test";
import type { PrismaClient } from "@prisma/client";
import { createPrismaClient } from "../lib/db/create-client";
import { createDatabaseSession, SESSION_COOKIE } from "../lib/auth/database-session";
import type { Role } from "../lib/auth/roles";
import { E2E_PORT } from "../playwright.config";
import { e2eDatabaseUrl } from "../scripts/e2e-database";
import { checkedShapes, watchAccessibility } from "./accessibility";

export type TestUser = { id: string; email: string; name: string; role: Role };

type Fixtures = {
  /** The same database the e2e server uses (SQLite file or PostgreSQL database). */
  db: PrismaClient;
  /** A new patient with a completed profile, unique to this test. */
  makePatient: (name?: string) => Promise<TestUser>;
  /** A new staff member (or admin), unique to this test. */
  makeStaff: (role?: "STAFF" | "ADMIN") => Promise<TestUser>;
  /** Signs a browser context in as the user by giving it a real session cookie. */
  signIn: (context: BrowserContext, user: TestUser) => Promise<void>;
  /** Automatic: axe (WCAG 2.2 A/AA) on every page the test reaches; violations fail the test. */
  accessibility: void;
};

export const test = base.extend<Fixtures>({
  // Depends on `page` so it is torn down first, while the page can still be read.
  accessibility: [
    async ({ page, context }, use, testInfo) => {
      // The PostgreSQL pass renders the same pages as the SQLite pass, which already checked them.
      if (process.env.E2E_AXE === "off") return use();
      const watchers = new Map<Page, ReturnType<typeof watchAccessibility>>();
      const checked = checkedShapes(testInfo.project.outputDir);
      const watch = (opened: Page) => {
        if (!watchers.has(opened)) watchers.set(opened, watchAccessibility(opened, checked));
      };
      watch(page);
      context.on("page", watch);
      // Contexts a test opens itself are its own to close, mid-check or not: only the test's own context is watched.
      await use();
      context.off("page", watch);
      const failures: unknown[] = [];
      for (const watcher of watchers.values()) {
        await watcher.finish(testInfo).catch((error: unknown) => failures.push(error));
      }
      if (failures.length) throw failures[0];
    },
    { auto: true },
  ],
  db: async ({}, use) => {
    const db = createPrismaClient(e2eDatabaseUrl(E2E_PORT));
    await use(db);
    await db.$disconnect();
  },
  makePatient: async ({ db }, use) => {
    await use(async (name = "Test Patient") => {
      const email = `patient-${randomUUID()}@example.test`;
      const user = await db.user.create({
        data: {
          email,
          name,
          role: "PATIENT",
          emailVerified: new Date(),
          profile: { create: { legalName: name, dateOfBirth: "1980-05-17", phone: "021 555 0100" } },
        },
      });
      return { id: user.id, email, name, role: "PATIENT" };
    });
  },
  makeStaff: async ({ db }, use) => {
    await use(async (role = "STAFF") => {
      const email = `staff-${randomUUID()}@example.test`;
      const name = role === "ADMIN" ? "Test Admin" : "Test Nurse";
      const user = await db.user.create({ data: { email, name, role, emailVerified: new Date() } });
      return { id: user.id, email, name, role };
    });
  },
  signIn: async ({ db, baseURL }, use) => {
    await use(async (context, user) => {
      const { sessionToken, expires } = await createDatabaseSession(db, user.id, user.role);
      await context.addCookies([
        {
          name: SESSION_COOKIE,
          value: sessionToken,
          url: baseURL!,
          httpOnly: true,
          sameSite: "Lax",
          expires: Math.floor(expires.getTime() / 1000),
        },
      ]);
    });
  },
});

export { expect } from "@playwright/test";
