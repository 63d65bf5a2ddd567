// pdfjs-dist and docx are optional peer dependencies: without them, reading a PDF is a
// located issue and writing .docx rejects, both naming what to install. Here the two
// packages are made unfindable as Node reports it (ERR_MODULE_NOT_FOUND).
import { readFileSync } from "node:fs";
import { isOptionalModuleError } from "@disclosure/schema";
import { describe, expect, it, vi } from "vitest";
import { parseReport } from "../src/parse/index.js";
import { PDF_READER } from "../src/parse/pdf.js";
import { DOCX_WRITER } from "../src/render/docx.js";
import { renderReport } from "../src/render/report.js";
import { renderTemplate } from "../src/render/template.js";
import { linePdf } from "./line-pdf.js";
import { yanchi2020 } from "./sample.js";
import { testdataDir } from "./testdata.js";

vi.mock("pdfjs-dist/legacy/build/pdf.mjs", () => {
  throw Object.assign(new Error("Cannot find package 'pdfjs-dist' imported from /app/report-text.js"), {
    code: "ERR_MODULE_NOT_FOUND",
  });
});
vi.mock("docx", () => {
  throw Object.assign(new Error("Cannot find package 'docx' imported from /app/report-text.js"), {
    code: "ERR_MODULE_NOT_FOUND",
  });
});

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

describe("without pdfjs-dist", () => {
  it("parseReport gives a located PARSE-MODULE-MISSING issue naming the package, and does not throw", async () => {
    // A standard font not embedded (Helvetica): a PDF the own reader leaves to pdfjs-dist.
    const pdf = linePdf(1, { text: () => "Page line 1" });
    const r = await parseReport(pdf);
    expect(r.ok).toBe(false);
    expect(r.cells).toEqual([]);
    expect(r.issues).toEqual([
      expect.objectContaining({
        code: "PARSE-MODULE-MISSING",
        severity: "error",
        message: {
          zh: "读取 PDF 需要安装 pdfjs-dist：npm i pdfjs-dist@5.6.205",
          en: "reading PDF needs pdfjs-dist: npm i pdfjs-dist@5.6.205",
        },
        location: { kind: "pdf", page: 1, x: 0, y: 0 },
      }),
    ]);
  });

  it("still reads a PDF the own reader follows (the corpus PDF, set by WPS): every cell, no issue of a missing module", async () => {
    const pdf = new Uint8Array(readFileSync(`${testdataDir}corpus/2024-hongze-district.pdf`));
    const r = await parseReport(pdf);
    expect(r.ok).toBe(true);
    expect(JSON.stringify(r)).not.toContain("PARSE-MODULE-MISSING");
    const truth: { table: string; row: string; col: string; value: unknown }[] = JSON.parse(
      readFileSync(`${testdataDir}corpus/2024-hongze-district.cells.json`, "utf8"),
    ).cells;
    const read = (t: (typeof truth)[number]) =>
      r.cells.find((c) => c.table === t.table && c.row === t.row && c.col === t.col)?.value;
    expect(truth.length).toBeGreaterThan(100);
    expect(truth.filter((t) => read(t) !== t.value)).toEqual([]);
    expect(r.unread).toEqual([]);
  });

  it("still reads HTML and text, which need no optional module", async () => {
    const r = await parseReport(readFileSync(`${testdataDir}corpus/2024-hongze-district.txt`, "utf8"));
    expect(r.cells.length).toBeGreaterThan(0);
  });
});

describe("without docx", () => {
  it("renderReport to .docx rejects with the message naming docx", async () => {
    const e = await renderReport(await yanchi2020(), { to: "docx" }).catch((x: unknown) => x);
    expect(isOptionalModuleError(e)).toBe(true);
    expect((e as Error).message).toBe(
      "生成 Word 文件（.docx）需要安装 docx：npm i docx@9.7.1 / writing Word (.docx) needs docx: npm i docx@9.7.1",
    );
    await expect(renderTemplate("2021", { to: "docx", year: 2024 })).rejects.toThrow("npm i docx@9.7.1");
  });

  it("still renders HTML", async () => {
    expect(await renderReport(await yanchi2020(), { to: "html" })).toContain("<table");
  });
});

describe("the versions named to install are the ones tested here", () => {
  it.each([PDF_READER, DOCX_WRITER])("$name: devDependency, optional peer with that floor", (mod) => {
    const version = pkg.devDependencies[mod.name];
    expect(mod.install).toBe(`${mod.name}@${version}`);
    expect(pkg.peerDependencies[mod.name]).toBe(`^${version}`);
    expect(pkg.peerDependenciesMeta[mod.name]).toEqual({ optional: true });
    expect(pkg.dependencies[mod.name]).toBeUndefined();
  });
});
