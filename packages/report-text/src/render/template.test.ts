import { type Cell, cellDefs, readCellsCsv } from "@disclosure/schema";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { corpusReports } from "../../test/testdata.js";
import { renderTemplate, templateCsvLines } from "./template.js";

/** Fills the value column of the CSV template from cells, as a township office does in Excel. */
function fill(csv: string, cells: readonly Cell[]): string {
  const byKey = new Map(cells.map((c) => [`${c.table}/${c.row}/${c.col}`, c.value]));
  const [head, ...lines] = csv
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");
  const rows = Papa.parse<string[]>(lines.join("\r\n")).data;
  const out = rows.map((r) => {
    const v = byKey.get(`${r[0]}/${r[1]}/${r[2]}`);
    r[3] = v === undefined || v === null ? "" : String(v);
    return Papa.unparse([r]);
  });
  return `\uFEFF${head}\r\n${out.join("\r\n")}\r\n`;
}

describe("renderTemplate .csv", () => {
  it("lists every cell of the format once, in printed order, with an empty value and its labels", async () => {
    for (const format of ["2021", "2019"] as const) {
      const csv = await renderTemplate(format, { to: "csv" });
      expect(csv.startsWith("\uFEFFtable,row,col,value,表格名称,行名称,列名称\r\n")).toBe(true);
      const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data.slice(1);
      expect(rows.map((r) => `${r[0]}/${r[1]}/${r[2]}`)).toEqual(
        cellDefs(format).map((d) => `${d.table}/${d.row}/${d.col}`),
      );
      expect(rows.every((r) => r[3] === "" && r.length === 7)).toBe(true);
    }
    expect(templateCsvLines("2021")).toHaveLength(200);
    expect(templateCsvLines("2019")).toHaveLength(198);
  });

  it("labels each line with its table, row path and column path", () => {
    const line = templateCsvLines("2021").find(
      (l) => l.row === "withheld.stateSecret" && l.col === "commercial",
    );
    expect(line).toMatchObject({
      tableLabel: "三、收到和处理政府信息公开申请情况",
      rowLabel: "三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密",
      colLabel: "申请人情况 / 法人或其他组织 / 商业企业",
    });
    const fee = templateCsvLines("2021").find((l) => l.row === "fees");
    expect(fee).toMatchObject({
      tableLabel: "二、主动公开政府信息情况 / 第二十条第（八）项",
      colLabel: "本年收费金额（单位：万元）",
    });
  });

  it("once filled in, reads back (readCellsCsv) as the cells that were filled: the corpus reports", async () => {
    for (const c of corpusReports()) {
      const filled = fill(await renderTemplate(c.format, { to: "csv" }), c.cells);
      const read = await readCellsCsv(filled, { format: c.format, file: `${c.slug}.csv` });
      expect(read.issues).toEqual([]);
      const expected = new Map(c.cells.map((x) => [`${x.table}/${x.row}/${x.col}`, x.value]));
      for (const cell of read.cells) {
        // Cells the corpus lacks stay unfilled and read as blank.
        expect([cell.table, cell.row, cell.col, cell.value]).toEqual([
          cell.table,
          cell.row,
          cell.col,
          expected.get(`${cell.table}/${cell.row}/${cell.col}`) ?? null,
        ]);
      }
      const collapsed = c.format === "2021" ? c.cells.filter((x) => x.row === "otherHandling").length : 0;
      expect(read.cells.filter((x) => expected.has(`${x.table}/${x.row}/${x.col}`))).toHaveLength(
        c.cells.length - collapsed,
      );
    }
  });

  it("an unfilled template reads back as blank cells, each one warned about", async () => {
    const read = await readCellsCsv(await renderTemplate("2021", { to: "csv" }), { format: "2021" });
    expect(read.ok).toBe(true);
    expect(read.cells).toHaveLength(200);
    expect(read.cells.every((c) => c.value === null)).toBe(true);
  });
});
