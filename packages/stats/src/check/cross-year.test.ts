import { describe, expect, it } from "vitest";
import { rules, table3, table4, withCell, yanchi } from "../../test/check-helpers.js";
import type { Report } from "@disclosure/schema";
import { check } from "./index.js";
import type { RuleId } from "./rules.js";

/** 盐池县 2022 after the 2021 report: 45 in force + 6 issued − 1 repealed = 50. */
const next2022 = () => withCell(yanchi("2021", 2022), "table2", "normativeDocuments", "inForce", 50);

/** 盐池县 2020 (2019 format) carrying 2 applications of 自然人 into 2021 (2021 format). */
function pair(): { prev: Report; cur: Report } {
  const prev = yanchi("2019", 2020, {
    tables: { ...yanchi("2019").tables, table3: table3("2019", { granted: [3] }, { out: [2] }) },
  });
  const cur = yanchi("2021", 2021, {
    tables: { ...yanchi("2021").tables, table3: table3("2021", { granted: [4] }, { in: [2] }) },
  });
  return { prev, cur };
}

const cross = (r: Report, prev: Report, enable?: RuleId[]) =>
  check(r, { previous: prev, ...(enable ? { rules: { enable } } : {}) }).filter((f) =>
    [
      "CROSS-YEAR-CARRY",
      "CROSS-YEAR-PREVIOUS",
      "T2-INFORCE-CONTINUITY",
      "T2-REPEAL-BOUND",
      "T2-2019-ITEMS-CONTINUITY",
      "T3-CARRYIN-AGE",
      "T4-PENDING-FOLLOWUP",
      "YOY-JUMP",
    ].includes(f.rule),
  );

describe("CROSS-YEAR-CARRY", () => {
  it("holds across the 2020 → 2021 format change", () => {
    const { prev, cur } = pair();
    expect(cross(cur, prev)).toEqual([]);
  });

  it("reports each column where last year's 结转下年度 is not this year's 上年结转", () => {
    const { prev, cur } = pair();
    const bad = withCell(prev, "table3", "carriedOut", "total", 3);
    const fs = cross(cur, bad).filter((f) => f.rule === "CROSS-YEAR-CARRY");
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: "error", expected: 3, actual: 2 });
    expect(fs[0]?.cells).toEqual([
      { table: "table3", row: "carriedIn", col: "total" },
      { table: "table3", row: "carriedOut", col: "total", year: 2020 },
    ]);
    expect(fs[0]?.message.zh).toBe(
      "表三“总计”列：2020年报告“四、结转下年度继续办理”为3，但本年“二、上年结转政府信息公开申请数量”为2",
    );
  });
});

describe("CROSS-YEAR-PREVIOUS", () => {
  it("skips the cross-year rules for another year's or another agency's report", () => {
    const { prev, cur } = pair();
    expect(rules(cross(cur, { ...prev, year: 2019 }))).toEqual(["CROSS-YEAR-PREVIOUS"]);
    expect(rules(cross(cur, { ...prev, agency: { name: "盐池县财政局", level: "department" } }))).toEqual([
      "CROSS-YEAR-PREVIOUS",
    ]);
  });
});

describe("T2-INFORCE-CONTINUITY and T2-REPEAL-BOUND (2021 both years)", () => {
  const y2021 = () => yanchi("2021", 2021);
  const y2022 = (inForce: number, repealed = 1) =>
    withCell(
      withCell(yanchi("2021", 2022), "table2", "normativeDocuments", "inForce", inForce),
      "table2",
      "normativeDocuments",
      "repealed",
      repealed,
    );

  it("45 in force + 6 issued − 1 repealed = 50", () => {
    expect(cross(y2022(50), y2021())).toEqual([]);
    const f = cross(y2022(49), y2021()).find((x) => x.rule === "T2-INFORCE-CONTINUITY");
    expect(f).toMatchObject({ severity: "warning", expected: 50, actual: 49 });
    expect(f?.cells.at(-1)).toEqual({
      table: "table2",
      row: "normativeDocuments",
      col: "inForce",
      year: 2021,
    });
  });

  it("warns when more were repealed than could be", () => {
    const f = cross(y2022(0, 52), y2021()).find((x) => x.rule === "T2-REPEAL-BOUND");
    expect(f).toMatchObject({ expected: "<= 51", actual: 52 });
  });

  it("does not apply when last year's report is in the 2019 format", () => {
    const { prev, cur } = pair();
    expect(rules(cross(withCell(cur, "table2", "normativeDocuments", "inForce", 0), prev))).toEqual([]);
  });
});

describe("T2-2019-ITEMS-CONTINUITY (2019 both years)", () => {
  it("上一年项目数量 = last year's items + change", () => {
    const prev = yanchi("2019", 2019);
    const cur = withCell(yanchi("2019", 2020), "table2", "licensing", "itemsLastYear", 314);
    expect(
      cross(cur, prev)
        .filter((f) => f.rule === "T2-2019-ITEMS-CONTINUITY")
        .map((f) => f.cells[0]?.row),
    ).toEqual(["otherServices", "penalty", "fees"]);
  });
});

describe("T3-CARRYIN-AGE", () => {
  it("warns when more are carried in than last year received", () => {
    const { prev, cur } = pair();
    const old = withCell(
      withCell(prev, "table3", "received", "total", 1),
      "table3",
      "received",
      "naturalPerson",
      1,
    );
    expect(rules(cross(cur, old))).toContain("T3-CARRYIN-AGE");
  });
});

describe("T4-PENDING-FOLLOWUP (off by default)", () => {
  it("runs only when enabled", () => {
    const prev = yanchi("2021", 2021, {
      tables: { ...yanchi("2021").tables, table4: table4({ review: [0, 0, 0, 2] }) },
    });
    const cur = next2022();
    expect(rules(cross(cur, prev))).toEqual([]);
    const fs = cross(cur, prev, ["T4-PENDING-FOLLOWUP"]);
    expect(rules(fs)).toEqual(["T4-PENDING-FOLLOWUP"]);
    expect(fs[0]).toMatchObject({ expected: ">= 2", actual: 0 });
  });
});

describe("YOY-JUMP", () => {
  it("flags a headline number that changed more than tenfold and by more than 20", () => {
    const prev = yanchi("2021", 2021);
    const cur = withCell(next2022(), "table2", "penalty", "decisions", 3861);
    const fs = cross(cur, prev).filter((f) => f.rule === "YOY-JUMP");
    expect(fs.map((f) => f.cells[0])).toEqual([{ table: "table2", row: "penalty", col: "decisions" }]);
    expect(cross(withCell(next2022(), "table2", "penalty", "decisions", 3860), prev)).toEqual([]);
  });

  it("does not compare 规范性文件 across the format change", () => {
    const { prev, cur } = pair();
    const jump = withCell(cur, "table2", "normativeDocuments", "issued", 600);
    expect(rules(cross(jump, prev))).not.toContain("YOY-JUMP");
  });
});
