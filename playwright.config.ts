import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

// Browsers cannot be downloaded on our machines: use the system Chromium when
// present (override with CHROMIUM_PATH), else Playwright's own browser.
const chromiumPath = process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  // Axe checks every new page the suite reaches (e2e/accessibility.ts): long journeys need the room.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter:
    process.env.PLAYWRIGHT_REPORTERS === "json"
      ? [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT ?? "test-results/e2e.json" }]]
      : "list",
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    trace: "retain-on-failure",
    timezoneId: "Pacific/Auckland",
    locale: "en-NZ",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromiumPath,
          // The closed network refuses Chromium's background calls; keep it quiet.
          args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        },
      },
    },
  ],
  webServer: {
    // Production build against its own fresh, seeded database (PostgreSQL with E2E_POSTGRES_URL).
    command: "tsx scripts/e2e-server.ts",
    url: `http://localhost:${E2E_PORT}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
  },
});
