import { defineConfig } from "vitest/config";

// One vitest project per workspace package; tests sit beside the code as *.test.ts.
const packages = ["sim-core", "scenarios", "reports", "bench", "cli", "web"];

export default defineConfig({
  test: {
    projects: packages.map((name) => ({
      test: {
        name,
        root: `./${name}`,
        include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
        environment: "node",
        testTimeout: 120_000,
      },
    })),
  },
});
