import { defineConfig } from "vitest/config";

// One vitest project per workspace package; tests sit beside the code as *.test.ts.
const packages = ["sim-core", "scenarios", "reports", "bench", "cli", "web"];

export default defineConfig({
  test: {
    projects: [
      ...packages.map((name) => ({
        test: {
          name,
          root: `./${name}`,
          include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
          environment: "node",
          testTimeout: 120_000,
        },
      })),
      // The web lab's browser tests: build, serve on 127.0.0.1 and drive Debian's Chromium.
      {
        test: {
          name: "web-e2e",
          root: "./web",
          include: ["e2e/**/*.e2e.test.ts"],
          environment: "node",
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
