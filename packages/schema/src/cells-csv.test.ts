import { describe, expect, it } from "vitest";
import { readCellsCsv, writeCellsCsv } from "./cells-io.js";

describe("writeCellsCsv and readCellsCsv", () => {
  it("keep a negative 本年增/减 as a number and read a guarded cell back", async () => {
    const text = writeCellsCsv([{ table: "table2", row: "licensing", col: "itemsChange", value: -18 }], {
      bom: false,
    });
    expect(text).toContain(",-18\r\n");
    const r = await readCellsCsv(`${text}table2,otherServices,itemsChange,'-3\r\n`, { format: "2019" });
    expect(r.cells.map((c) => c.value)).toEqual([-18, -3]);
    expect(r.issues).toEqual([]);
  });
});
