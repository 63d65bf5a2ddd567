import { migrate2019to2021 } from "@disclosure/schema";
import { describe, expect, it } from "vitest";
import { rules, yanchi } from "../../test/check-helpers.js";
import { check } from "./index.js";

describe("a report migrated from the 2019 format", () => {
  const migrated = () => migrate2019to2021(yanchi("2019", 2020)).report;

  it("lists the approximate and the blank cells (MIGRATE-APPROX) and the legacy cells kept aside", () => {
    const fs = check(migrated());
    expect(rules(fs).filter((r) => r.startsWith("MIGRATE-"))).toEqual([
      "MIGRATE-APPROX",
      "MIGRATE-APPROX",
      "MIGRATE-LEGACY-KEPT",
    ]);
    const approx = fs.filter((f) => f.rule === "MIGRATE-APPROX");
    expect(approx[0]?.message.zh).toContain("normativeDocuments.issued ← 本年新制作数量");
    expect(approx[1]?.cells.map((c) => `${c.row}/${c.col}`)).toContain("fees/amountWan");
    const legacy = fs.find((f) => f.rule === "MIGRATE-LEGACY-KEPT")!;
    expect(legacy.cells).toContainEqual({ table: "table2", row: "procurement", col: "amountWan" });
    expect(legacy.message.zh).toContain("“政府集中采购”行“采购总金额”列");
  });

  it("does not call the migration's blanks CELL-BLANK, and its tables still add up", () => {
    const fs = check(migrated());
    expect(rules(fs)).not.toContain("CELL-BLANK");
    expect(fs.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("is not checked by the 2021-only text rules", () => {
    const r = { ...migrated(), sections: { otherMatters: "无。" } };
    expect(rules(check(r))).not.toContain("TXT-OTHER-FEES");
  });
});
