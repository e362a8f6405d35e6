// Three layers, one command: unit (no database), neo4j (a real server started by the global setup) and
// browser (headless Chromium against the built viewer). The summary reporter prints the closing
// "N passed, N failed" line that CI reads.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    reporters: ["default", "./tests/support/summary-reporter.ts"],
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: "neo4j",
          include: ["tests/neo4j/**/*.test.ts"],
          globalSetup: ["./tests/support/neo4j-global-setup.ts"],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          globalSetup: ["./tests/support/browser-global-setup.ts"],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
