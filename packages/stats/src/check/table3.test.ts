import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { C3, resultRowCodes, rules, table3, withCell, yanchi } from "../../test/check-helpers.js";
import type { Finding } from "../finding.js";
import { check } from "./index.js";

const t3 = (fs: Finding[]) => fs.filter((f) => f.rule.startsWith("T3-"));
const errors = (fs: Finding[]) => fs.filter((f) => f.severity === "error");
const names = (f: Finding) => f.cells.map((c) => `${c.table}/${c.row}/${c.col}`);

describe("T3-ROW-TOTAL", () => {
  it("accepts 盐池县's five applications in both formats", () => {
    expect(t3(check(yanchi("2019")))).toEqual([]);
    expect(t3(check(yanchi("2021")))).toEqual([]);
  });

  it("reports a 总计 that is not the sum of its row, with expected and actual", () => {
    const r = withCell(yanchi("2021"), "table3", "granted", "total", 4);
    const f = check(r).find((x) => x.rule === "T3-ROW-TOTAL");
    expect(f).toMatchObject({ severity: "error", expected: 3, actual: 4 });
    expect(names(f!)).toEqual([...C3.map((c) => `table3/granted/${c}`), "table3/granted/total"]);
    expect(f!.message.zh).toBe("表三“（一）予以公开”行：总计为4，但各列之和为3");
    expect(f!.message.en).toContain("the total is 4, but the columns sum to 3");
  });

  it("names a blank 总计 over cells that sum to 1 (上海市科委 2024 结转下年度)", () => {
    const r = table3("2021", { granted: [1] }, { out: [1] });
    const report = withCell(
      yanchi("2021", 2024, { tables: { table3: r } }),
      "table3",
      "carriedOut",
      "total",
      null,
    );
    const f = check(report).filter((x) => x.rule === "T3-ROW-TOTAL");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", expected: 1, actual: null });
    expect(f[0]?.message.zh).toBe("表三“四、结转下年度继续办理”行：总计为空，但各列之和为1");
    expect(f[0] && names(f[0])).toContain("table3/carriedOut/total");
    // The blank is also a CELL-BLANK warning, and the balance of the 总计 column names it.
    expect(
      check(report)
        .filter((x) => x.rule === "CELL-BLANK")
        .map(names),
    ).toEqual([["table3/carriedOut/total"]]);
    const bal = check(report).find((x) => x.rule === "T3-BALANCE");
    expect(bal?.message.zh).toContain("空白单元格按0计：本列“四、结转下年度继续办理”行");
  });

  it("says nothing more when blank 法人或其他组织 cells count as 0 and the row holds (沭阳县发改局 2023)", () => {
    let r = yanchi("2021");
    for (const c of C3.slice(1)) r = withCell(r, "table3", "granted", c, null);
    const fs = check(r);
    expect(t3(fs)).toEqual([]);
    expect(fs.filter((f) => f.rule === "CELL-BLANK")).toHaveLength(5);
  });

  it("names the blank cells when a row with blanks does not hold", () => {
    let r = withCell(yanchi("2021"), "table3", "granted", "commercial", null);
    r = withCell(r, "table3", "granted", "total", 5);
    const f = check(r).find((x) => x.rule === "T3-ROW-TOTAL");
    expect(f?.message.zh).toBe(
      "表三“（一）予以公开”行：总计为5，但各列之和为3（空白单元格按0计：本行“法人或其他组织 商业企业”列）",
    );
  });

  it("skips a row with an absent cell (reported as STRUCT-MISSING instead)", () => {
    const r = withCell(yanchi("2021"), "table3", "granted", "research", undefined);
    const fs = check(r);
    expect(fs.filter((f) => f.rule === "T3-ROW-TOTAL")).toEqual([]);
    expect(fs.filter((f) => f.rule === "STRUCT-MISSING").map(names)).toEqual([["table3/granted/research"]]);
  });
});

describe("T3-COL-TOTAL", () => {
  it("sums 21 result rows in the 2021 format and 19 in the 2019 format", () => {
    expect(resultRowCodes("2021")).toHaveLength(21);
    expect(resultRowCodes("2019")).toHaveLength(19);
    const r21 = withCell(yanchi("2021"), "table3", "otherHandling.other", "naturalPerson", 1);
    const f = check(r21).find((x) => x.rule === "T3-COL-TOTAL");
    expect(f?.message.zh).toBe("表三“自然人”列：“（七）总计”为5，但“三、本年度办理结果”各项（21行）之和为6");
    expect(names(f!)).toContain("table3/otherHandling.other/naturalPerson");
    const r19 = withCell(yanchi("2019"), "table3", "otherHandling", "naturalPerson", 1);
    expect(check(r19).find((x) => x.rule === "T3-COL-TOTAL")?.message.zh).toContain("（19行）之和为6");
  });

  it("names every blank 总计 of the result rows (上海市人民政府办公厅 2019)", () => {
    let r = yanchi("2019");
    for (const row of resultRowCodes("2019")) r = withCell(r, "table3", row, "total", null);
    const fs = errors(check(r));
    expect(rules(fs).sort()).toEqual(["T3-COL-TOTAL", "T3-ROW-TOTAL", "T3-ROW-TOTAL", "T3-ROW-TOTAL"]);
    const col = fs.find((f) => f.rule === "T3-COL-TOTAL")!;
    expect(col.expected).toBe(0);
    expect(col.actual).toBe(5);
    expect(col.message.zh).toContain("等19个");
  });
});

describe("T3-BALANCE", () => {
  it("holds 一 + 二 = 三（七） + 四 in every column", () => {
    const r = yanchi("2021", 2021, {
      tables: { table3: table3("2021", { granted: [2, 1] }, { in: [1], out: [0, 1] }) },
    });
    expect(t3(check(r))).toEqual([]);
  });

  it("reports a column that does not balance, with both sides", () => {
    const r = withCell(yanchi("2021"), "table3", "carriedIn", "naturalPerson", 1);
    const fs = check(r).filter((f) => f.rule === "T3-BALANCE");
    expect(fs.map((f) => f.cells.at(0)?.col)).toEqual(["naturalPerson"]);
    expect(fs[0]).toMatchObject({ expected: 6, actual: 5 });
    expect(fs[0]?.message.zh).toBe(
      "表三“自然人”列：“一、本年新收政府信息公开申请数量”加“二、上年结转政府信息公开申请数量”为6，但“（七）总计”加“四、结转下年度继续办理”为5",
    );
  });
});

describe("T3-GROUP-SUBTOTAL", () => {
  it("checks a printed subtotal of （四）无法提供 against its sub-rows (warning)", () => {
    const ok = withCell(yanchi("2021"), "table3", "unavailable", "naturalPerson", 1);
    expect(check(ok).filter((f) => f.rule === "T3-GROUP-SUBTOTAL" || f.rule === "CELL-UNKNOWN")).toEqual([]);
    const bad = withCell(yanchi("2021"), "table3", "unavailable", "naturalPerson", 2);
    const f = check(bad).find((x) => x.rule === "T3-GROUP-SUBTOTAL");
    expect(f).toMatchObject({ severity: "warning", expected: 1, actual: 2 });
    expect(f?.message.zh).toContain("“（四）无法提供”小计行");
  });

  it("treats a 2021 （六） row beside its sub-rows as a subtotal, not a collapsed group", () => {
    const r = withCell(yanchi("2021"), "table3", "otherHandling", "total", 3);
    const fs = check(r);
    expect(rules(fs)).toContain("T3-GROUP-SUBTOTAL");
    expect(rules(fs)).not.toContain("STRUCT-GROUP-COLLAPSED");
  });
});

describe("T3-UNPAID-FEE-EPOCH", () => {
  it("rejects 逾期未缴费 results before 2021 (信息处理费 from 2021-01-01)", () => {
    const base = yanchi("2021", 2020, {
      tables: { table3: table3("2021", { granted: [3], "otherHandling.unpaidFee": [1] }) },
    });
    const f = check(base).find((x) => x.rule === "T3-UNPAID-FEE-EPOCH");
    expect(f?.severity).toBe("error");
    expect(names(f!)).toEqual([
      "table3/otherHandling.unpaidFee/naturalPerson",
      "table3/otherHandling.unpaidFee/total",
    ]);
    expect(rules(check({ ...base, year: 2021 }))).not.toContain("T3-UNPAID-FEE-EPOCH");
  });
});

describe("T3-CARRYOUT-PLAUSIBLE", () => {
  it("warns when more applications are carried out than were received", () => {
    const r = yanchi("2021", 2021, {
      tables: { table3: table3("2021", { granted: [1] }, { in: [4], out: [3] }) },
    });
    const f = check(r).find((x) => x.rule === "T3-CARRYOUT-PLAUSIBLE");
    expect(f).toMatchObject({ severity: "warning", actual: 3, expected: "<= 0" });
    expect(errors(check(r))).toEqual([]);
  });
});

describe("a consistent table 三 (property)", () => {
  const counts = fc.array(fc.nat({ max: 40 }), { minLength: 6, maxLength: 6 });
  const arb = fc.record({
    format: fc.constantFrom<"2021" | "2019">("2021", "2019"),
    results: fc.dictionary(fc.constantFrom(...resultRowCodes("2021"), "otherHandling"), counts, {
      maxKeys: 8,
    }),
    cin: counts,
    outShare: counts,
  });

  type Generated = {
    format: "2021" | "2019";
    results: Record<string, number[]>;
    cin: number[];
    outShare: number[];
  };

  function build(a: Generated) {
    const allowed = new Set(resultRowCodes(a.format));
    const results: Record<string, number[]> = Object.fromEntries(
      Object.entries(a.results).filter(([k]) => allowed.has(k)),
    );
    // Carried in never exceeds what the year's results and carried-out account for.
    const sums = C3.map((_, i) => Object.values(results).reduce((s, v) => s + (v[i] ?? 0), 0));
    const out = a.outShare;
    const cin = a.cin.map((v, i) => Math.min(v, (sums[i] ?? 0) + (out[i] ?? 0)));
    return yanchi(a.format, a.format === "2019" ? 2020 : 2022, {
      tables: { table3: table3(a.format, results, { in: cin, out }) },
    });
  }

  it("yields no T3 error", () => {
    fc.assert(
      fc.property(arb, (a) => {
        expect(errors(t3(check(build(a))))).toEqual([]);
      }),
    );
  });

  it("perturbed by +1 in any one cell, yields an error naming that cell", () => {
    fc.assert(
      fc.property(arb, fc.nat(), (a, pick) => {
        const r = build(a);
        const cells = Object.entries(r.tables.table3!).flatMap(([row, cols]) =>
          Object.keys(cols).map((col) => [row, col] as const),
        );
        const cell = cells[pick % cells.length];
        if (cell === undefined) expect.unreachable("table 三 has no cells");
        const [row, col] = cell;
        const v = r.tables.table3?.[row]?.[col] as number;
        const bad = withCell(r, "table3", row, col, v + 1);
        const hit = errors(check(bad)).filter(
          (f) => f.rule.startsWith("T3-") && f.cells.some((c) => c.row === row && c.col === col),
        );
        expect(hit.length).toBeGreaterThan(0);
      }),
    );
  });
});
