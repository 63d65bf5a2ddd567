import { type FormatId, type TableId, cellDefs, fromScaled, getFormat, tableGrid } from "@disclosure/schema";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { corpusReport } from "../../test/corpus-report.js";
import { defined, itemAt } from "../../test/item-at.js";
import { extraCells, fillGrid, flattenGrid, layoutGrid, valueText } from "./grid.js";

const FORMATS: FormatId[] = ["2021", "2019"];
const TABLES: TableId[] = ["table2", "table3", "table4"];

describe("valueText", () => {
  it("prints zero as 0, blanks and absent cells as empty", () => {
    expect(valueText(0)).toBe("0");
    expect(valueText(null)).toBe("");
    expect(valueText(undefined)).toBe("");
  });

  it("prints money exactly: 平潭 2022 行政事业性收费 9116.36 万元, 1 元 = 0.0001 万元", () => {
    expect(valueText(9116.36)).toBe("9116.36");
    expect(valueText(0.0001)).toBe("0.0001");
    expect(valueText(1e-7)).toBe("0.0000001");
    expect(valueText(0.1 + 0.2)).not.toBe("0.3"); // the float sum is not a cell value; cells come exact
  });

  it("prints every amount of up to 4 decimals as its exact decimal literal", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 14n }), (yuan) => {
        const literal = fromScaled(yuan, 4);
        expect(valueText(Number(literal))).toBe(literal);
      }),
    );
  });
});

describe("fillGrid / layoutGrid", () => {
  it("covers every grid position by exactly one cell, in every table of both formats", () => {
    for (const f of FORMATS) {
      for (const t of TABLES) {
        const layout = layoutGrid(fillGrid(f, t, {}));
        const area = layout.cells.reduce((a, p) => a + p.rowSpan * p.colSpan, 0);
        expect(area).toBe(layout.grid.rows.length * layout.grid.width);
        for (const row of layout.at) for (const p of row) expect(p).toBeDefined();
      }
    }
  });

  it("puts each value in the cell of its codes (平潭 2022, table 三)", () => {
    const r = corpusReport("2022-pingtan-zone");
    const grid = fillGrid(r.format, "table3", r.tables);
    const received = grid.rows.flat().find((c) => c.row === "received" && c.col === "total");
    expect(received?.text).toBe("74");
    const data = grid.rows.flat().filter((c) => c.role === "data");
    expect(data).toHaveLength(175);
    for (const c of data) expect(c.text).toBe(valueText(r.tables.table3?.[c.row ?? ""]?.[c.col ?? ""]));
  });

  it("keeps the official grid's merges: 三、本年度办理结果 spans the 22 result rows of 2021, 20 of 2019", () => {
    const g21 = fillGrid("2021", "table3", {});
    const g19 = fillGrid("2019", "table3", {});
    expect(g21.rows.flat().find((c) => c.group === "results")?.rowSpan).toBe(22);
    expect(g19.rows.flat().find((c) => c.group === "results")?.rowSpan).toBe(20);
  });

  it("draws a collapsed （六）其他处理 in place of its sub-rows (洪泽区 2024, as published)", () => {
    const r = corpusReport("2024-hongze-district");
    expect(r.tables.table3?.otherHandling).toBeDefined();
    const grid = fillGrid("2021", "table3", r.tables);
    expect(grid.rows).toHaveLength(tableGrid("2021", "table3").rows.length - 2);
    expect(grid.rows.flat().find((c) => c.group === "results")?.rowSpan).toBe(20);
    expect(grid.rows.flat().some((c) => c.row?.startsWith("otherHandling."))).toBe(false);
    const row = defined(
      grid.rows.find((cells) => cells.some((c) => c.row === "otherHandling")),
      "the （六）其他处理 row",
    );
    expect(row[0]).toMatchObject({ role: "rowLabel", text: "（六）其他处理", colSpan: 2 });
    expect(row.filter((c) => c.role === "data").map((c) => c.text)).toEqual(
      [
        "naturalPerson",
        "commercial",
        "research",
        "publicInterest",
        "legalService",
        "otherOrganization",
        "total",
      ].map((c) => valueText(r.tables.table3?.otherHandling?.[c])),
    );
    const layout = layoutGrid(grid);
    const area = layout.cells.reduce((a, p) => a + p.rowSpan * p.colSpan, 0);
    expect(area).toBe(grid.rows.length * grid.width);
    expect(extraCells("2021", "table3", r.tables)).toEqual([]);
  });

  it("draws both when a report holds the collapsed row and the sub-rows: no number moves", () => {
    const tables = {
      table3: {
        otherHandling: { total: 3 },
        "otherHandling.noCorrection": { total: 1 },
        "otherHandling.other": { total: 2 },
      },
    };
    const grid = fillGrid("2021", "table3", tables);
    expect(grid.rows).toHaveLength(tableGrid("2021", "table3").rows.length + 1);
    expect(grid.rows.flat().find((c) => c.group === "results")?.rowSpan).toBe(23);
    const flat = itemAt(flattenGrid(grid), 0);
    expect(flat.rows.map((r) => r.row)).toContain("otherHandling");
    expect(flat.rows.find((r) => r.row === "otherHandling.other")?.cells.at(-1)?.text).toBe("2");
    const layout = layoutGrid(grid);
    expect(layout.cells.reduce((a, p) => a + p.rowSpan * p.colSpan, 0)).toBe(grid.rows.length * grid.width);
  });

  it("lists cells the format has no place for instead of dropping them", () => {
    const tables = { table3: { received: { total: 1, subtotalOrganizations: 4 } } };
    expect(extraCells("2021", "table3", tables)).toEqual([
      { key: "table3/received/subtotalOrganizations", value: 4 },
    ]);
  });
});

describe("flattenGrid", () => {
  it("gives each row the label path of the format's row definition and each column its header path", () => {
    for (const f of FORMATS) {
      for (const t of TABLES) {
        const blocks = flattenGrid(fillGrid(f, t, {}));
        const defs = getFormat(f).tables[t].blocks;
        expect(blocks).toHaveLength(defs.length);
        blocks.forEach((b, i) => {
          const def = itemAt(defs, i);
          expect(b.heading).toBe(def.heading);
          expect(b.columns.map((c) => [c.col, c.path])).toEqual(
            def.columns.map((c) => [c.code, [...c.path, c.label]]),
          );
          expect(b.rows.map((r) => [r.row, r.path])).toEqual(
            def.rows.map((r) => [r.code, [...r.path, r.label].filter((x) => x !== "")]),
          );
          expect(b.corner).toBe(def.labelColumns > 0 ? (def.cornerNote ?? def.rowHeader ?? "") : undefined);
        });
        const cells = blocks.flatMap((b) => b.rows.flatMap((r) => r.cells.map((c) => `${c.row}/${c.col}`)));
        expect(cells).toEqual(cellDefs(f, t).map((d) => `${d.row}/${d.col}`));
      }
    }
  });
});
