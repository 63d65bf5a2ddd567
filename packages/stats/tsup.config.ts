import { defineConfig } from "tsup";
import { packageBuild } from "../../scripts/tsup-modules.js";

// internal: helpers shared with the other @disclosure packages and the demo; not public.
export default defineConfig(packageBuild({ index: "src/index.ts", internal: "src/internal.ts" }));
