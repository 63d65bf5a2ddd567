// `disclosure catalog diff`: two catalog versions compared item by item.
import { describeDiff, diffCatalogs } from "@disclosure/catalog";
import { defineCommand } from "../command.js";
import { EXIT, json } from "../io.js";
import { jsonOption } from "../options.js";
import { loadCatalog } from "./catalog-file.js";

/** `disclosure catalog diff <old> <new>`: items added, removed, changed. */
export const catalogDiffCommand = defineCommand(
  {
    name: "catalog diff",
    args: { zh: "<旧目录> <新目录>", en: "<old catalog> <new catalog>" },
    positionals: { min: 2, max: 2, files: true },
    summary: {
      zh: "比较两版目录：新增、删除和改动的事项，改动按列列出改前 → 改后",
      en: "compare two catalog versions: items added, removed, changed, each change as before → after by column",
    },
    options: { json: jsonOption() },
    examples: [
      "disclosure catalog diff 目录2020.xlsx 目录2021.xlsx",
      "disclosure catalog diff a.json b.json --json",
    ],
  },
  async ({ values, positionals: [a, b], lang }, io) => {
    const d = diffCatalogs(await loadCatalog(io, a, lang), await loadCatalog(io, b, lang));
    if (values.json) io.stdout(json(d));
    else
      io.stdout(
        describeDiff(d, lang)
          .map((l) => `${l}\n`)
          .join(""),
      );
    return EXIT.ok;
  },
);
