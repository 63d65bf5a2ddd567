import { defineConfig } from "tsup";
import { packageBuild } from "../../scripts/tsup-modules.js";

export default defineConfig(packageBuild({ index: "src/index.ts" }));
