import { describe, expect, it } from "vitest";
import { type ParseResult, parseReport, reflow, summarizeParse } from "./index.js";

/** A one-page PDF whose only content is a filled rectangle: no text layer, like a scan. */
function imageOnlyPdf(): Uint8Array {
  const content = "0.5 g 72 72 451 698 re f";
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) pdf += `${String(o).padStart(10, "0")} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

/** 盐池县 2020 (2019 format) as a county office would paste it: title, headings, table 三 one row a line. */
const YANCHI_2020 = `盐池县2020年政府信息公开工作年度报告
本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。
一、总体情况
2020年，盐池县办理公民、法人和其他组织提交的政府信息公开申请5件。
二、主动公开政府信息情况
第二十条第（一）项
信息内容 本年新制作数量 本年新公开数量 对外公开总数量
规章 0 0 0
规范性文件 27 27 52
三、收到和处理政府信息公开申请情况
申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他
一、本年新收政府信息公开申请数量 5 0 0 0 0 0 5
二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0
三、本年度办理结果 （一）予以公开 5 0 0 0 0 0 5`;

describe("parseReport: inputs that are not a report", () => {
  it("an empty file: located, bilingual", async () => {
    for (const input of ["", "  \n\n", new Uint8Array()]) {
      const r = await parseReport(input);
      expect(r.ok).toBe(false);
      expect(r.issues?.[0]).toMatchObject({
        code: "PARSE-EMPTY",
        severity: "error",
        location: { kind: "text", line: 1 },
        message: { zh: "输入为空：没有可读取的内容", en: "the input is empty: there is nothing to read" },
      });
    }
  });

  it("a scanned PDF without a text layer says so, at page 1", async () => {
    const r = await parseReport(imageOnlyPdf());
    expect(r.ok).toBe(false);
    expect(r.issues).toHaveLength(1);
    expect(r.issues?.[0]?.code).toBe("PARSE-PDF-NO-TEXT");
    expect(r.issues?.[0]?.location).toEqual({ kind: "pdf", page: 1, x: 0, y: 0 });
    expect(r.issues?.[0]?.message.zh).toContain("没有文字层");
    expect(r.issues?.[0]?.message.en).toContain("no text layer");
  });

  it("a broken PDF is an error, not an exception", async () => {
    const r = await parseReport(new TextEncoder().encode("%PDF-1.7\nthis is not a pdf"));
    expect(r.ok).toBe(false);
    expect(r.issues?.[0]?.code).toMatch(/^PARSE-PDF/);
  });

  it("a page that is not a report (a news page)", async () => {
    const html = `<html><head><title>盐池县召开2024年第一季度经济运行分析会</title></head>
      <body><div class="nav">首页 | 政务公开</div><h1>盐池县召开经济运行分析会</h1>
      <p>4月12日，县政府召开2024年第一季度经济运行分析会，全县地区生产总值增长5.2%。</p></body></html>`;
    const r = await parseReport(html);
    expect(r.ok).toBe(false);
    expect(r.issues?.[0]).toMatchObject({
      code: "PARSE-NOT-A-REPORT",
      location: { kind: "html", path: "html[1]>body[1]>div[1]" },
    });
    expect(r.issues?.[0]?.message.en).toContain("none of the six section headings");
  });

  it("a truncated table: the rows after the cut are unread, with where the table ends", async () => {
    const r = await parseReport(YANCHI_2020);
    expect(r.ok).toBe(true);
    expect(r.report?.year).toBe(2020);
    expect(r.report?.format).toBe("2019");
    expect(r.report?.tables.table3?.granted?.total).toBe(5);
    const partly = r.unread.filter((u) => u.row === "partlyGranted");
    expect(partly).toHaveLength(7);
    expect(partly[0]?.reason).toEqual({
      zh: "表格在此行之前结束（line 14 col 31 之后没有该行），可能被截断",
      en: "the table ends before this row (nothing after line 14 col 31); it may be cut off",
    });
    expect(partly[0]?.location).toEqual({ kind: "text", line: 14, column: 31 });
    expect(r.unread.filter((u) => u.table === "table3")).toHaveLength(161 - 21);
    expect(
      r.warnings.find((w) => w.code === "PARSE-TABLE-CUT" && w.message.zh.startsWith("表三")),
    ).toMatchObject({
      location: { kind: "text", line: 14 },
      message: {
        zh: "表三在“（一）予以公开”之后结束，缺少其后 20 行：文本可能被截断",
        en: 'table3 ends after "（一）予以公开"; the 20 row(s) after it are missing: the text may be cut off',
      },
    });
  });

  it("bytes of text are decoded (UTF-8, else GB18030)", async () => {
    const r = await parseReport(new TextEncoder().encode(YANCHI_2020));
    expect(r.detected?.kind).toBe("text");
    expect(r.report?.tables.table3?.received?.total).toBe(5);
  });

  it("a PDF passed as a string is a caller's mistake, reported", async () => {
    const r = await parseReport("whatever", { from: "pdf" });
    expect(r.issues?.[0]?.code).toBe("PARSE-INPUT");
  });
});

describe("parseReport: what it detects", () => {
  it("title, agency, year (from the title), format (from the labels), sections", async () => {
    const r = await parseReport(YANCHI_2020);
    expect(r.detected).toMatchObject({
      kind: "text",
      script: "hans",
      format: "2019",
      formatBy: "labels",
      year: 2020,
      yearBy: "title",
      agency: "盐池县",
      title: "盐池县2020年政府信息公开工作年度报告",
      sections: ["overview", "proactive", "applications"],
    });
    expect(r.report?.agency).toEqual({ name: "盐池县", level: "county" });
    expect(r.report?.preamble).toBe("本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。");
    expect(r.report?.sections.overview).toBe(
      "2020年，盐池县办理公民、法人和其他组织提交的政府信息公开申请5件。",
    );
  });

  it("options override detection", async () => {
    const r = await parseReport(YANCHI_2020, {
      year: 2020,
      agency: { name: "盐池县人民政府", level: "county", regionCode: "640323" },
    });
    expect(r.detected?.yearBy).toBe("option");
    expect(r.report?.agency.regionCode).toBe("640323");
  });

  it("no year anywhere: an error naming the option, with the cells read so far", async () => {
    const r = await parseReport(
      "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 5 0 0 0 0 0 5",
    );
    expect(r.ok).toBe(false);
    expect(r.issues?.[0]?.code).toBe("PARSE-YEAR");
    expect(r.cells.find((c) => c.row === "received" && c.col === "total")?.value).toBe(5);
  });

  it("a report the schema would reject (a year before the 条例's reports) is not passed on", async () => {
    const r = await parseReport("某县2005年政府信息公开工作年度报告\n一、总体情况\n无。");
    expect(r.ok).toBe(false);
    expect(r.report).toBeUndefined();
    expect(r.issues?.[0]?.location).toMatchObject({ kind: "json", path: ["year"] });
  });

  it("the year from the statistical period when there is no title", async () => {
    const r = await parseReport(
      "本报告所列数据的统计期限为2024年1月1日至2024年12月31日。\n一、总体情况\n无。\n六、其他需要报告的事项\n无。",
    );
    expect(r.detected).toMatchObject({ year: 2024, yearBy: "period", format: "2021", formatBy: "year" });
  });
});

describe("summarizeParse", () => {
  it("says what was read, what was not and why, in Chinese or English", async () => {
    const r: ParseResult = await parseReport(YANCHI_2020);
    const zh = summarizeParse(r, "zh");
    const en = summarizeParse(r, "en");
    expect(zh.split("\n")[0]).toBe("盐池县 2020年（2019年格式，text）");
    expect(zh).toContain("表三（依申请公开）：读取 21 个单元格，未读取 140 个");
    expect(en).toContain("table 三 (applications): 21 cells read, 140 not read");
    expect(en).toContain("× the table ends before this row");
    expect(en).toMatch(/warnings: .*STRUCT-SECTIONS ×3/);
  });

  it("lists errors with their location", async () => {
    const r = await parseReport("");
    expect(summarizeParse(r, "en")).toBe(
      "error PARSE-EMPTY [line 1]: the input is empty: there is nothing to read",
    );
  });
});

describe("reflow", () => {
  it("joins lines a PDF wrapped, keeps sub-headings and ended sentences apart", () => {
    expect(
      reflow([
        "（一）主动公开情况。主要通过政府门户网站主动公开政府",
        "文件、项目审批、通知公告等各类政府信息。",
        "（二）依申请公开情况。",
        "（三）主要问题",
        "一是政策解读形式不够丰富。",
      ]),
    ).toEqual([
      "（一）主动公开情况。主要通过政府门户网站主动公开政府文件、项目审批、通知公告等各类政府信息。",
      "（二）依申请公开情况。",
      "（三）主要问题",
      "一是政策解读形式不够丰富。",
    ]);
  });
});
