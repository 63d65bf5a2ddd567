import { tableGrid } from "@disclosure/schema";
import { describe, expect, it } from "vitest";
import { fullReport } from "../../test/sample.js";
import { renderReport } from "./report.js";
import { escapeHtml } from "./html.js";

/** The opening tags of a table's cells, in order, with their spans. */
function spans(html: string, table: string): string[] {
  const start = html.indexOf(`data-table="${table}"`);
  const body = html.slice(start, html.indexOf("</table>", start));
  return [...body.matchAll(/<(t[hd])\b([^>]*)>/g)].map(([, , attrs]) => {
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
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
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
    delete r.tables.table3!.received.research;
    const html = await renderReport(r, { to: "html" });
    expect(html).toContain('data-cell="table3/received/commercial"></td>');
    expect(html).toContain('data-cell="table3/received/research" data-absent=""></td>');
  });
});
