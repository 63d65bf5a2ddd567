import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readDocumentXml, readDocx } from "./docx.js";
import { parseReport } from "./index.js";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (text: string, props = "") => `<w:tc><w:tcPr>${props}</w:tcPr>${p(text)}</w:tc>`;

/** A document.xml with body paragraphs and tables (strings of <w:tr>). */
function documentXml(...body: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body.join("")}</w:body></w:document>`;
}

function docxOf(xml: string): Uint8Array {
  return zipSync({
    "word/document.xml": new TextEncoder().encode(xml),
    "[Content_Types].xml": new Uint8Array(),
  });
}

describe("readDocumentXml", () => {
  it("paragraphs are lines; a table row is a line of cells; vMerge continuations are not cells", async () => {
    const xml = documentXml(
      p("三、收到和处理政府信息公开申请情况"),
      "<w:tbl>",
      `<w:tr>${tc("三、本年度办理结果", '<w:vMerge w:val="restart"/>')}${tc("（一）予以公开", '<w:gridSpan w:val="2"/>')}${tc("50")}</w:tr>`,
      `<w:tr>${tc("", "<w:vMerge/>")}${tc("（二）部分公开")}${tc("9")}</w:tr>`,
      "</w:tbl>",
    );
    const doc = await readDocumentXml(xml);
    expect(doc.lines.map((l) => l.pieces.map((x) => x.text))).toEqual([
      ["三、收到和处理政府信息公开申请情况"],
      ["三、本年度办理结果", "（一）予以公开", "50"],
      ["（二）部分公开", "9"],
    ]);
    expect(doc.lines[2]?.pieces[1]?.loc).toEqual({ kind: "docx", table: 1, row: 2, cell: 3 });
    expect(doc.lines[0]?.loc).toEqual({ kind: "docx", paragraph: 1 });
  });

  it("text split over runs is joined; deleted text (tracked changes) is left out", async () => {
    const xml = documentXml(
      `<w:p><w:r><w:t>行政</w:t></w:r><w:del><w:r><w:delText>旧</w:delText></w:r></w:del><w:r><w:t>许可</w:t></w:r></w:p>`,
    );
    expect((await readDocumentXml(xml)).lines[0]?.pieces[0]?.text).toBe("行政许可");
  });

  it("a file that is not a .docx is an error", async () => {
    const doc = await readDocx(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]));
    expect(doc.issues[0]).toMatchObject({ code: "PARSE-DOCX", severity: "error" });
  });
});

describe("parseReport on .docx", () => {
  it("the format's own Word template (spec/template-2021.docx): every cell found, blank", async () => {
    const bytes = new Uint8Array(
      readFileSync(fileURLToPath(new URL("../../../../testdata/spec/template-2021.docx", import.meta.url))),
    );
    const r = await parseReport(bytes, { year: 2024, agency: "盐池县人民政府" });
    expect(r.ok).toBe(true);
    expect(r.detected).toMatchObject({ kind: "docx", format: "2021", sections: expect.any(Array) });
    expect(r.detected?.sections).toHaveLength(6);
    expect(r.cells).toHaveLength(10 + 175 + 15);
    expect(r.cells.every((c) => c.value === null)).toBe(true);
    expect(r.unread).toEqual([]);
    expect(r.report?.sections.otherMatters).toBe("（文字描述，收取信息处理费情况在此处报告。）");
  });

  it("reads a small report with merged cells", async () => {
    const row = (label: string, values: string[], props = "") =>
      `<w:tr>${tc(label, props)}${values.map((v) => tc(v)).join("")}</w:tr>`;
    const xml = documentXml(
      p("盐池县2020年政府信息公开工作年度报告"),
      p("四、政府信息公开行政复议、行政诉讼情况"),
      "<w:tbl>",
      `<w:tr>${tc("行政复议", '<w:gridSpan w:val="5"/>')}${tc("行政诉讼", '<w:gridSpan w:val="10"/>')}</w:tr>`,
      `<w:tr>${["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"].map((x) => tc(x, '<w:vMerge w:val="restart"/>')).join("")}${tc("未经复议直接起诉", '<w:gridSpan w:val="5"/>')}${tc("复议后起诉", '<w:gridSpan w:val="5"/>')}</w:tr>`,
      `<w:tr>${["", "", "", "", ""].map(() => tc("", "<w:vMerge/>")).join("")}${["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"].map((x) => tc(x)).join("")}</w:tr>`,
      row("", ["1", "0", "0", "0", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"]).replace(
        tc(""),
        "",
      ),
      "</w:tbl>",
    );
    const r = await parseReport(docxOf(xml));
    expect(r.report?.tables.table4?.cases).toMatchObject({
      "review.upheld": 1,
      "review.total": 1,
      "litigationDirect.total": 0,
    });
    expect(r.cells.find((c) => c.col === "review.total")?.source).toEqual({
      kind: "docx",
      table: 1,
      row: 4,
      cell: 5,
    });
  });
});
