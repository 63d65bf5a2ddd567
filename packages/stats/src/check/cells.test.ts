import { describe, expect, it } from "vitest";
import { rules, withCell, yanchi } from "../../test/check-helpers.js";
import type { Report } from "@disclosure/schema";
import { check } from "./index.js";

const only = (r: Report, rule: string) => check(r).filter((f) => f.rule === rule);

describe("CELL-COUNT", () => {
  it("accepts 盐池县's non-negative integer counts", () => {
    expect(rules(check(yanchi("2021"))).filter((r) => r.startsWith("CELL-"))).toEqual([]);
  });

  it("rejects a negative, a fractional and a non-numeric count", () => {
    const r = withCell(
      withCell(yanchi("2021"), "table4", "cases", "review.upheld", -1),
      "table2",
      "licensing",
      "decisions",
      1.5,
    );
    const bad = structuredClone(r);
    (bad.tables.table3!.granted as Record<string, unknown>).research = "三";
    const fs = only(bad, "CELL-COUNT");
    expect(fs.map((f) => f.cells[0])).toEqual([
      { table: "table2", row: "licensing", col: "decisions" },
      { table: "table3", row: "granted", col: "research" },
      { table: "table4", row: "cases", col: "review.upheld" },
    ]);
    expect(fs.every((f) => f.severity === "error")).toBe(true);
    expect(fs[1]?.message.zh).toBe("表三“（一）予以公开”行“法人或其他组织 科研机构”列不是数字：“三”");
  });
});

describe("CELL-BLANK", () => {
  it("reports each blank cell once, and 0 never", () => {
    const r = withCell(
      withCell(yanchi("2021"), "table4", "cases", "review.other", null),
      "table3",
      "granted",
      "research",
      0,
    );
    const fs = only(r, "CELL-BLANK");
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({
      severity: "warning",
      cells: [{ table: "table4", row: "cases", col: "review.other" }],
    });
    expect(fs[0]?.message.zh).toBe("表四“行政复议 其他结果”为空，格式要求填写数字（无则填0）");
  });
});

describe("CELL-MONEY and CELL-MONEY-PRECISION", () => {
  it("accepts 平潭 2022's 9116.36 万元 and rejects a negative amount", () => {
    expect(only(withCell(yanchi("2021"), "table2", "fees", "amountWan", 9116.36), "CELL-MONEY")).toEqual([]);
    const f = only(withCell(yanchi("2021"), "table2", "fees", "amountWan", -3), "CELL-MONEY");
    expect(f).toHaveLength(1);
    expect(f[0]?.severity).toBe("error");
  });

  it("warns above 4 decimals (1 元)", () => {
    expect(
      only(withCell(yanchi("2021"), "table2", "fees", "amountWan", 4068.208), "CELL-MONEY-PRECISION"),
    ).toEqual([]);
    const f = only(withCell(yanchi("2021"), "table2", "fees", "amountWan", 0.00001), "CELL-MONEY-PRECISION");
    expect(f.map((x) => x.severity)).toEqual(["warning"]);
  });
});

describe("CELL-SIGNED (2019)", () => {
  it("accepts 本年增/减 −12 on 326 items, rejects a change below −items and a fraction", () => {
    expect(only(yanchi("2019"), "CELL-SIGNED")).toEqual([]);
    const low = only(withCell(yanchi("2019"), "table2", "licensing", "itemsChange", -400), "CELL-SIGNED");
    expect(low).toHaveLength(1);
    expect(low[0]).toMatchObject({ actual: -74, expected: ">= 0" });
    expect(only(withCell(yanchi("2019"), "table2", "fees", "itemsChange", 1.5), "CELL-SIGNED")).toHaveLength(
      1,
    );
  });

  it("does not apply to the 2021 format", () => {
    expect(only(withCell(yanchi("2021"), "table2", "licensing", "itemsChange", -400), "CELL-SIGNED")).toEqual(
      [],
    );
  });
});

describe("CELL-MONEY-UNIT (2019)", () => {
  it("warns on a procurement amount without a unit, not on 上海 2019's 251000元", () => {
    expect(only(yanchi("2019"), "CELL-MONEY-UNIT")).toHaveLength(1);
    const withUnit = { ...yanchi("2019"), raw: { "table2/procurement/amountWan": "251000元" } };
    expect(only(withUnit, "CELL-MONEY-UNIT")).toEqual([]);
  });
});

describe("CELL-UNKNOWN", () => {
  it("keeps a provincial extra row and a 法人或其他组织小计 column aside, one finding each", () => {
    let r = withCell(yanchi("2021"), "table2", "otherDocuments", "issued", 4);
    for (const row of ["received", "granted", "resultTotal"])
      r = withCell(r, "table3", row, "organizationSubtotal", 0);
    const fs = only(r, "CELL-UNKNOWN");
    expect(fs).toHaveLength(2);
    expect(fs.map((f) => f.cells.length)).toEqual([1, 3]);
    expect(fs.every((f) => f.severity === "warning")).toBe(true);
    // Kept aside, not checked: the tables still add up.
    expect(check(r).filter((f) => f.severity === "error")).toEqual([]);
  });
});
