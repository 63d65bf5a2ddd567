import { tableGrid } from "@disclosure/schema";
import { describe, expect, it } from "vitest";
import { fullReport } from "../../test/sample.js";
import { renderReport } from "./report.js";
import { escapeHtml } from "./html.js";

/** The opening tags of a table's cells, in order, with their spans. */
function spans(html: string, table: string): string[] {
  const start = html.indexOf(`data-table="${table}"`);
  const body = html.slice(start, html.indexOf("</table>", start));
  return [...body.matchAll(/<(t[hd])\b([^>]*)>/g)].map(([, , attrs = ""]) => {
    const col = /colspan="(\d+)"/.exec(attrs)?.[1] ?? "1";
    const row = /rowspan="(\d+)"/.exec(attrs)?.[1] ?? "1";
    return `${col}x${row}`;
  });
}

describe("HTML", () => {
  it("draws every cell of the official grid with its colspan and rowspan, in order", async () => {
    for (const format of ["2021", "2019"] as const) {
      const html = await renderReport(
        fullReport(format, () => 0),
        { to: "html" },
      );
      for (const table of ["table2", "table3", "table4"] as const) {
        const expected = tableGrid(format, table).rows.flatMap((r) =>
          r.map((c) => `${c.colSpan}x${c.rowSpan}`),
        );
        expect(spans(html, table)).toEqual(expected);
      }
    }
  });

  it("marks headers with scope: column headers col/colgroup, row labels row, groups rowgroup", async () => {
    const html = await renderReport(
      fullReport("2021", () => 0),
      { to: "html" },
    );
    expect(html).toMatch(/<th scope="colgroup" id="table3-r0c3" colspan="7">申请人情况<\/th>/);
    expect(html).toMatch(
      /<th scope="col" id="table3-r1c3" data-col="naturalPerson" rowspan="2">自然人<\/th>/,
    );
    expect(html).toMatch(
      /<th scope="rowgroup" id="table3-r5c0" data-group="results" rowspan="22">三、本年度办理结果<\/th>/,
    );
    expect(html).toMatch(
      /<th scope="row" id="table3-r3c0" data-row="received" colspan="3">一、本年新收政府信息公开申请数量<\/th>/,
    );
    expect(html).toMatch(/<td class="corner" colspan="3" rowspan="3">（本列数据的勾稽关系为：/);
    expect(html).toMatch(/<th scope="col" id="table2-r1c0" class="corner-header">信息内容<\/th>/);
  });

  it("gives every element id once, and uses the id prefix", async () => {
    const html = await renderReport(
      fullReport("2021", () => 0),
      { to: "html", idPrefix: "yanchi-" },
    );
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? "");
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id.startsWith("yanchi-"))).toBe(true);
  });

  it("is a printable page by default, an article with its scoped style on request", async () => {
    const r = fullReport("2021", () => 0);
    const page = await renderReport(r, { to: "html" });
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="zh-Hans">')).toBe(true);
    expect(page).toContain("@page{size:A4 portrait");
    const article = await renderReport(r, { to: "html", standalone: false });
    expect(
      article.startsWith('<article class="disclosure-report" lang="zh-Hans" data-format="2021">\n<style>'),
    ).toBe(true);
    expect(article).not.toContain("<html");
    expect(article).not.toContain("@page");
  });

  it("escapes text: a paragraph cannot inject markup", async () => {
    expect(escapeHtml(`<script>"a"&'b'</script>`)).toBe(
      "&lt;script&gt;&quot;a&quot;&amp;&#39;b&#39;&lt;/script&gt;",
    );
    const html = await renderReport(
      fullReport("2021", () => 0, { sections: { problems: "<b>公开</b> & 改进" } }),
      {
        to: "html",
      },
    );
    expect(html).toContain("<p>&lt;b&gt;公开&lt;/b&gt; &amp; 改进</p>");
  });

  it("marks cells the report does not hold (absent) apart from blank ones; both print empty", async () => {
    const r = fullReport("2021", (_t, row, col) => (row === "received" && col === "commercial" ? null : 1));
    delete r.tables.table3?.received?.research;
    const html = await renderReport(r, { to: "html" });
    expect(html).toContain('data-cell="table3|received|commercial"></td>');
    expect(html).toContain('data-cell="table3|received|research" data-absent=""></td>');
  });
});

describe("HTML with the structure of the .docx, printed like it", () => {
  it("prints on A4 with the margins of GB/T 9704, header rows repeated, rows unbroken, headings kept with what follows", async () => {
    const page = await renderReport(
      fullReport("2021", () => 0),
      { to: "html" },
    );
    expect(page).toContain("@page{size:A4 portrait;margin:37mm 26mm 35mm 28mm}");
    expect(page).toMatch(/@page :right\{@bottom-right\{content:"— " counter\(page\) " —"/);
    expect(page).toMatch(/@page :left\{@bottom-left\{/);
    expect(page).toContain("@media print{");
    expect(page).toContain("thead{display:table-header-group}");
    expect(page).toContain("tr{break-inside:avoid}");
    expect(page).toMatch(/h2\{[^}]*break-after:avoid/);
    expect(page).toMatch(/h3\{[^}]*break-after:avoid/);
    const template = await renderReport(
      fullReport("2021", () => 0),
      { to: "html", page: "template" },
    );
    expect(template).toContain("@page{size:A4 portrait;margin:25.4mm 31.75mm}");
  });

  it("makes （一） sub-headings <h3>, a lead sentence a span, and breaks the title by meaning", async () => {
    const html = await renderReport(
      fullReport("2021", () => 0, {
        sections: {
          overview: "2021年，盐池县……\n（一）主动公开\n累计主动公开各类信息4万余条。",
          problems: "（一）坚持规范内容和创新形式相结合，激发工作活力。依法依规公开。",
        },
      }),
      { to: "html" },
    );
    expect(html).toContain("<h3>（一）主动公开</h3>");
    expect(html).toContain(
      '<p><span class="lead">（一）坚持规范内容和创新形式相结合，激发工作活力。</span>依法依规公开。</p>',
    );
    expect(html).toContain(
      '<h1><span class="title-part">盐池县2021年</span><span class="title-part">政府信息公开工作年度报告</span></h1>',
    );
  });

  it("ends with the agency and the date (落款) when the report has a publication date", async () => {
    const r = fullReport("2021", () => 0, {
      agency: { name: "盐池县人民政府", level: "county" },
      publishedDate: "2022-01-28",
    });
    const html = await renderReport(r, { to: "html" });
    expect(html).toContain(
      '<div class="signature">\n<p style="margin-right:3.5em">盐池县人民政府</p>\n<p style="margin-right:2em"><time>2022年1月28日</time></p>\n</div>\n</article>',
    );
    expect(await renderReport({ ...r, publishedDate: undefined }, { to: "html" })).not.toContain(
      'signature">',
    );
    expect((await renderReport(r, { to: "markdown" })).trimEnd().split("\n").slice(-3)).toEqual([
      "盐池县人民政府",
      "",
      "2022年1月28日",
    ]);
    expect((await renderReport(r, { to: "text" })).trimEnd().split("\n").slice(-2)).toEqual([
      "盐池县人民政府",
      "2022年1月28日",
    ]);
  });

  it("keeps the rows of a merged group together in print (class keep-next on all but the group's last)", async () => {
    const html = await renderReport(
      fullReport("2021", () => 0),
      { to: "html" },
    );
    const rows = html.slice(html.indexOf('data-table="table3"')).split("<tr").slice(1, 29);
    const kept = rows.map((r, i) => (r.startsWith(' class="keep-next"') ? i : -1)).filter((i) => i >= 0);
    // header rows 0–2; （三） rows 7–13 of 7–14; （四） 15–16; （五） 18–21; （六） 23–24
    expect(kept).toEqual([0, 1, 2, 7, 8, 9, 10, 11, 12, 13, 15, 16, 18, 19, 20, 21, 23, 24]);
  });

  it("prints 万元 with a money value wherever the column header does not say it, in every form", async () => {
    const r = fullReport("2019", (_t, row, col) =>
      row === "procurement" && col === "amountWan" ? 12863.57 : 1,
    );
    expect(await renderReport(r, { to: "html" })).toContain(
      'data-cell="table2|procurement|amountWan" colspan="2">12863.57万元</td>',
    );
    expect(await renderReport(r, { to: "markdown" })).toContain("| 政府集中采购 | 1 | 12863.57万元 |");
    expect(await renderReport(r, { to: "text" })).toMatch(/│ 政府集中采购\s+│\s+1 │\s+12863\.57万元 │/);
    expect(await renderReport(r, { to: "html", script: "hant" })).toContain(">12863.57萬元</td>");
    const r2021 = fullReport("2021", (_t, row, col) => (row === "fees" && col === "amountWan" ? 87.904 : 1));
    expect(await renderReport(r2021, { to: "html" })).toContain(
      'data-cell="table2|fees|amountWan" colspan="3">87.904</td>',
    );
  });
});
