// PDFs printed by a real writer — Chromium's (Skia's) PDF backend, through playwright-core —
// read by the own text-layer reader item for item as pdfjs-dist reads them. Skia embeds a
// TrueType font as a composite font (Type0 over CIDFontType2, Identity-H, /ToUnicode), the
// kind WPS and Word write for Chinese text; the CJK fonts of the machine are CFF (OpenType),
// which Skia writes as Type 3, so these pages are set in DejaVu (TrueType): tables of numbers,
// Latin text at several sizes, letter and word spacing, justified and rotated text.
import fc from "fast-check";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ownTextItems } from "../src/parse/pdf-own-text.js";
import { latin1 } from "../src/parse/pdf-syntax.js";
import { textItems } from "./pdf-text-items.js";

const LAUNCH = {
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
};

let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch(LAUNCH);
});

afterAll(async () => {
  await browser?.close();
});

async function printed(html: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: "load" });
    return new Uint8Array(await page.pdf({ format: "A4" }));
  } finally {
    await page.close();
  }
}

function ownItems(data: Uint8Array): unknown[] {
  return ownTextItems(data, 2000).items.flatMap((page, p) =>
    page.map((it) => [p + 1, it.str, it.transform, it.width, it.height, it.hasEOL]),
  );
}

const FONT = "'DejaVu Sans', 'DejaVu Serif', 'Liberation Sans'";

/** A page of a table of numbers with a heading and a paragraph, styled as given. */
function page(rows: readonly (readonly number[])[], style: string, words: string): string {
  const body = rows.map((r, i) => `<tr><td>Row ${i + 1}</td>${r.map((v) => `<td>${v}</td>`).join("")}</tr>`);
  return `<html><body style="font-family: ${FONT}; ${style}"><h1>Annual report 2024</h1><p style="text-align: justify; width: 300px">${words}</p><p style="transform: rotate(90deg); width: 100px">Turned 90</p><table border="1">${body.join("")}</table><p style="font-family: 'DejaVu Serif'; font-size: 9pt">Serif, 9 pt: 1,234.50 (total)</p></body></html>`;
}

describe("PDFs printed by Chromium", () => {
  it("are read by the own reader (composite TrueType fonts), item for item as pdfjs-dist reads them", async () => {
    const rows = fc.array(fc.array(fc.nat({ max: 99999 }), { minLength: 3, maxLength: 6 }), {
      minLength: 1,
      maxLength: 25,
    });
    const style = fc.constantFrom(
      "",
      "font-size: 10pt",
      "font-size: 16pt; letter-spacing: 1px",
      "word-spacing: 6px",
      "letter-spacing: -0.5px; font-size: 12pt",
    );
    const words = fc
      .array(
        fc.constantFrom("report", "of", "the", "year", "2024", "—", "applications:", "12", "(total)", "7.5%"),
        {
          minLength: 5,
          maxLength: 40,
        },
      )
      .map((w) => w.join(" "));
    await fc.assert(
      fc.asyncProperty(rows, style, words, async (r, s, w) => {
        const pdf = await printed(page(r, s, w));
        // Skia's composite TrueType fonts, no Type 3: the kind of file the property is about.
        expect(latin1(pdf)).toContain("/FontFile2");
        expect(latin1(pdf)).not.toContain("/Type3");
        const own = ownItems(pdf);
        expect(own.length).toBeGreaterThan(r.length);
        expect(own).toEqual(await textItems(pdf));
      }),
      { numRuns: 8 },
    );
  }, 120_000);
});
