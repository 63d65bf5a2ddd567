import { getFormat } from "@disclosure/schema";
import { describe, expect, it } from "vitest";
import { rules, table3, withCell, yanchi } from "../../test/check-helpers.js";
import { check, sectionOfHeading } from "./index.js";

const SECTIONS = {
  overview: "2021年，盐池县…",
  proactive: "",
  applications: "",
  reviewLitigation: "",
  problems: "一是创新亮点工作仍需挖掘。",
  otherMatters: "2021年，无收取信息处理费情况。",
};

describe("STRUCT-MISSING", () => {
  it("reports a missing row once, with its cells, and skips the rules that need it", () => {
    const r = structuredClone(yanchi("2021"));
    delete r.tables.table3!.carriedOut;
    const fs = check(r);
    const miss = fs.filter((f) => f.rule === "STRUCT-MISSING");
    expect(miss).toHaveLength(1);
    expect(miss[0]?.message.zh).toBe("表三缺少“四、结转下年度继续办理”行");
    expect(miss[0]?.cells).toHaveLength(7);
    expect(rules(fs)).not.toContain("T3-BALANCE");
  });

  it("never blames the report for cells its reader could not read (READ-UNREAD, info, about the reading)", () => {
    const r = structuredClone(yanchi("2021"));
    const row = r.tables.table3!.carriedOut!;
    const unread = Object.keys(row).map((col) => ({ table: "table3", row: "carriedOut", col }));
    delete r.tables.table3!.carriedOut;
    delete r.tables.table3!.received!.total;
    unread.push({ table: "table3", row: "received", col: "total" });
    const fs = check(r, { unread });
    expect(fs.filter((f) => f.rule === "STRUCT-MISSING")).toEqual([]);
    expect(fs.filter((f) => f.severity === "error")).toEqual([]);
    const read = fs.filter((f) => f.rule === "READ-UNREAD");
    expect(read).toHaveLength(1);
    expect(read[0]).toMatchObject({ severity: "info", concerns: "reading" });
    expect(read[0]?.cells).toHaveLength(8);
    // Without being told, the same gaps are the report's.
    expect(check(r).filter((f) => f.rule === "STRUCT-MISSING")).toHaveLength(2);
    expect(check(r).every((f) => f.concerns === "publication")).toBe(true);
  });

  it("reports a column missing from every row once", () => {
    const r = structuredClone(yanchi("2019"));
    for (const row of Object.values(r.tables.table3!)) delete row.research;
    const miss = check(r).filter((f) => f.rule === "STRUCT-MISSING");
    expect(miss.map((f) => f.message.zh)).toEqual(["表三缺少“法人或其他组织 科研机构”列"]);
    expect(miss[0]?.cells).toHaveLength(23);
  });

  it("leaves partial transcriptions alone when told which tables are complete (龙岗 2024: table 二 only)", () => {
    const r = structuredClone(yanchi("2021"));
    for (const row of ["resultTotal", "carriedOut", "withheld.enforcementFile"]) delete r.tables.table3![row];
    expect(rules(check(r)).filter((x) => x === "STRUCT-MISSING")).toHaveLength(3);
    expect(check(r, { tables: ["table2"] }).filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("STRUCT-TABLES", () => {
  it("says nothing of a table with no cells in a cells-only report", () => {
    const r = structuredClone(yanchi("2021"));
    delete r.tables.table4;
    expect(rules(check(r))).not.toContain("STRUCT-TABLES");
  });

  it("reports it when the report has text, or when the table was declared complete", () => {
    const r = structuredClone(yanchi("2021"));
    delete r.tables.table4;
    const withText = check({ ...r, sections: SECTIONS }).filter((f) => f.rule === "STRUCT-TABLES");
    expect(withText.map((f) => f.message.zh)).toEqual([
      "缺少表四（应在“四、政府信息公开行政复议、行政诉讼情况”部分）",
    ]);
    expect(check(r, { tables: ["table3", "table4"] }).map((f) => f.rule)).toContain("STRUCT-TABLES");
  });
});

describe("STRUCT-GROUP-COLLAPSED (洪泽区 2024)", () => {
  const collapsed = () => {
    const r = yanchi("2021", 2024, {
      tables: { table3: table3("2019", { granted: [3], otherHandling: [2] }) },
    });
    return r;
  };

  it("warns once, asks for no sub-rows, and sums the single （六） row in （七）总计", () => {
    const fs = check(collapsed());
    expect(rules(fs)).toEqual(["STRUCT-GROUP-COLLAPSED"]);
    expect(fs[0]?.cells.map((c) => c.row)).toEqual(Array(7).fill("otherHandling"));
  });

  it("names the collapsed row when the column total is off", () => {
    const bad = withCell(collapsed(), "table3", "otherHandling", "naturalPerson", 3);
    const col = check(bad).find((f) => f.rule === "T3-COL-TOTAL");
    expect(col?.message.zh).toContain("（19行）之和为6");
    expect(col?.cells.some((c) => c.row === "otherHandling" && c.col === "naturalPerson")).toBe(true);
  });
});

describe("STRUCT-SECTIONS and STRUCT-HEADING-WORDING", () => {
  it("reports the sections a report with text lacks", () => {
    const { problems: _p, ...five } = SECTIONS;
    const fs = check(yanchi("2021", 2021, { sections: five })).filter((f) => f.rule === "STRUCT-SECTIONS");
    expect(fs.map((f) => f.message.zh)).toEqual(["缺少第五部分“五、存在的主要问题及改进情况”"]);
  });

  it("reads printed headings leniently, ignoring restarted numerals (上海市科委 2024)", () => {
    const headings = [
      "一、总体情况",
      "四、政府信息公开申请情况",
      "一、主动公开政府信息情况",
      "二、收到和处理政府信息公开申请情况",
      "三、政府信息公开行政复议、行政诉讼情况",
      "五、其他需要报告的事项",
    ];
    const fs = check(yanchi("2021", 2024, { sections: SECTIONS }), { headings });
    expect(fs.filter((f) => f.rule.startsWith("STRUCT-")).map((f) => f.message.zh)).toEqual([
      "缺少第五部分“五、存在的主要问题及改进情况”",
    ]);
  });

  it("warns on a variant wording and on sections out of order", () => {
    const headings = [
      "一、总体情况",
      "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况",
      "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况",
      "六、其他需要报告的事项",
      "五、存在的主要问题及整改措施",
    ];
    const fs = check(yanchi("2021", 2023, { sections: SECTIONS }), { headings });
    expect(fs.filter((f) => f.rule === "STRUCT-HEADING-WORDING")).toHaveLength(2);
    expect(fs.filter((f) => f.rule === "STRUCT-SECTIONS").map((f) => f.message.zh)).toEqual([
      "各部分顺序与格式不同：总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、其他需要报告的事项、存在的主要问题及改进情况",
    ]);
  });

  it("sectionOfHeading maps real headings to sections", () => {
    const f = getFormat("2021");
    expect(sectionOfHeading(f, "五、存在的主要问题及整改措施")).toEqual({
      section: "problems",
      exact: false,
      official: "五、存在的主要问题及改进情况",
    });
    expect(sectionOfHeading(f, "四、政府信息公开行政法复议、行政诉讼情况")?.section).toBe("reviewLitigation");
    expect(sectionOfHeading(f, "二、 主动公开政府信息情况")).toMatchObject({
      section: "proactive",
      exact: true,
    });
    expect(sectionOfHeading(f, "二、工作机制保障")).toBeUndefined();
  });
});

describe("FORMAT-YEAR", () => {
  it("warns on a 2021-format report on 2020 and a 2019-format report on 2021", () => {
    expect(rules(check(yanchi("2021", 2020)))).toContain("FORMAT-YEAR");
    expect(rules(check(yanchi("2019", 2021)))).toContain("FORMAT-YEAR");
    expect(rules(check(yanchi("2019", 2020)))).not.toContain("FORMAT-YEAR");
  });

  it("judges a migrated report by the format it was written in", () => {
    const migrated = { ...yanchi("2021", 2020), source: { format: "2019" as const, migrated: true } };
    expect(rules(check(migrated))).not.toContain("FORMAT-YEAR");
  });
});
