import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // One browser at a time: the e2e files time the page's answers, on machines of two cores too.
    fileParallelism: false,
  },
});
