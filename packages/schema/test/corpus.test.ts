// The real reports of ../testdata/corpus validate after fromCells (their arithmetic
// errors are for @disclosure/stats), and cells round-trip exactly.
import { describe, expect, it } from "vitest";
import {
  cellKey,
  fromCells,
  migrate2019to2021,
  toCells,
  validateCells,
  validateReport,
} from "../src/index.js";
import { corpusReports } from "./testdata.js";

const reports = corpusReports();

describe("corpus reports", () => {
  it("has the 12 corpus reports", () => {
    expect(reports).toHaveLength(12);
  });

  for (const r of reports) {
    it(`${r.slug}: cells validate, build a valid report and round-trip`, () => {
      const cells = validateCells(r.cells, { format: r.format });
      expect(cells.ok, JSON.stringify(!cells.ok && cells.issues.slice(0, 3))).toBe(true);
      const { tables, raw, issues } = fromCells(r.cells, { format: r.format });
      expect(issues).toEqual([]);
      const report = validateReport({
        agency: { name: r.agency, level: "county" },
        year: r.year,
        format: r.format,
        tables,
        ...(raw ? { raw } : {}),
      });
      expect(report.ok, JSON.stringify(!report.ok && report.issues.slice(0, 3))).toBe(true);
      if (!report.ok) return;
      const back = toCells(report.value);
      const sortKey = (c: { table: string; row: string; col: string }) => cellKey(c.table, c.row, c.col);
      expect([...back].sort((a, b) => sortKey(a).localeCompare(sortKey(b)))).toEqual(
        [...r.cells].sort((a, b) => sortKey(a).localeCompare(sortKey(b))),
      );
      // Blank published cells stay null, never 0.
      const blanks = r.cells.filter((c) => c.value === null).length;
      expect(back.filter((c) => c.value === null)).toHaveLength(blanks);
    });
  }

  it("keeps 上海 2019's 251000元 as raw text with its value in 万元", () => {
    const sh = reports.find((r) => r.slug === "2019-shanghai-municipal-office")!;
    const { raw, tables } = fromCells(sh.cells, { format: "2019" });
    expect(tables.table2?.procurement?.amountWan).toBe(25.1);
    expect(raw?.["table2/procurement/amountWan"]).toBe("251000元");
  });

  it("migrates the 2019-format corpus reports to 2021, listing what could not be carried over", () => {
    const sh = reports.find((r) => r.slug === "2019-shanghai-municipal-office")!;
    const { tables } = fromCells(sh.cells, { format: "2019" });
    const { report, notes } = migrate2019to2021({
      agency: { name: sh.agency, level: "department" },
      year: 2019,
      format: "2019",
      sections: {},
      tables,
    });
    expect(report.format).toBe("2021");
    expect(report.source).toEqual({ format: "2019", migrated: true });
    expect(report.tables.table3?.["otherHandling.other"]).toEqual(tables.table3?.otherHandling);
    expect(report.tables.table3?.["otherHandling.unpaidFee"]?.total).toBe(0);
    expect(report.tables.table3?.otherHandling).toBeUndefined();
    expect(report.tables.table2?.normativeDocuments?.issued).toBe(
      tables.table2?.normativeDocuments?.newlyMade,
    );
    expect(report.legacy2019?.table2?.procurement?.amountWan).toBe(25.1);
    expect(notes.map((n) => n.code)).toEqual(["MIGRATE-APPROX", "MIGRATE-APPROX", "MIGRATE-LEGACY-KEPT"]);
    // The migrated report is a valid 2021 report.
    expect(validateReport(report).ok).toBe(true);
  });
});
