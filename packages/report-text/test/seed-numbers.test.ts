// Every figure of the 盐池县 2020 seed that the sample holds appears in the rendered
// report, in every output form and script.
import { yanchiFactSources, yanchiReport2020 } from "@disclosure/samples";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { renderReport, toSimplified } from "../src/index.js";

const figures = [...new Set(yanchiFactSources.flatMap((s) => (s.text === undefined ? [] : [s.text])))];

/** The visible text of a rendered form, as one string. */
async function visibleText(
  to: "markdown" | "html" | "text" | "docx",
  script: "hans" | "hant",
): Promise<string> {
  const out = await renderReport(yanchiReport2020, { to, script });
  let text: string;
  if (typeof out === "string") {
    text = to === "html" ? out.replace(/<[^>]+>/g, "") : out;
  } else {
    const documentXml = unzipSync(out)["word/document.xml"];
    if (!documentXml) throw new Error("the .docx has no word/document.xml");
    const xml = strFromU8(documentXml);
    text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
  }
  // Text and tables wrap lines; figures are compared on the text without line breaks.
  text = text.replace(/\s+/g, "");
  return script === "hant" ? toSimplified(text) : text;
}

describe("the seed's figures in the rendered 盐池县 2020 report", () => {
  it("has the figures to look for", () => expect(figures.length).toBeGreaterThanOrEqual(50));
  for (const to of ["markdown", "html", "text", "docx"] as const) {
    for (const script of ["hans", "hant"] as const) {
      it(`${to}, ${script}`, async () => {
        const text = await visibleText(to, script);
        const missing = figures.filter((f) => !text.includes(f.replace(/\s+/g, "")));
        expect(missing).toEqual([]);
      });
    }
  }
});
