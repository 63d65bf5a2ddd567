// Where in a published file a cell was printed, as an evaluator reads it.
import { describeLocation, type Message } from "@disclosure/schema";
import type { SourceLocation } from "../parse/index.js";

/**
 * A source location as a short bilingual place: page, line, HTML element or Word table row.
 *
 * @example
 * placeOf({ kind: "pdf", page: 3, x: 492.4, y: 328.7 }) //=> { zh: "第3页", en: "p. 3" }
 * placeOf({ kind: "text", line: 41 }) //=> { zh: "第41行", en: "line 41" }
 */
export function placeOf(loc: SourceLocation): Message {
  switch (loc.kind) {
    case "text":
      return { zh: `第${loc.line}行`, en: `line ${loc.line}` };
    case "pdf":
      return { zh: `第${loc.page}页`, en: `p. ${loc.page}` };
    case "html":
      return { zh: loc.path, en: loc.path };
    case "docx":
      return loc.table
        ? {
            zh: `Word 表格${loc.table}${loc.row ? `第${loc.row}行` : ""}`,
            en: `Word table ${loc.table}${loc.row ? ` row ${loc.row}` : ""}`,
          }
        : { zh: `Word 第${loc.paragraph ?? "?"}段`, en: `Word paragraph ${loc.paragraph ?? "?"}` };
    default:
      return describeLocation(loc);
  }
}
