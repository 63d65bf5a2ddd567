// Steps 2 and 3: the characters folded and the script made Simplified — CJK radicals and
// compatibility ideographs (⼀、总体情况, ⼈⺠) become unified ideographs; a Traditional document
// is converted to Simplified, and Taiwan phrasing (規範性檔案) repaired to mainland wording.
import { foldIdeographVariants } from "@disclosure/schema/internal";
import { normalizeOfficialTerms, toSimplified } from "../../hant.js";
import { looksTraditional } from "../detect.js";
import type { Issue } from "@disclosure/schema";
import { joinTexts } from "../lists.js";
import { issue, type Line } from "../model.js";

/** Folds the ideograph variants of every piece of the lines, in place. */
export function foldIdeographs(lines: readonly Line[]): void {
  for (const line of lines) for (const p of line.pieces) p.text = foldIdeographVariants(p.text);
}

const SEP = "\u0001";

/** Converts a Traditional-script document to Simplified, piece by piece, in one pass. */
async function toSimplifiedLines(lines: readonly Line[]): Promise<void> {
  const pieces = lines.flatMap((l) => l.pieces);
  const joined = pieces.map((p) => p.text.replaceAll(SEP, " ")).join(SEP);
  const converted = normalizeOfficialTerms(await toSimplified(joined), { pageNumbers: false }).split(SEP);
  if (converted.length !== pieces.length) return;
  pieces.forEach((p, i) => {
    p.text = converted[i] ?? p.text;
  });
}

/** The script of the document (from its first 400 lines); a Traditional one converted in place, with a warning. */
export async function readScript(
  lines: readonly Line[],
): Promise<{ script: "hans" | "hant"; warnings: Issue[] }> {
  let sample = "";
  for (const l of lines.slice(0, 400)) sample += joinTexts(l.pieces, "");
  if (!looksTraditional(sample)) return { script: "hans", warnings: [] };
  await toSimplifiedLines(lines);
  const warning = issue(
    "PARSE-SCRIPT",
    "warning",
    {
      zh: "文档为繁体字，已转换为简体后读取",
      en: "the document is in Traditional characters; it was read after conversion to Simplified",
    },
    lines[0]?.loc,
  );
  return { script: "hant", warnings: [warning] };
}
