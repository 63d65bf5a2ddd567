import { getFormat, tableRows } from "@disclosure/schema";
import { describe, expect, it } from "vitest";
import { readCasesTable, readRowsTable } from "./index.js";
import { readText } from "../text.js";

const f2021 = getFormat("2021");
const f2019 = getFormat("2019");

function table3(text: string, format = f2021) {
  const { lines } = readText(text);
  return readRowsTable(format, "table3", lines, 0, lines.length);
}

const row = (t: ReturnType<typeof table3>, code: string) =>
  t.cells.filter((c) => c.row === code).map((c) => c.value);

/** Every table 三 row of a format, as "label | v | … |" lines; `values(code, i)` gives the row's cells. */
function pipeTable(format: typeof f2021, values: (code: string, i: number) => string[], extra = ""): string {
  const head = `（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况\n自然人 | 法人或其他组织 | 总计\n商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他${extra}`;
  return [
    head,
    ...tableRows(format, "table3").map((r, i) => [r.label, ...values(r.code, i)].join(" | ")),
  ].join("\n");
}

describe("readRowsTable: rows tied to labels", () => {
  it("reads every row of a clean table, each cell located at its line and column", () => {
    const t = table3(pipeTable(f2021, (_, i) => [String(i), "0", "0", "0", "0", "0", String(i)]));
    expect(t.cells).toHaveLength(175);
    expect(row(t, "carriedOut")).toEqual([24, 0, 0, 0, 0, 0, 24]);
    expect(t.cells[0]?.source).toEqual({ kind: "text", line: 4, column: 20 });
    expect(t.unread).toEqual([]);
    expect(t.warnings).toEqual([]);
  });

  it("2019 format: （六）其他处理 is a row of its own", () => {
    const t = table3(
      pipeTable(f2019, (code) =>
        code === "otherHandling" ? ["1", "0", "0", "0", "0", "0", "1"] : ["0", "0", "0", "0", "0", "0", "0"],
      ),
      f2019,
    );
    expect(row(t, "otherHandling")).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(t.cells).toHaveLength(161);
  });

  it("a row whose numbers do not add up is read as printed, with a warning", () => {
    const t = table3("一、本年新收政府信息公开申请数量 5 1 0 0 0 0 5");
    expect(row(t, "received")).toEqual([5, 1, 0, 0, 0, 0, 5]);
    expect(t.warnings.find((w) => w.code === "PARSE-ROW-TOTAL")?.message.en).toBe(
      "一、本年新收政府信息公开申请数量: the columns add up to 6, not to the printed total 5 (read as printed)",
    );
  });

  it("group subtotal rows and a 法人或其他组织小计 column (the 28×8 layout): checked, kept aside, not stored", () => {
    const groups = new Set(["withheld", "unavailable", "notProcessed", "otherHandling"]);
    const lines: string[] = [
      "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况",
      "自然人 | 法人或其他组织 | 总计",
      "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 法人或其他组织小计",
    ];
    const eight = (n: number, org = 0) => [n, org, 0, 0, 0, 0, org, n + org].map(String);
    const seen = new Set<string>();
    for (const r of tableRows(f2021, "table3")) {
      if (r.parent && groups.has(r.parent) && !seen.has(r.parent)) {
        seen.add(r.parent);
        const group = f2021.tables.table3.blocks[0].groups.find((g) => g.code === r.parent)!;
        // (三) subtotal right, (四) subtotal wrong.
        lines.push(
          [group.label, ...eight(r.parent === "unavailable" ? 9 : r.parent === "withheld" ? 8 : 0)].join(
            " | ",
          ),
        );
      }
      lines.push(
        [r.label, ...eight(r.parent === "withheld" ? 1 : 0, r.code === "received" ? 2 : 0)].join(" | "),
      );
    }
    const t = table3(lines.join("\n"));
    expect(t.cells).toHaveLength(175);
    expect(row(t, "received")).toEqual([0, 2, 0, 0, 0, 0, 2]);
    expect(row(t, "withheld.stateSecret")).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(t.cells.some((c) => c.row === "withheld" || c.col.includes("小计"))).toBe(false);
    const codes = t.warnings.map((w) => w.code);
    expect(codes.filter((c) => c === "CELL-UNKNOWN")).toHaveLength(25); // one per data row
    expect(t.warnings.find((w) => w.code === "T3-GROUP-SUBTOTAL")?.message.en).toContain("（四）无法提供");
    expect(codes.filter((c) => c === "PARSE-SUBTOTAL")).toHaveLength(3);
  });
});

describe("readRowsTable: rows without labels", () => {
  const labels = tableRows(f2021, "table3").map((r) => r.label);
  const nums = (n: number) => `${n} 0 0 0 0 0 ${n}`;

  it("numbers without a label between two labelled rows are read by the order of rows, and say so", () => {
    // 3.危及… printed apart from its numbers (a PDF conversion): one row missing between two labelled ones.
    const text = [`${labels[5]} ${nums(1)}`, nums(2), `${labels[7]} ${nums(3)}`].join("\n");
    const t = table3(text);
    expect(row(t, "withheld.securityStability")).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(t.warnings.find((w) => w.code === "PARSE-POSITION")?.location).toEqual({
      kind: "text",
      line: 2,
      column: 1,
    });
  });

  it("where the rows between two labels are fewer than the numbers, nothing is placed by position", () => {
    const text = [`${labels[5]} ${nums(1)}`, nums(2), nums(3), `${labels[7]} ${nums(4)}`].join("\n");
    const t = table3(text);
    expect(row(t, "withheld.securityStability")).toEqual([]);
    expect(t.unread.find((u) => u.row === "withheld.securityStability")?.reason.en).toMatch(
      /cannot be placed by position/,
    );
    expect(t.warnings.some((w) => w.code === "PARSE-STRAY")).toBe(true);
  });

  it("a row printed out of the format's order keeps its label", () => {
    const { lines } = readText(
      "第二十条第（五）项\n行政许可 97\n第二十条第（一）项\n规章 0 0 0\n行政规范性文件 13 0 55",
    );
    const t = readRowsTable(f2021, "table2", lines, 0, lines.length);
    expect(t.cells.map((c) => `${c.row}.${c.col}=${c.value}`)).toEqual([
      "rules.issued=0",
      "rules.repealed=0",
      "rules.inForce=0",
      "normativeDocuments.issued=13",
      "normativeDocuments.repealed=0",
      "normativeDocuments.inForce=55",
      "licensing.decisions=97",
    ]);
  });
});

describe("readCasesTable", () => {
  it("fifteen numbers after the header; split into its three groups (PDF→Markdown)", () => {
    const { lines } = readText(
      "### 行政复议\n| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n|---|---|---|---|---|\n| 27 | 10 | 9 | 15 | 61 |\n### 行政诉讼（未经复议直接起诉）\n| 3 | 0 | 0 | 0 | 3 |\n### 行政诉讼（复议后起诉）\n| 8 | 0 | 1 | 1 | 10 |\n（一）主要问题 2024 年",
    );
    const t = readCasesTable(f2021, lines, 0, lines.length);
    expect(t.cells.map((c) => c.value)).toEqual([27, 10, 9, 15, 61, 3, 0, 0, 0, 3, 8, 0, 1, 1, 10]);
  });

  it("digits run together: split where each group's 总计 leaves one way (平潭 2021: 10203120001200000)", () => {
    const { lines } = readText("行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计10203120001200000");
    const t = readCasesTable(f2021, lines, 0, lines.length);
    expect(t.cells.map((c) => c.value)).toEqual([1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0]);
    expect(t.warnings.map((w) => w.code)).toEqual(["PARSE-SPLIT"]);
  });

  it("no numbers under the header: every cell unread with the reason", () => {
    const { lines } = readText("行政复议 | 行政诉讼\n结果维持 | 结果纠正\n（一）主要问题");
    const t = readCasesTable(f2021, lines, 0, lines.length);
    expect(t.unread).toHaveLength(15);
    expect(t.unread[0]?.reason.en).toBe("no numbers were found after the table's header");
  });
});
