import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capIssues, issueList, type Issue, type Location } from "./issues.js";
import { describeLocation, formatLocation, issueInFile, sheetCellLocation } from "./location.js";
import { parseJson } from "./json-parse.js";
import { readCells } from "./cells-io.js";

const issue = (location?: Location): Issue => ({
  code: "X",
  severity: "error",
  message: { zh: "错", en: "wrong" },
  ...(location ? { location } : {}),
});

describe("formatLocation: one short line for every kind", () => {
  it("keeps the JSON path and file:line forms the command line has always printed", () => {
    expect(
      formatLocation({
        kind: "json",
        file: "r.json",
        line: 2,
        column: 3,
        path: ["tables", "table3", "received"],
      }),
    ).toBe("r.json:2 col 3 tables.table3.received");
    expect(formatLocation({ kind: "json", path: ["cells", 3, "value"] })).toBe("cells[3].value");
    expect(formatLocation({ kind: "json", path: [] })).toBe("");
    expect(formatLocation({ kind: "text", file: "cells.csv", line: 12 })).toBe("cells.csv:12");
    expect(formatLocation({ kind: "text", file: "cells.csv", line: 1, column: 5 })).toBe("cells.csv:1 col 5");
    expect(formatLocation({ kind: "text", file: "ledger.csv", line: 4, field: "收到日期" })).toBe(
      "ledger.csv:4 col 收到日期",
    );
    expect(formatLocation({ kind: "text", line: 14, column: 31 })).toBe("line 14 col 31");
    expect(formatLocation({ kind: "file", file: "r.json" })).toBe("r.json");
    expect(formatLocation(undefined)).toBe("");
  });

  it("names a sheet cell in A1 style, an element path, a PDF page and a .docx table cell", () => {
    expect(
      formatLocation({
        kind: "sheet",
        file: "目录.xlsx",
        sheet: "社会救助",
        row: 12,
        cell: "F12",
        column: "公开时限",
      }),
    ).toBe("目录.xlsx 社会救助!F12 column 公开时限");
    expect(formatLocation({ kind: "sheet", sheet: "Sheet 1", row: 3 })).toBe("sheet Sheet 1 row 3");
    expect(formatLocation({ kind: "html", path: "body>table[1]>tr[3]>td[2]" })).toBe(
      "body>table[1]>tr[3]>td[2]",
    );
    expect(formatLocation({ kind: "pdf", page: 3, x: 318.7, y: 328.7 })).toBe("p.3 (x 319, y 329)");
    expect(formatLocation({ kind: "pdf", file: "r.pdf", page: 3 })).toBe("r.pdf p.3");
    expect(formatLocation({ kind: "docx", table: 2, row: 5, cell: 3 })).toBe("docx table 2 row 5 cell 3");
    expect(formatLocation({ kind: "docx", paragraph: 4 })).toBe("docx paragraph 4");
    expect(formatLocation({ kind: "docx", part: "word/document.xml" })).toBe("docx word/document.xml");
  });

  it("prints the line and column of an issue a reader located", async () => {
    const r = parseJson('{"a":1,\n "a":2}', { file: "r.json" });
    expect(r.ok ? "" : formatLocation(r.issues[0]?.location)).toBe("r.json:2 col 2 a");
    const cells = await readCells("table,row,col,value,vlaue\n", { format: "2021", file: "c.csv" });
    expect(formatLocation(cells.warnings.find((w) => w.code === "CSV-UNKNOWN-COLUMN")?.location)).toBe(
      "c.csv:1 col 5",
    );
  });
});

describe("describeLocation: where, in both languages", () => {
  it("names a sheet cell as a formula bar does, else the sheet and the row", () => {
    expect(
      describeLocation({ kind: "sheet", file: "民政局.csv", row: 12, cell: "F12", column: "公开时限" }),
    ).toEqual({
      zh: "民政局.csv F12 “公开时限”列",
      en: "民政局.csv F12 column 公开时限",
    });
    expect(describeLocation({ kind: "sheet", file: "目录.xlsx", sheet: "社会救助", row: 12 })).toEqual({
      zh: "目录.xlsx 工作表“社会救助” 第12行",
      en: "目录.xlsx sheet 社会救助 row 12",
    });
    expect(describeLocation({ kind: "sheet", sheet: "O'Brien list", cell: "A2" }).en).toBe(
      "'O''Brien list'!A2",
    );
  });

  it("names lines, columns, paths, pages and .docx places", () => {
    expect(describeLocation({ kind: "text", file: "cells.csv", line: 3, column: 7 })).toEqual({
      zh: "cells.csv 第3行第7列",
      en: "cells.csv line 3, column 7",
    });
    expect(describeLocation({ kind: "text", line: 4, field: "收到日期" })).toEqual({
      zh: "第4行 “收到日期”列",
      en: "line 4 column 收到日期",
    });
    expect(describeLocation({ kind: "json", file: "r.json", path: ["tables", "table3"] })).toEqual({
      zh: "r.json tables.table3",
      en: "r.json tables.table3",
    });
    expect(describeLocation({ kind: "pdf", page: 3, x: 492.4, y: 328.7 })).toEqual({
      zh: "第3页（x 492, y 329）",
      en: "p.3 (x 492, y 329)",
    });
    expect(describeLocation({ kind: "docx", table: 2, row: 5, cell: 3 })).toEqual({
      zh: "Word 表格2第5行第3格",
      en: "Word table 2 row 5 cell 3",
    });
    expect(describeLocation({ kind: "docx", paragraph: 7 }).zh).toBe("Word 第7段");
    expect(describeLocation({ kind: "file", file: "r.json" })).toEqual({ zh: "r.json", en: "r.json" });
  });

  const locations: fc.Arbitrary<Location> = fc.oneof(
    fc.record({
      kind: fc.constant("json" as const),
      file: fc.string({ minLength: 1 }),
      path: fc.array(fc.oneof(fc.string(), fc.nat())),
      line: fc.option(fc.integer({ min: 1 }), { nil: undefined }),
      column: fc.option(fc.integer({ min: 1 }), { nil: undefined }),
    }),
    fc.record({
      kind: fc.constant("text" as const),
      file: fc.string({ minLength: 1 }),
      line: fc.integer({ min: 1 }),
      column: fc.option(fc.integer({ min: 1 }), { nil: undefined }),
      field: fc.option(fc.string(), { nil: undefined }),
    }),
    fc.record({
      kind: fc.constant("sheet" as const),
      file: fc.string({ minLength: 1 }),
      sheet: fc.option(fc.string(), { nil: undefined }),
      row: fc.option(fc.integer({ min: 1 }), { nil: undefined }),
      cell: fc.option(fc.string(), { nil: undefined }),
      column: fc.option(fc.string(), { nil: undefined }),
    }),
    fc.record({ kind: fc.constant("html" as const), file: fc.string({ minLength: 1 }), path: fc.string() }),
    fc.record({
      kind: fc.constant("pdf" as const),
      file: fc.string({ minLength: 1 }),
      page: fc.integer({ min: 1 }),
      x: fc.option(fc.double({ noNaN: true }), { nil: undefined }),
      y: fc.option(fc.double({ noNaN: true }), { nil: undefined }),
    }),
    fc.record({
      kind: fc.constant("docx" as const),
      file: fc.string({ minLength: 1 }),
      table: fc.option(fc.integer({ min: 1 }), { nil: undefined }),
      row: fc.option(fc.integer({ min: 1 }), { nil: undefined }),
      paragraph: fc.option(fc.integer({ min: 1 }), { nil: undefined }),
    }),
    fc.record({ kind: fc.constant("file" as const), file: fc.string({ minLength: 1 }) }),
  );

  it("both forms start with the file's name, whatever the kind", () => {
    fc.assert(
      fc.property(locations, (loc) => {
        const file = loc.file ?? "";
        const words = describeLocation(loc);
        expect(words.zh.startsWith(file)).toBe(true);
        expect(words.en.startsWith(file)).toBe(true);
        expect(formatLocation(loc).startsWith(file)).toBe(true);
      }),
    );
  });
});

describe("locations the readers share", () => {
  it("sheetCellLocation splits sheet!A1 at the last !", () => {
    expect(sheetCellLocation("表三!D7", "f.xlsx")).toEqual({
      kind: "sheet",
      file: "f.xlsx",
      sheet: "表三",
      row: 7,
      cell: "D7",
    });
    expect(sheetCellLocation("a!b!C12")).toMatchObject({ sheet: "a!b", cell: "C12", row: 12 });
  });

  it("issueInFile names the file in any location, or locates an unlocated issue at the file", () => {
    expect(issueInFile(issue({ kind: "json", path: ["year"] }), "r.json").location).toEqual({
      kind: "json",
      path: ["year"],
      file: "r.json",
    });
    expect(issueInFile(issue(), "r.json").location).toEqual({ kind: "file", file: "r.json" });
    expect(issueInFile(issue(), undefined).location).toBeUndefined();
  });

  it("the issue that counts the issues not listed is located at the file", () => {
    const list = issueList(1);
    list.push(issue());
    list.push(issue());
    expect(list.done("c.jsonl").at(-1)).toMatchObject({
      code: "ISSUES-TRUNCATED",
      value: 1,
      location: { kind: "file", file: "c.jsonl" },
    });
    expect(capIssues([[issue(), issue()]], 1).at(-1)?.location).toBeUndefined();
  });
});
