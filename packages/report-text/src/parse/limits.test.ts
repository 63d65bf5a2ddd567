import { getFormat } from "@disclosure/schema";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { zipBomb } from "../../../schema/test/zip-bomb.js";
import { linePdf } from "../../test/line-pdf.js";
import { readDocumentXml, readDocx } from "./docx.js";
import { readHtml } from "./html.js";
import { parseReport } from "./index.js";
import { formatSourceLocation } from "./model.js";
import { readPdf } from "./pdf.js";

const MB = 1024 * 1024;
const CONTENT_TYPES = { "[Content_Types].xml": strToU8("<Types/>") };
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const documentXml = (body: string) => `<w:document ${W}><w:body>${body}</w:body></w:document>`;
const para = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

describe(".docx within the archive limits", () => {
  it("a document.xml that inflates past the limit is a located error issue, not a throw", async () => {
    const bomb = zipBomb("word/document.xml", 5, CONTENT_TYPES);
    const r = await parseReport(bomb, { limits: { zip: { maxEntryBytes: MB } } });
    expect(r.ok).toBe(false);
    expect(r.issues).toEqual([
      expect.objectContaining({
        code: "ZIP-ENTRY-TOO-LARGE",
        severity: "error",
        message: {
          zh: "文件解压后超过限制：word/document.xml 已超过 1 MB",
          en: "archive entry word/document.xml expands beyond 1 MB",
        },
        location: { kind: "docx", part: "word/document.xml" },
      }),
    ]);
    expect(formatSourceLocation({ kind: "docx", part: "word/document.xml" })).toBe("docx word/document.xml");
  });

  it("at the default limits: 1.2 GB from about 1.2 MB stops at 100 MB", async () => {
    const bomb = zipBomb("word/document.xml", 1200, CONTENT_TYPES);
    expect(bomb.length).toBeLessThan(2 * MB);
    const r = await parseReport(bomb);
    expect(r.issues?.map((i) => [i.code, i.message.zh])).toEqual([
      ["ZIP-ENTRY-TOO-LARGE", "文件解压后超过限制：word/document.xml 已超过 100 MB"],
    ]);
  });

  it("an archive of too many entries is refused before any is inflated", async () => {
    const files = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [`word/media/${i}.xml`, strToU8("x")]),
    );
    const docx = zipSync({ "word/document.xml": strToU8(documentXml(para("规章"))), ...files });
    const r = await readDocx(docx, { limits: { zip: { maxEntries: 20 } } });
    expect(r.issues.map((i) => [i.code, i.message.en])).toEqual([
      ["ZIP-TOO-MANY-ENTRIES", "the archive holds 31 entries, more than the limit of 20"],
    ]);
    expect((await readDocx(docx)).lines.map((l) => l.pieces[0]?.text)).toEqual(["规章"]);
  });

  it("an archive that cannot be read, or has no document.xml, is PARSE-DOCX with the reason", async () => {
    const cut = zipSync({ "word/document.xml": strToU8(documentXml(para("规章"))) }).subarray(0, 40);
    const broken = await readDocx(cut);
    expect(broken.issues[0]?.code).toBe("PARSE-DOCX");
    expect(broken.issues[0]?.message.zh).toMatch(/^不是可读的 \.docx 文件：无法读取压缩包/);
    const empty = await readDocx(zipSync(CONTENT_TYPES));
    expect(empty.issues[0]?.message.en).toBe("not a readable .docx file (no word/document.xml)");
  });

  it("XML nested past the depth limit stops the reading (PARSE-TOO-DEEP)", async () => {
    const deep = documentXml(`${"<w:sdt>".repeat(50)}${para("规章")}${"</w:sdt>".repeat(50)}`);
    expect((await readDocumentXml(deep)).lines.map((l) => l.pieces[0]?.text)).toEqual(["规章"]);
    const tooDeep = await readDocumentXml(deep, 40);
    expect(tooDeep.lines).toEqual([]);
    expect(tooDeep.issues.map((i) => [i.code, i.location])).toEqual([
      ["PARSE-TOO-DEEP", { kind: "docx", part: "word/document.xml" }],
    ]);
  });
});

describe("PDF within the size and page limits", () => {
  const format = getFormat("2021");

  it("reads a page's line from every page, in order, past several batches of pages", async () => {
    const doc = await readPdf(linePdf(21, { text: (i) => `Line ${i + 1}` }), { format });
    expect(doc.issues).toEqual([]);
    expect(doc.lines.map((l) => l.pieces.map((p) => p.text).join(" "))).toEqual(
      Array.from({ length: 21 }, (_, i) => `Line ${i + 1}`),
    );
    expect(doc.lines[20]?.loc).toMatchObject({ kind: "pdf", page: 21 });
  });

  it("a PDF over the page limit is an error located at the first page past it", async () => {
    const r = await parseReport(linePdf(30), { limits: { pdfPages: 20 } });
    expect(r.ok).toBe(false);
    expect(r.issues).toEqual([
      expect.objectContaining({
        code: "PARSE-PDF-TOO-MANY-PAGES",
        message: {
          zh: "PDF 页数超过限制：共 30 页，最多 20 页",
          en: "the PDF has 30 pages, more than the limit of 20",
        },
        location: { kind: "pdf", page: 21, x: 0, y: 0 },
      }),
    ]);
  });

  it("at the default limit of 2,000 pages, 2,001 pages are refused before any page is read", async () => {
    const r = await parseReport(linePdf(2001));
    expect(r.issues?.map((i) => i.message.zh)).toEqual(["PDF 页数超过限制：共 2001 页，最多 2000 页"]);
  });

  it("a PDF over the size limit is refused before it is opened", async () => {
    const pdf = linePdf(40);
    expect(pdf.length).toBe(11065);
    const r = await parseReport(pdf, { limits: { pdfBytes: 2048 } });
    expect(r.issues?.map((i) => [i.code, i.message.zh, i.message.en])).toEqual([
      [
        "PARSE-PDF-TOO-LARGE",
        "PDF 文件超过限制：10.8 KB，最多 2 KB",
        "the PDF is 10.8 KB, more than the limit of 2 KB",
      ],
    ]);
    expect((await parseReport(pdf, { limits: { pdfBytes: 11065 } })).issues?.[0]?.code).not.toBe(
      "PARSE-PDF-TOO-LARGE",
    );
  });
});

describe("HTML nesting", () => {
  it("100,000 nested <div>s (1 MB) stop at the depth limit with a located error", async () => {
    const html = `<html><body>${"<div>".repeat(100_000)}规章 5${"</div>".repeat(100_000)}</body></html>`;
    expect(html.length).toBeGreaterThan(1_000_000);
    const doc = await readHtml(html);
    expect(doc.lines).toEqual([]);
    expect(doc.issues).toHaveLength(1);
    const [deep] = doc.issues;
    expect(deep).toMatchObject({
      code: "PARSE-TOO-DEEP",
      severity: "error",
      message: {
        zh: "元素嵌套超过 1000 层，无法读取（疑似恶意构造的文件）",
        en: "elements are nested more than 1000 levels deep; the document cannot be read (a crafted file?)",
      },
    });
    expect(deep?.location).toEqual({
      kind: "html",
      path: "html[1]>body[1]>div[1]>div[1]>div[1]>div[1]>…>div[1]",
    });
    const r = await parseReport(html);
    expect(r.issues?.map((i) => i.code)).toEqual(["PARSE-TOO-DEEP"]);
  });

  it("a table inside nesting just under the limit is read", async () => {
    const table = "<table><tr><td>规章</td><td>5</td></tr></table>";
    const html = `${"<div>".repeat(990)}${table}${"</div>".repeat(990)}`;
    const doc = await readHtml(html);
    expect(doc.issues).toEqual([]);
    expect(doc.lines.map((l) => l.pieces.map((p) => p.text))).toEqual([["规章", "5"]]);
    expect((await readHtml(html, { limits: { depth: 500 } })).issues[0]?.code).toBe("PARSE-TOO-DEEP");
  });

  it("tables nested in layout cells many levels deep: every level's running text kept, the inner rows read", async () => {
    const depth = 300;
    let html = "<table><tr><td>规章</td><td>5</td></tr></table>";
    for (let i = depth; i >= 1; i--) html = `<table><tr><td>第${i}层<div>说明</div>${html}</td></tr></table>`;
    const doc = await readHtml(html);
    const texts = doc.lines.map((l) => l.pieces.map((p) => p.text).join("|"));
    expect(texts.filter((t) => t.startsWith("第"))).toHaveLength(depth);
    expect(texts.at(-1)).toBe("规章|5");
  });
});
