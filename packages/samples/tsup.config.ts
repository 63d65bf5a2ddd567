import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", catalog: "src/catalog/index.ts", rollup: "src/rollup/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: false,
  target: "es2022",
});
