import { defineConfig } from "tsup";
import { packageBuild } from "../../scripts/tsup-modules.js";

// internal: helpers shared with the command line and the samples; not public.
export default defineConfig(packageBuild({ index: "src/index.ts", internal: "src/internal.ts" }));
