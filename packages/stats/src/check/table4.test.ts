import { describe, expect, it } from "vitest";
import { table4, withCell, yanchi } from "../../test/check-helpers.js";
import { check } from "./index.js";

describe("T4-GROUP-TOTAL", () => {
  it("accepts 沭阳县 2025's 27 + 10 + 9 + 15 = 61 行政复议", () => {
    const r = yanchi("2021", 2025, {
      tables: {
        ...yanchi("2021").tables,
        table4: table4({ review: [27, 10, 9, 15], litigationDirect: [3, 0, 0, 0] }),
      },
    });
    expect(check(r).filter((f) => f.rule.startsWith("T4-"))).toEqual([]);
  });

  it("reports a group whose 总计 is off, naming the group by its headers", () => {
    const r = withCell(
      yanchi("2021", 2025, {
        tables: { ...yanchi("2021").tables, table4: table4({ litigationAfterReview: [8, 0, 1, 1] }) },
      }),
      "table4",
      "cases",
      "litigationAfterReview.total",
      11,
    );
    const fs = check(r).filter((f) => f.rule === "T4-GROUP-TOTAL");
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: "error", expected: 10, actual: 11 });
    expect(fs[0]?.message.zh).toBe(
      "表四“行政诉讼 复议后起诉”：总计为11，但结果维持、结果纠正、其他结果、尚未审结之和为10",
    );
    expect(fs[0]?.cells.map((c) => c.col)).toEqual([
      "litigationAfterReview.upheld",
      "litigationAfterReview.corrected",
      "litigationAfterReview.other",
      "litigationAfterReview.pending",
      "litigationAfterReview.total",
    ]);
  });

  it("accepts an all-blank group (上海 2019 复议后起诉) and names a blank total over a non-zero sum", () => {
    let r = yanchi("2019");
    for (const c of ["upheld", "corrected", "other", "pending", "total"]) {
      r = withCell(r, "table4", "cases", `litigationAfterReview.${c}`, null);
    }
    expect(check(r).filter((f) => f.rule === "T4-GROUP-TOTAL")).toEqual([]);
    const bad = withCell(r, "table4", "cases", "litigationAfterReview.upheld", 2);
    const f = check(bad).find((x) => x.rule === "T4-GROUP-TOTAL");
    expect(f?.message.zh).toMatch(
      /^表四“行政诉讼 复议后起诉”：总计为空，但结果维持、结果纠正、其他结果、尚未审结之和为2（空白单元格按0计：本行/,
    );
    expect(f?.actual).toBeNull();
  });
});
