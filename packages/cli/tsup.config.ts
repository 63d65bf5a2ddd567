import { defineConfig } from "tsup";

export default defineConfig({
  entry: { cli: "src/cli.ts", "audit-worker": "src/audit/worker.ts" },
  format: ["esm"],
  dts: false,
  clean: true,
  target: "node20",
  banner: { js: "#!/usr/bin/env node" },
});
