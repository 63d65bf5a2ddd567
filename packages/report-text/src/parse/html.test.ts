import { type Cell, getFormat, tableRows } from "@disclosure/schema";
import { describe, expect, it } from "vitest";
import { readHtml } from "./html.js";
import { parseReport } from "./index.js";

describe("readHtml", () => {
  it("a row per <tr>, text per block, labels split over <span>/<br> joined, &nbsp; a blank cell", async () => {
    const doc =
      await readHtml(`<p class="MsoNormal"><b><span>三、收到和处理政府信息公开申请情况</span></b></p>
      <table><tr><td>申请人情<span>况</span></td><td>商业<br/>企业</td><td><p>&nbsp;</p></td>
      <td><p align="center"><span lang="EN-US">58<o:p></o:p></span></p></td></tr></table>`);
    expect(doc.lines.map((l) => l.pieces.map((p) => p.text))).toEqual([
      ["三、收到和处理政府信息公开申请情况"],
      ["申请人情况", "商业企业", " ", "58"],
    ]);
    expect(doc.lines[1]?.pieces[3]?.loc).toEqual({ kind: "html", path: "table[1]>tr[1]>td[4]" });
  });

  it("looks through layout tables: only rows without a table inside are lines", async () => {
    const doc = await readHtml(
      `<table class="layout"><tr><td>导航</td></tr><tr><td><div><table><tr><td>规章</td><td>0</td></tr></table></div></td></tr></table>`,
    );
    expect(doc.lines.map((l) => l.pieces.map((p) => p.text))).toEqual([["导航"], ["规章", "0"]]);
    expect(doc.lines[1]?.loc).toEqual({ kind: "html", path: "table[1]>tr[2]>td[1]>div[1]>table[1]>tr[1]" });
  });

  it("skips scripts and styles, keeps the page title", async () => {
    const doc = await readHtml(
      "<html><head><title>2024年政府信息公开工作年度报告</title><style>p{}</style></head><body><script>var a=1;</script><p>一、总体情况</p></body></html>",
    );
    expect(doc.title).toBe("2024年政府信息公开工作年度报告");
    expect(doc.lines.map((l) => l.pieces[0]?.text)).toEqual(["一、总体情况"]);
  });
});

/** A number in a cell the way site editors write it: a <p> with a <span>, blank as &nbsp;. */
function td(v: number | null, attrs = ""): string {
  const inner = v === null ? "&nbsp;" : `<span lang="EN-US" style="font-size:12pt">${v}<o:p></o:p></span>`;
  return `<td${attrs} valign="center"><p class="MsoNormal" align="center">${inner}</p></td>`;
}

/**
 * Table 三 (2021) as published pages mark it up: corner note over three header rows,
 * 三、本年度办理结果 and the group labels in rowspan cells, labels in <span>s.
 */
function table3Page(values: (row: string, col: number) => number | null): string {
  const rows = tableRows(getFormat("2021"), "table3");
  const results = rows.filter((r) => r.path.length > 0);
  const out: string[] = [
    `<tr><td colspan="3" rowspan="3"><p><span>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</span></p></td><td colspan="7"><p>申请人情<span>况</span></p></td></tr>`,
    `<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>`,
    "<tr><td>商业<br>企业</td><td>科研<br>机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>",
  ];
  const groupSeen = new Set<string>();
  for (const r of rows) {
    let cells = "";
    if (r.path.length === 0) cells += `<td colspan="3"><p><span>${r.label}</span></p></td>`;
    else {
      if (r === results[0]) cells += `<td rowspan="${results.length}"><p>三、本年度办理结果</p></td>`;
      const group = r.path[1];
      if (group && !groupSeen.has(group)) {
        groupSeen.add(group);
        const n = results.filter((x) => x.path[1] === group).length;
        cells += `<td rowspan="${n}"><p><span>${group}</span></p></td>`;
      }
      cells += `<td${group ? "" : ' colspan="2"'}><p><span>${r.label}</span></p></td>`;
    }
    for (let c = 0; c < 7; c++) cells += td(values(r.code, c));
    out.push(`<tr>${cells}</tr>`);
  }
  return `<html><head><title>淮安市洪泽区人民政府2024年政府信息公开工作年度报告</title></head><body>
  <table width="100%" class="layout"><tr><td><div class="TRS_Editor">
  <p class="MsoNormal" align="center"><b><span>淮安市洪泽区人民政府2024年政府信息公开工作年度报告</span></b></p>
  <p class="MsoNormal"><span>一、总体情况</span></p><p>2024年，区政府办代表区政府受理政府信息公开申请17件。</p>
  <p class="MsoNormal"><span>三、收到和处理政府信息公开申请情况</span></p>
  <table class="MsoNormalTable" border="1" cellspacing="0"><tbody>${out.join("\n")}</tbody></table>
  <p>五、存在的主要问题及改进情况</p><p>政务新媒体运维管理还需加强。</p>
  </div></td></tr></table></body></html>`;
}

describe("parseReport on a published-style HTML page", () => {
  // Longgang 2024's first rows, the rest a pattern; some cells blank.
  const longgang: Record<string, number[]> = {
    received: [58, 7, 0, 0, 1, 0, 66],
    carriedIn: [2, 0, 0, 0, 0, 0, 2],
    granted: [2, 1, 0, 0, 0, 0, 3],
    partlyGranted: [16, 1, 0, 0, 0, 0, 17],
  };
  const value = (row: string, col: number) =>
    longgang[row]?.[col] ?? (col === 3 ? null : (row.length * 7 + col) % 11);
  const page = table3Page(value);

  it("reads every cell of table 三 with its element path", async () => {
    const r = await parseReport(page);
    expect(r.ok).toBe(true);
    expect(r.detected).toMatchObject({
      kind: "html",
      format: "2021",
      year: 2024,
      agency: "淮安市洪泽区人民政府",
    });
    const t3 = r.cells.filter((c) => c.table === "table3");
    expect(t3).toHaveLength(175);
    for (const c of t3) {
      const col = getFormat("2021").tables.table3.blocks[0].columns.findIndex((x) => x.code === c.col);
      expect(c.value, `${c.row}/${c.col}`).toBe(value(c.row, col));
    }
    const total = t3.find((c) => c.row === "received" && c.col === "total") as Cell & { source: unknown };
    expect(total.source).toEqual({
      kind: "html",
      path: "html[1]>body[1]>table[1]>tr[1]>td[1]>div[1]>table[1]>tbody[1]>tr[4]>td[8]",
    });
    expect(r.unread.filter((u) => u.table === "table3")).toEqual([]);
  });

  it("blank (&nbsp;) cells are null with a located CELL-BLANK warning", async () => {
    const r = await parseReport(page);
    const blank = r.cells.find((c) => c.row === "withheld.stateSecret" && c.col === "publicInterest");
    expect(blank?.value).toBeNull();
    const path = blank?.source.kind === "html" ? blank.source.path : "";
    const w = r.warnings.find(
      (x) => x.code === "CELL-BLANK" && x.location?.kind === "html" && x.location.path === path,
    );
    expect(w?.severity).toBe("warning");
  });

  it("takes the sections' texts from the page, tables left out", async () => {
    const r = await parseReport(page);
    expect(r.report?.sections).toEqual({
      overview: "2024年，区政府办代表区政府受理政府信息公开申请17件。",
      problems: "政务新媒体运维管理还需加强。",
    });
  });
});
