// The libraries load pdfjs-dist, docx and exceljs only when a feature needs them; the command
// depends on all three, so that it works as installed. Should one be missing all the same,
// the command exits 2 with the bilingual message naming what to install. Here pdfjs-dist and
// exceljs are made unfindable as Node reports it (ERR_MODULE_NOT_FOUND); docx, which the
// workspace installs beside each package that names it, is covered by report-text's tests.
import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { cli, testdataDir } from "./helpers.js";

function notFound(name: string): Error {
  return Object.assign(new Error(`Cannot find package '${name}' imported from /app/lib.js`), {
    code: "ERR_MODULE_NOT_FOUND",
  });
}
vi.mock("pdfjs-dist/legacy/build/pdf.mjs", () => {
  throw notFound("pdfjs-dist");
});
vi.mock("exceljs", () => {
  throw notFound("exceljs");
});

const pkg = (p: string) =>
  JSON.parse(readFileSync(new URL(`../../${p}/package.json`, import.meta.url), "utf8"));

/** A PDF of one line in Helvetica, a standard font not embedded: one that only pdfjs-dist reads. */
function helveticaPdf(): Uint8Array {
  const content = "BT /F1 12 Tf 72 720 Td (Page line 1) Tj ET";
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let text = "%PDF-1.7\n";
  const offsets = objects.map((body, k) => {
    const at = text.length;
    text += `${k + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = text.length;
  text += `xref\n0 6\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  text += `trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(text);
}

describe("without the optional modules", () => {
  it("parse of a PDF that only pdfjs-dist reads exits 2 naming pdfjs-dist, in English with --lang en", async () => {
    const r = await cli(["parse", "line.pdf", "--lang", "en"], { "line.pdf": helveticaPdf() });
    expect(r.code).toBe(2);
    expect(`${r.stdout}${r.stderr}`).toContain("reading PDF needs pdfjs-dist: npm i pdfjs-dist@5.6.205");
  });

  it("parse of the corpus PDF (WPS) reads it all the same, with report-text's own reader", async () => {
    const r = await cli(["parse", `${testdataDir}corpus/2024-hongze-district.pdf`, "--lang", "en"]);
    expect(r.code).not.toBe(2);
    expect(`${r.stdout}${r.stderr}`).not.toContain("pdfjs-dist");
    expect(r.stdout).toContain("淮安市洪泽区人民政府");
  });

  it("ledger -o .xlsx and tabulate of an .xlsx ledger exit 2 naming exceljs", async () => {
    const ledger = await cli(["ledger", "-o", "台账.xlsx"]);
    expect(ledger.code).toBe(2);
    expect(ledger.stderr).toBe("读写 Excel 文件（.xlsx）需要安装 exceljs：npm i exceljs@4.4.0\n");
    const tab = await cli(["tabulate", "台账.xlsx", "--year", "2021"], {
      "台账.xlsx": new Uint8Array([0x50, 0x4b, 3, 4]),
    });
    expect(tab.code).toBe(2);
    expect(tab.stderr).toBe("读写 Excel 文件（.xlsx）需要安装 exceljs：npm i exceljs@4.4.0\n");
  });

  it("template -o .xlsx and validate of a filled form exit 2 naming exceljs", async () => {
    const form = await cli(["template", "-o", "表.xlsx"]);
    expect(form.code).toBe(2);
    expect(form.stderr).toBe("生成 Excel 填报表（.xlsx）需要安装 exceljs：npm i exceljs@4.4.0\n");
    const read = await cli(["validate", "表.xlsx"], { "表.xlsx": new Uint8Array([0x50, 0x4b, 3, 4]) });
    expect(read.code).toBe(2);
    expect(read.stderr).toBe("读取 Excel 填报表（.xlsx）需要安装 exceljs：npm i exceljs@4.4.0\n");
  });
});

describe("the command depends on the optional modules, at the versions the libraries name", () => {
  it.each([
    ["report-text", "docx"],
    ["report-text", "pdfjs-dist"],
    ["catalog", "exceljs"],
    ["report-text", "exceljs"],
    ["schema", "exceljs"],
  ])("%s's %s", (lib, name) => {
    const version = pkg(lib).devDependencies[name];
    expect(pkg(lib).peerDependencies[name]).toBe(`^${version}`);
    expect(pkg("cli").dependencies[name]).toBe(version);
  });
});
