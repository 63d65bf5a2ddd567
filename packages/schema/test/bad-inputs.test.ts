// Bad input never crashes and never disappears: every case gets a located,
// bilingual message (Chinese first, English twin).
import { describe, expect, it } from "vitest";
import { lineOf } from "./issue-at.js";
import {
  type Issue,
  readCells,
  readCellsCsv,
  readCellsJsonl,
  validateCells,
  validateReport,
} from "../src/index.js";

const hex = (h: string) => new Uint8Array(h.match(/../g)!.map((b) => Number.parseInt(b, 16)));
const agency = { name: "盐池县人民政府", level: "county" };
const report = (tables: unknown, extra: Record<string, unknown> = {}) => ({
  agency,
  year: 2020,
  format: "2019",
  tables,
  ...extra,
});
const t3 = (row: string, col: string, value: unknown) => report({ table3: { [row]: { [col]: value } } });

type Outcome = { issues: readonly Issue[]; warnings: readonly Issue[]; ok: boolean };
const fromReport = (input: unknown): Outcome => {
  const r = validateReport(input);
  return r.ok
    ? { ok: true, issues: [], warnings: r.warnings }
    : { ok: false, issues: r.issues, warnings: r.warnings };
};
const fromJsonl = (text: string | Uint8Array, file = "cells.jsonl") =>
  readCellsJsonl(text, { format: "2021", file });
const fromCsv = (text: string | Uint8Array, file = "cells.csv") =>
  readCellsCsv(text, { format: "2021", file });

interface Case {
  name: string;
  run: () => Outcome | Promise<Outcome>;
  /** Expected issue (or warning) code, and where it must be located. */
  code: string;
  where: { path?: (string | number)[]; line?: number; file?: string };
  /** A warning only: the input is accepted. */
  accepted?: boolean;
}

const cases: Case[] = [
  {
    name: "report is a string",
    run: () => fromReport("盐池县"),
    code: "REPORT-NOT-OBJECT",
    where: { path: [] },
  },
  {
    name: "report is an array",
    run: () => fromReport([1, 2]),
    code: "REPORT-NOT-OBJECT",
    where: { path: [] },
  },
  { name: "report is null", run: () => fromReport(null), code: "REPORT-NOT-OBJECT", where: { path: [] } },
  {
    name: "missing agency",
    run: () => fromReport({ year: 2020, format: "2019" }),
    code: "SCHEMA-INVALID-TYPE",
    where: { path: ["agency"] },
  },
  {
    name: "agency without name",
    run: () => fromReport({ ...report({}), agency: { level: "county" } }),
    code: "SCHEMA-INVALID-TYPE",
    where: { path: ["agency", "name"] },
  },
  {
    name: "unknown agency level",
    run: () => fromReport({ ...report({}), agency: { name: "x", level: "village" } }),
    code: "SCHEMA-INVALID-VALUE",
    where: { path: ["agency", "level"] },
  },
  {
    name: "year before 2008",
    run: () => fromReport({ ...report({}), year: 2007 }),
    code: "SCHEMA-TOO-SMALL",
    where: { path: ["year"] },
  },
  {
    name: "year in the future",
    run: () => fromReport({ ...report({}), year: 2999 }),
    code: "REPORT-YEAR-FUTURE",
    where: { path: ["year"] },
  },
  {
    name: "year as text",
    run: () => fromReport({ ...report({}), year: "二〇二〇" }),
    code: "SCHEMA-INVALID-TYPE",
    where: { path: ["year"] },
  },
  {
    name: "fractional year",
    run: () => fromReport({ ...report({}), year: 2020.5 }),
    code: "SCHEMA-INVALID-TYPE",
    where: { path: ["year"] },
  },
  {
    name: "unknown format",
    run: () => fromReport({ ...report({}), format: "2008" }),
    code: "SCHEMA-INVALID-VALUE",
    where: { path: ["format"] },
  },
  {
    name: "negative count",
    run: () => fromReport(t3("received", "total", -1)),
    code: "CELL-COUNT",
    where: { path: ["tables", "table3", "received", "total"] },
  },
  {
    name: "negative count as text",
    run: () => fromReport(t3("received", "total", "-3")),
    code: "CELL-NEGATIVE",
    where: { path: ["tables", "table3", "received", "total"] },
  },
  {
    name: "non-integer count",
    run: () => fromReport(t3("granted", "naturalPerson", 1.5)),
    code: "CELL-COUNT",
    where: { path: ["tables", "table3", "granted", "naturalPerson"] },
  },
  {
    name: "non-integer count as text",
    run: () => fromReport(t3("granted", "naturalPerson", "2.5")),
    code: "CELL-NOT_INTEGER",
    where: { path: ["tables", "table3", "granted", "naturalPerson"] },
  },
  {
    name: "text that is no number",
    run: () => fromReport(t3("received", "total", "若干")),
    code: "CELL-NOT_A_NUMBER",
    where: { path: ["tables", "table3", "received", "total"] },
  },
  {
    name: "boolean value",
    run: () => fromReport(t3("received", "total", true)),
    code: "CELL-COUNT",
    where: { path: ["tables", "table3", "received", "total"] },
  },
  {
    name: "unknown row code",
    run: () => fromReport(t3("receieved", "total", 1)),
    code: "CELL-UNKNOWN",
    where: { path: ["tables", "table3", "receieved", "total"] },
  },
  {
    name: "unknown column code",
    run: () => fromReport(t3("received", "company", 1)),
    code: "CELL-UNKNOWN",
    where: { path: ["tables", "table3", "received", "company"] },
  },
  {
    name: "2021 column in a 2019 report",
    run: () => fromReport(report({ table2: { rules: { issued: 1 } } })),
    code: "CELL-UNKNOWN",
    where: { path: ["tables", "table2", "rules", "issued"] },
  },
  {
    name: "2021 （六） sub-row in a 2019 report",
    run: () => fromReport(t3("otherHandling.other", "total", 1)),
    code: "CELL-UNKNOWN",
    where: { path: ["tables", "table3", "otherHandling.other", "total"] },
  },
  {
    name: "money with 5 decimals (warning)",
    run: () =>
      fromReport({ ...report({ table2: { fees: { amountWan: 1.23456 } } }), format: "2021", year: 2022 }),
    code: "CELL-MONEY-PRECISION",
    where: { path: ["tables", "table2", "fees", "amountWan"] },
    accepted: true,
  },
  {
    name: "negative money",
    run: () => fromReport({ ...report({ table2: { fees: { amountWan: -2 } } }), format: "2021", year: 2022 }),
    code: "CELL-MONEY",
    where: { path: ["tables", "table2", "fees", "amountWan"] },
  },
  {
    name: "full-width digits (warning)",
    run: () => fromReport(t3("received", "total", "１２")),
    code: "NORMALIZED-FULLWIDTH",
    where: { path: ["tables", "table3", "received", "total"] },
    accepted: true,
  },
  {
    name: "Chinese numeral (warning)",
    run: () => fromReport(t3("received", "total", "四万")),
    code: "NORMALIZED-CHINESE_NUMERAL",
    where: { path: ["tables", "table3", "received", "total"] },
    accepted: true,
  },
  {
    name: "thousands separator (warning)",
    run: () => fromReport(t3("received", "total", "1,234")),
    code: "NORMALIZED-THOUSANDS",
    where: { path: ["tables", "table3", "received", "total"] },
    accepted: true,
  },
  {
    name: "slash blank kept as null (warning)",
    run: () => fromReport(t3("received", "total", "/")),
    code: "CELL-BLANK",
    where: { path: ["tables", "table3", "received", "total"] },
    accepted: true,
  },
  {
    name: "bad date",
    run: () => fromReport({ ...report({}), publishedDate: "2021-02-30" }),
    code: "SCHEMA-INVALID-FORMAT",
    where: { path: ["publishedDate"] },
  },
  {
    name: "cells not an array",
    run: () => {
      const r = validateCells({ a: 1 }, { format: "2021" });
      return r.ok
        ? { ok: true, issues: [], warnings: [] }
        : { ok: false, issues: r.issues, warnings: r.warnings };
    },
    code: "CELLS-NOT-ARRAY",
    where: { path: [] },
  },
  {
    name: "cell with unknown table",
    run: () => {
      const r = validateCells([{ table: "table5", row: "x", col: "y", value: 1 }], { format: "2021" });
      return r.ok
        ? { ok: true, issues: [], warnings: [] }
        : { ok: false, issues: r.issues, warnings: r.warnings };
    },
    code: "SCHEMA-INVALID-VALUE",
    where: { path: ["cells", 0, "table"] },
  },
  {
    name: "malformed JSON line",
    run: () => fromJsonl('{"table":"table3","row":"received","col":"total","value":1}\n{"table":"table3",'),
    code: "JSONL-SYNTAX",
    where: { line: 2, file: "cells.jsonl" },
  },
  {
    name: "JSON line that is an array",
    run: () => fromJsonl("[1,2,3]\n"),
    code: "JSONL-NOT-CELL",
    where: { line: 1, file: "cells.jsonl" },
  },
  {
    name: "JSON line without value",
    run: () => fromJsonl('\n\n{"table":"table3","row":"received","col":"total"}\n'),
    code: "CELL-VALUE-MISSING",
    where: { line: 3, file: "cells.jsonl" },
  },
  {
    name: "JSON line with unknown code",
    run: () => fromJsonl('{"table":"table3","row":"received","col":"toatl","value":1}'),
    code: "CELL-UNKNOWN",
    where: { line: 1, file: "cells.jsonl" },
  },
  { name: "empty JSONL file", run: () => fromJsonl(""), code: "FILE-EMPTY", where: { file: "cells.jsonl" } },
  {
    name: "empty CSV file",
    run: () => fromCsv(new Uint8Array()),
    code: "FILE-EMPTY",
    where: { file: "cells.csv" },
  },
  {
    name: "CSV without the value column",
    run: () => fromCsv("table,row,col\ntable3,received,total\n"),
    code: "CSV-HEADER",
    where: { line: 1, file: "cells.csv" },
  },
  {
    name: "CSV negative count on line 3",
    run: () => fromCsv("table,row,col,value\ntable3,received,total,5\ntable3,carriedIn,total,-1\n"),
    code: "CELL-NEGATIVE",
    where: { line: 3, file: "cells.csv" },
  },
  {
    name: "GBK CSV from Excel (warning)",
    run: () =>
      fromCsv(
        hex(
          "7461626c652c726f772c636f6c2c76616c75650d0ab1edc8fd2cd2bba1a2b1bec4ead0c2cad5d5feb8aed0c5cfa2b9abbfaac9eac7ebcafdc1bf2cd7dcbcc62c350d0a7461626c65332c72656365697665642c6e61747572616c506572736f6e2ca3b50d0a",
        ),
      ),
    code: "ENCODING-GB18030",
    where: { file: "cells.csv" },
    accepted: true,
  },
  {
    name: "BOM and Traditional labels (warning)",
    run: () =>
      fromCsv(
        new TextEncoder().encode(
          "\uFEFFtable,row,col,value\r\ntable3,一、本年新收政府信息公開申請數量,總計,3\r\n",
        ),
      ),
    code: "LABEL-TRADITIONAL",
    where: { line: 2, file: "cells.csv" },
    accepted: true,
  },
];

describe("bad inputs: located, bilingual, never a crash", () => {
  it("has 40 cases", () => expect(cases).toHaveLength(40));
  for (const c of cases) {
    it(c.name, async () => {
      const out = await c.run();
      const all = [...out.issues, ...out.warnings];
      const hit = all.find((i) => i.code === c.code);
      expect(hit, `${c.code} in ${JSON.stringify(all.map((i) => i.code))}`).toBeDefined();
      if (!hit) return;
      expect(hit.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(hit.message.en).toMatch(/[a-z]/);
      if (c.where.path) expect(hit.location).toMatchObject({ kind: "json", path: c.where.path });
      if (c.where.line) expect(lineOf(hit)).toBe(c.where.line);
      if (c.where.file) expect(hit.location?.file).toBe(c.where.file);
      expect(out.ok).toBe(c.accepted === true);
    });
  }

  it("reads the GBK CSV's cells: label rows matched, full-width digits normalised", async () => {
    const r = await fromCsv(
      hex(
        "7461626c652c726f772c636f6c2c76616c75650d0ab1edc8fd2cd2bba1a2b1bec4ead0c2cad5d5feb8aed0c5cfa2b9abbfaac9eac7ebcafdc1bf2cd7dcbcc62c350d0a7461626c65332c72656365697665642c6e61747572616c506572736f6e2ca3b50d0a",
      ),
    );
    expect(r.encoding).toBe("gb18030");
    expect(r.cells).toEqual([
      { table: "table3", row: "received", col: "total", value: 5 },
      { table: "table3", row: "received", col: "naturalPerson", value: 5, raw: "５" },
    ]);
    expect([r.lines, r.accepted, r.rejected]).toEqual([2, 2, 0]);
  });

  it("keeps the good lines of a file with bad ones, counting both", async () => {
    const r = await fromCsv(
      "table,row,col,value\ntable3,received,total,5\ntable3,carriedIn,total,-1\ntable3,received,naturalPerson,五\n",
    );
    expect(r.cells.map((c) => [c.row, c.col, c.value])).toEqual([
      ["received", "total", 5],
      ["received", "naturalPerson", 5],
    ]);
    expect([r.lines, r.accepted, r.rejected]).toEqual([3, 2, 1]);
  });

  it("reads a 100 MB file without crashing and caps the listed issues", async () => {
    const line = '{"table":"table3","row":"received","col":"total","value":"x"}\n';
    const big = line.repeat(Math.ceil((100 * 1024 * 1024) / line.length));
    const r = await readCells(big, { format: "2021", file: "big.jsonl" });
    expect(r.ok).toBe(false);
    expect(r.lines).toBeGreaterThan(1_600_000);
    expect(r.accepted).toBe(0);
    expect(r.issues.length).toBe(1001);
    expect(r.issues.at(-1)?.code).toBe("ISSUES-TRUNCATED");
    expect(r.issues[0]).toMatchObject({ location: { file: "big.jsonl", line: 1 } });
  }, 240_000); // 1.6 million lines: a busy machine needs more than the default minute
});
