import { describe, expect, it } from "vitest";
import { rules, withCell, yanchi } from "../../test/check-helpers.js";
import { check, mayMakeRules } from "./index.js";

describe("T2-INFORCE-MIN (2021)", () => {
  it("accepts 6 issued, 1 repealed, 45 in force; warns when fewer are in force than issued − repealed", () => {
    expect(rules(check(yanchi("2021")))).not.toContain("T2-INFORCE-MIN");
    const f = check(withCell(yanchi("2021"), "table2", "normativeDocuments", "inForce", 4)).find(
      (x) => x.rule === "T2-INFORCE-MIN",
    );
    expect(f).toMatchObject({ severity: "warning", expected: ">= 5", actual: 4 });
    expect(f?.message.zh).toContain("“现行有效件数”4少于“本年制发件数”6减“本年废止件数”1（5）");
  });

  it("counts a blank 现行有效件数 as 0 and says so", () => {
    const f = check(withCell(yanchi("2021"), "table2", "normativeDocuments", "inForce", null)).find(
      (x) => x.rule === "T2-INFORCE-MIN",
    );
    expect(f?.message.zh).toContain("空白单元格按0计：本行“现行有效件数”列");
  });
});

describe("T2-RULES-LEVEL", () => {
  it("warns when a county reports 规章", () => {
    const f = check(withCell(yanchi("2021"), "table2", "rules", "issued", 1)).find(
      (x) => x.rule === "T2-RULES-LEVEL",
    );
    expect(f?.severity).toBe("warning");
    expect(f?.cells).toEqual([{ table: "table2", row: "rules", col: "issued" }]);
  });

  it("accepts 上海市人民政府办公厅's 13 规章 (2019), not a provincial department's", () => {
    const office = { name: "上海市人民政府办公厅", level: "department" as const, tier: "province" as const };
    const kewei = { name: "上海市科学技术委员会", level: "department" as const, tier: "province" as const };
    const r = withCell(yanchi("2019"), "table2", "rules", "newlyMade", 13);
    expect(rules(check({ ...r, agency: office }))).not.toContain("T2-RULES-LEVEL");
    expect(rules(check({ ...r, agency: kewei }))).toContain("T2-RULES-LEVEL");
    expect(mayMakeRules({ name: "国务院办公厅", level: "department", tier: "national" })).toBe(true);
    expect(mayMakeRules({ name: "淮安市人民政府", level: "city" })).toBe(true);
  });
});

describe("T2-2019-PUBLISHED-BOUND", () => {
  it("warns when more were newly published than published in total", () => {
    const r = withCell(yanchi("2019"), "table2", "normativeDocuments", "newlyPublished", 46);
    const f = check(r).find((x) => x.rule === "T2-2019-PUBLISHED-BOUND");
    expect(f).toMatchObject({ severity: "warning", actual: 46, expected: "<= 45" });
  });
});
