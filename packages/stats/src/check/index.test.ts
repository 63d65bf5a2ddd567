import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Report } from "@disclosure/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rules, withCell, yanchi } from "../../test/check-helpers.js";
import { check, formatFinding, sortFindings } from "./index.js";
import { RULES, isRuleId, ruleDef } from "./rules.js";

const rulesMd = readFileSync(
  fileURLToPath(new URL("../../../../testdata/spec/rules.md", import.meta.url)),
  "utf8",
);

describe("RULES, the catalogue", () => {
  // | T3-BALANCE | error | … — the id and severity columns of every table in rules.md.
  const spec = [...rulesMd.matchAll(/^\| ([A-Z][A-Z0-9-]{3,}) \| ([^|]+) \|/gm)].map(
    ([, id = "", severity = ""]) => ({ id, severity: severity.trim() }),
  );

  it("has every rule of spec/rules.md with its severity and default", () => {
    expect(spec.length).toBeGreaterThan(50);
    for (const s of spec) {
      if (s.severity.startsWith("(")) continue; // "(see B)": listed again under E
      expect(isRuleId(s.id), s.id).toBe(true);
      if (!isRuleId(s.id)) continue;
      const def = ruleDef(s.id);
      expect(s.severity.startsWith(def?.severity ?? "?"), `${s.id}: ${s.severity}`).toBe(true);
      if (/off by default/.test(s.severity)) expect(def?.enabledByDefault, s.id).toBe(false);
    }
  });

  it("adds only rules marked as its own (of check, or of the record readers)", () => {
    const ids = new Set(spec.map((s) => s.id));
    const added = RULES.filter((r) => !ids.has(r.id)).map((r) => [r.id, r.source]);
    expect(added.every(([, source]) => source === "check" || source === "records")).toBe(true);
    expect(ruleDef("RECORD-DUPLICATE-ID")).toMatchObject({ severity: "error", source: "records" });
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
});

describe("check", () => {
  it("finds nothing in 盐池县's tables that add up, in either format", () => {
    expect(check(yanchi("2021"))).toEqual([]);
    expect(rules(check(yanchi("2019")))).toEqual(["CELL-MONEY-UNIT"]);
  });

  it("switches rules off and on, by id or by prefix", () => {
    const r = withCell(yanchi("2021"), "table3", "granted", "total", null);
    expect(rules(check(r))).toEqual(["T3-ROW-TOTAL", "T3-COL-TOTAL", "CELL-BLANK"]);
    expect(rules(check(r, { rules: { disable: ["CELL-BLANK"] } }))).toEqual(["T3-ROW-TOTAL", "T3-COL-TOTAL"]);
    expect(rules(check(r, { rules: { disable: ["T3-*"] } }))).toEqual(["CELL-BLANK"]);
  });

  it("returns a finding, not an exception, for a report of unknown format", () => {
    const fs = check({ ...yanchi("2021"), format: "2020" } as unknown as Report);
    expect(rules(fs)).toEqual(["FORMAT-UNKNOWN"]);
  });

  it("never throws, whatever the tables hold", () => {
    const junk = fc.oneof(
      fc.constant(null),
      fc.constant(undefined),
      fc.double(),
      fc.integer(),
      fc.string(),
      fc.object(),
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.dictionary(fc.string(), junk)),
        fc.constantFrom("table2", "table3", "table4"),
        fc.constantFrom<"2019" | "2021">("2019", "2021"),
        fc.anything(),
        (t, table, format, sections) => {
          const r = {
            ...yanchi(format),
            tables: { ...yanchi(format).tables, [table]: t },
            sections,
          } as unknown as Report;
          expect(() => check(r, { previous: yanchi(format, 2019), units: [r] })).not.toThrow();
          const county = { ...r, rollup: { units: ["盐池县财政局", "x"] } } as Report;
          const junkUnit = {
            agency: { name: "盐池县财政局" },
            format: "2019",
            tables: t,
            year: 2021,
          } as unknown as Report;
          expect(() =>
            check(county, { previous: r, units: [junkUnit, r, null as unknown as Report] }),
          ).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
  });

  it("keeps every random cell change of a real report a finding, never an exception", () => {
    const base = yanchi("2021");
    const cells = Object.entries(base.tables).flatMap(([t, rows]) =>
      Object.entries(rows ?? {}).flatMap(([row, cols]) =>
        Object.keys(cols).map((col) => [t, row, col] as const),
      ),
    );
    fc.assert(
      fc.property(
        fc.nat(),
        fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 500 }), fc.double()),
        (i, v) => {
          const cell = cells[i % cells.length];
          if (cell === undefined) expect.unreachable("the report has no cells");
          const [t, row, col] = cell;
          const r = withCell(base, t as "table2", row, col, v);
          const fs = check(r);
          expect(Array.isArray(fs)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("sortFindings and formatFinding", () => {
  const m = { zh: "…", en: "…" };
  const at = (table: string, row: string, col: string) => [{ table, row, col }];

  it("orders by severity, then whole-report findings, then table position", () => {
    const sorted = sortFindings([
      { rule: "CELL-BLANK", severity: "warning", cells: at("table2", "rules", "issued"), message: m },
      {
        rule: "T4-GROUP-TOTAL",
        severity: "error",
        cells: at("table4", "cases", "review.upheld"),
        message: m,
      },
      {
        rule: "T3-ROW-TOTAL",
        severity: "error",
        cells: at("table3", "carriedOut", "naturalPerson"),
        message: m,
      },
      {
        rule: "T3-ROW-TOTAL",
        severity: "error",
        cells: at("table3", "received", "naturalPerson"),
        message: m,
      },
      { rule: "STRUCT-SECTIONS", severity: "error", cells: [], message: m },
      { rule: "T3-BALANCE", severity: "error", cells: at("table3", "received", "total"), message: m },
    ]);
    expect(sorted.map((f) => `${f.rule}@${f.cells[0]?.row ?? ""}/${f.cells[0]?.col ?? ""}`)).toEqual([
      "STRUCT-SECTIONS@/",
      "T3-ROW-TOTAL@received/naturalPerson",
      "T3-BALANCE@received/total",
      "T3-ROW-TOTAL@carriedOut/naturalPerson",
      "T4-GROUP-TOTAL@cases/review.upheld",
      "CELL-BLANK@rules/issued",
    ]);
  });

  it("prints a finding in Chinese, English or both", () => {
    const [f] = check(withCell(yanchi("2021"), "table4", "cases", "review.total", 1));
    if (f === undefined) expect.unreachable("no finding for a wrong group total");
    expect(formatFinding(f, "zh")).toBe(
      "错误 T4-GROUP-TOTAL 表四“行政复议”：总计为1，但结果维持、结果纠正、其他结果、尚未审结之和为0",
    );
    expect(formatFinding(f, "en")).toBe(
      "error T4-GROUP-TOTAL table4 group review (“行政复议”): the total is 1, but upheld + corrected + other + pending = 0",
    );
    expect(formatFinding({ ...f, unit: "盐池县财政局" }, "both").split("\n")).toHaveLength(2);
  });
});
