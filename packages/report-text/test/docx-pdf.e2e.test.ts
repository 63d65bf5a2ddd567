// The .docx printed by LibreOffice (soffice --headless --convert-to pdf) and
// measured with pdfjs-dist (scripts/docx-pdf-check.mjs): A4, 22 lines on a full
// page of body text at a pitch of 28.95 pt, no table wider than the text block.
// LibreOffice is not part of CI (too big for its time); without it the test is
// skipped and says so.
import { yanchiReport2020 } from "@disclosure/samples";
import { describe, expect, it } from "vitest";
import { convertToPdf, gbt9704Checks, hasSoffice, measurePdf } from "../scripts/docx-pdf-check.mjs";
import { withoutFontPrograms } from "../src/parse/pdf-font-programs.js";
import { renderReport } from "../src/render/report.js";
import { textItems } from "./pdf-text-items.js";

const soffice = hasSoffice();
const title = soffice
  ? ".docx printed by LibreOffice"
  : ".docx printed by LibreOffice — skipped: soffice is not installed (apt-get install -y libreoffice-writer-nogui)";
if (!soffice) console.warn(`${title}`);

describe.skipIf(!soffice)(title, () => {
  it("the sample county on GB/T 9704's page: A4, 22 lines a full page at 28.95 pt, tables within the text block", async () => {
    const pdf = convertToPdf(await renderReport(yanchiReport2020, { to: "docx" }), "yanchi-2020");
    const checks = gbt9704Checks(await measurePdf(pdf));
    for (const c of checks) expect(c.ok, `${c.name}: ${c.seen}`).toBe(true);
  }, 240_000);

  it("on the template's page the same checks fail: tables 171.8 mm wide stand out of a 156 mm block", async () => {
    const pdf = convertToPdf(
      await renderReport(yanchiReport2020, { to: "docx", page: "template" }),
      "template",
    );
    const checks = gbt9704Checks(await measurePdf(pdf));
    expect(checks.find((c) => c.name.startsWith("no table wider"))?.ok).toBe(false);
  }, 240_000);

  it("the printed PDF reads the same, text item for text item, after the reader leaves out the font programs it can", async () => {
    const pdf = convertToPdf(await renderReport(yanchiReport2020, { to: "docx" }), "yanchi-2020-fonts");
    const items = await textItems(pdf);
    expect(items.length).toBeGreaterThan(100);
    expect(await textItems(await withoutFontPrograms(pdf))).toEqual(items);
  }, 240_000);
});
