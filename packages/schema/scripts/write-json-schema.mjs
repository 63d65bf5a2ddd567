#!/usr/bin/env node
// Writes the JSON Schema files of the package's zod schemas to schema/ (zod 4's
// toJSONSchema). Run after the build: `npm run build` does it.
import { mkdirSync, writeFileSync } from "node:fs";
import { jsonSchemas } from "../dist/index.js";

const dir = new URL("../schema/", import.meta.url);
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(new URL(`${name}.schema.json`, dir), `${JSON.stringify(schema, null, 2)}\n`);
}
