import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.dirname(fileURLToPath(import.meta.url)) } },
  test: {
    include: ["lib/**/*.test.ts", "app/**/*.test.ts", "tests/**/*.test.ts"],
    // On a PostgreSQL run (TEST_POSTGRES_URL) the SQLite connection's own tests have nothing to test.
    // tests/cluster runs on its own (vitest.cluster.config.mts): it needs the build, nginx and PostgreSQL.
    exclude: ["node_modules/**", "tests/cluster/**", ...(process.env.TEST_POSTGRES_URL ? ["lib/db/serialized-sqlite-adapter.test.ts"] : [])],
    environment: "node",
    // Integration tests give each worker its own migrated SQLite file.
    setupFiles: ["./tests/setup/server-only.ts", "./tests/setup/vitest-setup.ts"],
    globalSetup: ["./tests/setup/vitest-global-setup.ts"],
    server: { deps: { inline: ["server-only"] } },
  },
});
