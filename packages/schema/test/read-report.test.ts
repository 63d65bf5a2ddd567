import { describe, expect, it } from "vitest";
import { readReport } from "../src/index.js";
import { readTestdata } from "./testdata.js";

describe("readReport", () => {
  it("reads the corpus form {agency, year, format, cells}", async () => {
    const r = await readReport(readTestdata("corpus/2025-shuyang-county.cells.json"), {
      file: "shuyang.json",
    });
    expect(r.ok).toBe(true);
    expect(r.kind).toBe("cells");
    expect(r.report?.agency.name).toBe("沭阳县人民政府");
    expect(r.report?.tables.table3?.received?.total).toBeGreaterThan(0);
  });

  it("reads a report JSON and a cells CSV, and asks for the year of bare cells", async () => {
    const json = JSON.stringify({
      agency: { name: "盐池县人民政府", level: "county" },
      year: 2020,
      format: "2019",
      tables: {},
    });
    expect((await readReport(json, { file: "r.json" })).kind).toBe("report");
    const csv = "table,row,col,value\ntable3,received,total,5\n";
    expect((await readReport(csv, { file: "c.csv" })).needsYear).toBe(true);
    const r = await readReport(csv, { file: "c.csv", year: 2022 });
    expect(r.report?.format).toBe("2021");
    expect(r.cells).toMatchObject({ lines: 1, accepted: 1, rejected: 0 });
  });

  it("locates a JSON syntax error by line and column, and reports an empty file", async () => {
    const r = await readReport('{\n  "agency": {\n    "name": "x",,\n', { file: "bad.json" });
    expect(r.issues[0]).toMatchObject({
      code: "JSON-SYNTAX",
      location: { kind: "json", file: "bad.json", line: 3, column: 17 },
    });
    expect((await readReport(new Uint8Array(), { file: "e.json" })).issues[0]?.code).toBe("FILE-EMPTY");
  });
});
