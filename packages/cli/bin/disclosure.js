#!/usr/bin/env node
// The `disclosure` command. It loads the built CLI (dist/cli.js); in a checkout of the
// repository, `npm run build` (or `npm start` / `npm test`) builds it.
import { existsSync } from "node:fs";

const entry = new URL("../dist/cli.js", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    "disclosure 尚未构建：请先在仓库根目录运行 npm run build\n" +
      "disclosure is not built yet: run npm run build at the repository root first\n",
  );
  process.exit(2);
}
const { main } = await import(entry.href);
main(process.argv.slice(2));
