import { getFormat, type RowDef, tableRows } from "@disclosure/schema";
import { describe, expect, it } from "vitest";
import { readText } from "../text.js";
import { readRowsTable } from "./index.js";

const ZERO = "0 0 0 0 0 0 0";

/**
 * A table 三 printed as free text, one row a line: （一）予以公开 with its digits run together as
 * "270020130" (27 0 0 2 0 1 30, or 2 7 0 0 20 1 30 — both add up to the row's 总计), （六） with
 * one application, （七）总计 and 一 as 28 0 0 2 0 1 31: only the first split fits the columns.
 */
function printed(rows: readonly RowDef[], extra: Record<string, string> = {}): string {
  const values: Record<string, string> = {
    received: "28 0 0 2 0 1 31",
    granted: "270020130",
    resultTotal: "28 0 0 2 0 1 31",
    ...extra,
  };
  return rows.map((r) => `${r.label} ${values[r.code] ?? ZERO}`).join("\n");
}

function read(text: string, format: ReturnType<typeof getFormat>) {
  const { lines } = readText(text);
  return readRowsTable(format, "table3", lines, 0, lines.length);
}

const granted = (t: ReturnType<typeof read>) =>
  t.cells.filter((c) => c.row === "granted").map((c) => c.value);

describe("digits run together, settled by the table's column identities", () => {
  it("2021: the one split under which （七）总计 adds up the results and 一 + 二 = 三（七）+ 四", () => {
    const f = getFormat("2021");
    const t = read(printed(tableRows(f, "table3"), { "otherHandling.other": "1 0 0 0 0 0 1" }), f);
    expect(granted(t)).toEqual([27, 0, 0, 2, 0, 1, 30]);
    expect(t.warnings.find((w) => w.code === "PARSE-SPLIT")?.message.en).toContain(
      "read as 27 0 0 2 0 1 30, the only one that also fits the table's column totals",
    );
    expect(t.unread).toEqual([]);
  });

  it("2019: （六）其他处理, a row of its own, counts once among the results", () => {
    const f = getFormat("2019");
    const t = read(printed(tableRows(f, "table3"), { otherHandling: "1 0 0 0 0 0 1" }), f);
    expect(granted(t)).toEqual([27, 0, 0, 2, 0, 1, 30]);
    expect(t.unread).toEqual([]);
  });

  it("2021 with （六）其他处理 printed as one row: that row counts among the results in place of its three", () => {
    const f = getFormat("2021");
    const rows = tableRows(f, "table3").filter((r) => r.parent !== "otherHandling");
    const at = rows.findIndex((r) => r.code === "resultTotal");
    const text = printed(rows).split("\n");
    text.splice(at, 0, `（六）其他处理 1 0 0 0 0 0 1`);
    const t = read(text.join("\n"), f);
    expect(t.collapsedOtherHandling).toBe(true);
    expect(t.cells.filter((c) => c.row === "otherHandling").map((c) => c.value)).toEqual([
      1, 0, 0, 0, 0, 0, 1,
    ]);
    expect(granted(t)).toEqual([27, 0, 0, 2, 0, 1, 30]);
    expect(t.unread).toEqual([]);
  });

  it("unread when the columns do not decide either (both splits or none fit)", () => {
    const f = getFormat("2021");
    const t = read(printed(tableRows(f, "table3"), { resultTotal: "29 0 0 2 0 1 32" }), f);
    expect(granted(t)).toEqual([]);
    expect(t.unread.find((u) => u.row === "granted")?.reason.en).toBe(
      "digits run together; no split fits both the row's total and the table's column totals",
    );
  });
});
