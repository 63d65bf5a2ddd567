#!/usr/bin/env node
// Prints the sample county's .docx through LibreOffice and measures the PDF:
// A4 pages, the body text's lines (22 on a full page of GB/T 9704) and their
// pitch, and the extent of everything drawn (the tables' borders) against the
// text block (28 mm from the left edge, 26 mm from the right). The same report
// on the Word template's page is measured too: its tables, 171.8 mm wide, stand
// out of a 156 mm block, which shows the measurement can fail.
//
//   node packages/report-text/scripts/docx-pdf-check.mjs [--keep DIR]
//
// Needs the package built (dist/) and LibreOffice (`soffice`; Debian:
// apt-get install -y libreoffice-writer-nogui). Exit 0 when every check holds,
// 1 when one does not, 2 when soffice or the build is missing.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const PT_PER_MM = 72 / 25.4;

/** The text block of GB/T 9704 on A4, in PDF points (origin bottom left). */
export const GBT9704_BLOCK = {
  left: 28 * PT_PER_MM,
  right: (210 - 26) * PT_PER_MM,
  top: (297 - 37) * PT_PER_MM,
  bottom: 35 * PT_PER_MM,
};

/** Whether LibreOffice can be run. */
export function hasSoffice() {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/** .docx bytes → PDF bytes through `soffice --headless --convert-to pdf` (a private profile, so runs do not collide). */
export function convertToPdf(docx, name = "report") {
  const dir = mkdtempSync(join(tmpdir(), "docx-pdf-"));
  try {
    const input = join(dir, `${name}.docx`);
    writeFileSync(input, docx);
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        input,
      ],
      { stdio: "ignore", timeout: 180_000 },
    );
    return new Uint8Array(readFileSync(join(dir, `${name}.pdf`)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function multiply(m, n) {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function apply(m, x, y) {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** The horizontal extent of every path drawn on a page (table borders), from its operator list. */
async function pathExtent(pdfjs, page) {
  const { fnArray, argsArray } = await page.getOperatorList();
  const { OPS } = pdfjs;
  let ctm = [1, 0, 0, 1, 0, 0];
  const stack = [];
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  fnArray.forEach((fn, i) => {
    const args = argsArray[i];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args);
    else if (fn === OPS.constructPath) {
      // pdfjs 5: [paint op, [path data], bounding box [minX, minY, maxX, maxY]]; a path
      // that is not painted (endPath) is a clip, such as the page's own rectangle.
      if (args[0] === OPS.endPath) return;
      const box = args[args.length - 1];
      if (!box || box.length !== 4 || !Number.isFinite(box[0])) return;
      for (const [x, y] of [
        [box[0], box[1]],
        [box[2], box[3]],
      ]) {
        const [px] = apply(ctm, x, y);
        minX = Math.min(minX, px);
        maxX = Math.max(maxX, px);
      }
    }
  });
  return Number.isFinite(minX) ? { minX, maxX } : undefined;
}

/**
 * Measures a PDF: per page its size, the baselines of body text (items of
 * `bodySize` pt inside the text block's height), and the horizontal extents of
 * the paths (table borders) and of all text.
 */
export async function measurePdf(pdf, { bodySize = 16 } = {}) {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // a copy: pdfjs hands the bytes to its worker, which detaches them
  const doc = await pdfjs.getDocument({ data: pdf.slice(), verbosity: 0, isEvalSupported: false }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , width, height] = page.view;
    const { items } = await page.getTextContent();
    const baselines = new Set();
    let tableText = false;
    let textMin = Number.POSITIVE_INFINITY;
    let textMax = Number.NEGATIVE_INFINITY;
    for (const it of items) {
      if (!it.str?.trim()) continue;
      const size = Math.hypot(it.transform[2], it.transform[3]);
      const x = it.transform[4];
      const y = it.transform[5];
      if (size < bodySize - 3) {
        // Table text (10 pt): its extent, with the borders', is the table's.
        tableText = true;
        textMin = Math.min(textMin, x);
        textMax = Math.max(textMax, x + it.width);
      }
      if (Math.abs(size - bodySize) <= 0.6 && y > GBT9704_BLOCK.bottom - 2)
        baselines.add(Math.round(y * 10) / 10);
    }
    const lines = [...baselines].sort((a, b) => b - a);
    const gaps = lines.slice(1).map((y, i) => lines[i] - y);
    pages.push({
      page: n,
      width,
      height,
      bodyLines: lines.length,
      linePitch: gaps.length ? Math.min(...gaps) : undefined,
      tableText,
      paths: await pathExtent(pdfjs, page),
      tableTextExtent: Number.isFinite(textMin) ? { minX: textMin, maxX: textMax } : undefined,
    });
    page.cleanup();
  }
  await doc.destroy();
  return pages;
}

/** The checks of a measured PDF printed on GB/T 9704's page, each with what was seen. */
export function gbt9704Checks(pages, { tolerance = 1 } = {}) {
  const a4 = pages.every((p) => Math.abs(p.width - 595.3) < 1 && Math.abs(p.height - 841.9) < 1);
  const bodyPages = pages.filter((p) => !p.tableText && p.page !== 1 && p.page !== pages.length);
  const most = Math.max(0, ...pages.map((p) => p.bodyLines));
  const pitches = pages.map((p) => p.linePitch).filter((x) => x !== undefined);
  const outside = (e) =>
    e && (e.minX < GBT9704_BLOCK.left - tolerance || e.maxX > GBT9704_BLOCK.right + tolerance);
  const wide = pages.filter((p) => outside(p.paths) || outside(p.tableTextExtent));
  const fmt = (e) => (e ? `${(e.minX / PT_PER_MM).toFixed(1)}–${(e.maxX / PT_PER_MM).toFixed(1)} mm` : "—");
  return [
    {
      name: "A4 pages",
      ok: a4,
      seen: pages.map((p) => `${p.width.toFixed(1)}×${p.height.toFixed(1)}`).join(", "),
    },
    {
      // A page can end a line short (a heading kept with its paragraph, widow control).
      name: "22 lines on a full page of body text",
      ok: bodyPages.some((p) => p.bodyLines === 22) && most <= 22,
      seen: pages.map((p) => `p.${p.page}: ${p.bodyLines}${p.tableText ? " (table)" : ""}`).join(", "),
    },
    {
      name: "line pitch 28.95 pt",
      ok: pitches.length > 0 && pitches.every((x) => Math.abs(x - 28.95) < 0.3),
      seen: pitches.map((x) => x.toFixed(2)).join(", "),
    },
    {
      name: "no table wider than the text block (28.0–184.0 mm from the left edge)",
      ok: wide.length === 0,
      seen: pages
        .filter((p) => p.paths || p.tableTextExtent)
        .map((p) => `p.${p.page}: borders ${fmt(p.paths)}, cell text ${fmt(p.tableTextExtent)}`)
        .join("; "),
    },
  ];
}

async function main() {
  if (!hasSoffice()) {
    console.error("soffice (LibreOffice) is not installed: apt-get install -y libreoffice-writer-nogui");
    return 2;
  }
  const keep = process.argv.indexOf("--keep");
  const keepDir = keep > 0 ? process.argv[keep + 1] : undefined;
  let renderReport;
  let yanchiReport2020;
  try {
    ({ renderReport } = await import("@disclosure/report-text"));
    ({ yanchiReport2020 } = await import("@disclosure/samples"));
  } catch (e) {
    console.error(`build the packages first (npx turbo run build): ${e.message}`);
    return 2;
  }
  let failed = false;
  for (const page of ["gbt9704", "template"]) {
    const docx = await renderReport(yanchiReport2020, { to: "docx", page });
    const pdf = convertToPdf(docx, `yanchi-2020-${page}`);
    if (keepDir) {
      writeFileSync(join(keepDir, `yanchi-2020-${page}.docx`), docx);
      writeFileSync(join(keepDir, `yanchi-2020-${page}.pdf`), pdf);
    }
    const pages = await measurePdf(pdf);
    console.log(`盐池县 2020, page: "${page}" — ${pages.length} pages`);
    for (const c of gbt9704Checks(pages)) {
      console.log(`  ${c.ok ? "ok  " : "FAIL"} ${c.name}: ${c.seen}`);
      if (page === "gbt9704" && !c.ok) failed = true;
    }
  }
  console.log(
    failed
      ? "The GB/T 9704 page fails a check."
      : "The GB/T 9704 page passes every check (the template's page is shown for comparison: its tables stand out of a 156 mm block).",
  );
  return failed ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = await main();
}
