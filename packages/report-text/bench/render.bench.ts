// npm run bench — renders the sample county's report (盐池县 2020, @disclosure/samples)
// to every output form. Targets: HTML < 5 ms, .docx < 300 ms.
import { yanchiReport2020 } from "@disclosure/samples";
import { bench, describe } from "vitest";
import { renderCellsPreview, renderReport, renderTemplate } from "../src/index.js";
import { toCells } from "@disclosure/schema";

const report = yanchiReport2020;
const cells = toCells(report);
// Load the lazy modules (docx, opencc-js) once, outside the measurements.
await renderReport(report, { to: "docx", script: "hant" });

describe("renderReport 盐池县 2020 (2019 format, county)", () => {
  bench("html", async () => {
    await renderReport(report, { to: "html" });
  });
  bench("markdown", async () => {
    await renderReport(report, { to: "markdown" });
  });
  bench("text", async () => {
    await renderReport(report, { to: "text" });
  });
  bench("docx", async () => {
    await renderReport(report, { to: "docx" });
  });
  bench("html, Traditional", async () => {
    await renderReport(report, { to: "html", script: "hant" });
  });
});

describe("previews and templates", () => {
  bench("cells preview html", async () => {
    await renderCellsPreview(cells, { format: report.format, to: "html" });
  });
  bench("template csv (2021)", async () => {
    await renderTemplate("2021", { to: "csv" });
  });
  bench("template docx (2021)", async () => {
    await renderTemplate("2021", { to: "docx" });
  });
});
