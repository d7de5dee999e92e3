import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The cross-instance test: three production instances behind nginx on
// PostgreSQL. Run by scripts/test-all.ts after the build, with TEST_POSTGRES_URL.
export default defineConfig({
  resolve: { alias: { "@": path.dirname(fileURLToPath(import.meta.url)) } },
  test: {
    include: ["tests/cluster/**/*.test.ts"],
    environment: "node",
    fileParallelism: false,
    setupFiles: ["./tests/setup/server-only.ts"],
    server: { deps: { inline: ["server-only"] } },
  },
});
