import { yanchiReport2020 } from "@disclosure/samples";
import { TABLE_IDS, cellDefs } from "@disclosure/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { corpusReport, corpusReports } from "../../test/testdata.js";
import { reportArb } from "../../test/sample.js";
import { fillGrid } from "./grid.js";
import { gridHtml } from "./html.js";
import { type TableModel, type TableModelCell, tableCellKey, tableModel } from "./table-model.js";

const cells = (m: TableModel): TableModelCell[] => m.groups.flatMap((g) => g.rows.flatMap((r) => r.cells));
const values = (m: TableModel) => cells(m).filter((c) => c.kind === "value");

describe("tableModel", () => {
  it("gives 盐池县 2020's table 三 with its values, keys and official labels", () => {
    const m = tableModel("2019", "table3", yanchiReport2020.tables);
    expect(m.groups.map((g) => g.tag)).toEqual(["thead", "tbody"]);
    const received = values(m).find((c) => c.key === "table3|received|total");
    expect(received).toMatchObject({ value: 5, text: "5", row: "received", col: "total", tag: "td" });
    expect(received?.label).toBe("申请人情况 总计 一、本年新收政府信息公开申请数量");
    const natural = values(m).find((c) => c.key === "table3|received|naturalPerson");
    expect(natural?.label).toBe("申请人情况 自然人 一、本年新收政府信息公开申请数量");
    expect(natural?.headers?.length).toBe(3);
  });

  it("has one value cell per cell of the format, each key once (every table, both formats)", () => {
    for (const format of ["2021", "2019"] as const) {
      for (const t of TABLE_IDS) {
        const keys = values(tableModel(format, t, {})).map((c) => c.key);
        expect(new Set(keys).size).toBe(keys.length);
        expect(new Set(keys)).toEqual(new Set(cellDefs(format, t).map((d) => tableCellKey(t, d.row, d.col))));
      }
    }
  });

  it("names every value cell by header ids the model defines, and keeps a blank apart from an absent cell", () => {
    const r = corpusReport("2024-shanghai-science-commission");
    for (const t of TABLE_IDS) {
      const m = tableModel(r.format, t, r.tables, { idPrefix: "x-" });
      const ids = new Set(cells(m).flatMap((c) => (c.id ? [c.id] : [])));
      for (const c of values(m)) {
        expect(c.headers?.every((h) => ids.has(h))).toBe(true);
        const v = r.tables[t]?.[c.row ?? ""]?.[c.col ?? ""];
        expect(c.value).toBe(v);
        expect(c.absent ?? false).toBe(v === undefined);
      }
    }
  });

  it("is what the HTML writer prints, cell for cell (corpus reports)", () => {
    for (const c of corpusReports().slice(0, 6)) {
      const r = corpusReport(c.slug);
      for (const t of TABLE_IDS) {
        const html = gridHtml(fillGrid(r.format, t, r.tables), `${t}-`);
        const printed = [...html.matchAll(/data-cell="([^"]+)"[^>]*>([^<]*)</g)].map((x) => [x[1], x[2]]);
        expect(printed).toEqual(values(tableModel(r.format, t, r.tables)).map((v) => [v.key, v.text]));
      }
    }
  });

  it("holds every value of a report in its cell (property)", () => {
    fc.assert(
      fc.property(reportArb, (r) => {
        for (const t of TABLE_IDS) {
          for (const c of values(tableModel(r.format, t, r.tables))) {
            const v = r.tables[t]?.[c.row ?? ""]?.[c.col ?? ""];
            if (v === undefined) expect(c.absent).toBe(true);
            else expect(c.value).toBe(v);
          }
        }
      }),
      { numRuns: 25 },
    );
  });
});
