import { describe, expect, it } from "vitest";
import { cli, present, testdataDir } from "./helpers.js";

describe("disclosure parse", () => {
  it("reads the 洪泽区 2024 PDF, and --check flags the narrative's 17 against the table's 95", async () => {
    const r = await cli(["parse", `${testdataDir}corpus/2024-hongze-district.pdf`, "--check", "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.report.tables.table3.received.total).toBe(95);
    expect(out.report.tables.table3.otherHandling).toBeDefined();
    const rules = out.findings.map((f: { rule: string }) => f.rule);
    expect(rules).toContain("TXT-NUMBERS");
    expect(rules).toContain("STRUCT-GROUP-COLLAPSED");
    expect(out.findings.filter((f: { severity: string }) => f.severity === "error")).toEqual([]);
  });

  it("reads a rendered HTML report back", async () => {
    const sample = (await cli(["sample"])).stdout;
    const html = (await cli(["render", "s.json", "--to", "html", "-o", "s.html"], { "s.json": sample }))
      .written["s.html"];
    const r = await cli(["parse", "s.html", "--json"], { "s.html": present(html, "s.html") });
    expect(JSON.parse(r.stdout).report.tables.table3.received.total).toBe(5);
  });

  it("exits 2 with a bilingual explanation when nothing can be read", async () => {
    const empty = await cli(["parse", "e.txt"], { "e.txt": "" });
    expect(empty.code).toBe(2);
    const page = await cli(["parse", "p.html", "--lang", "en"], {
      "p.html": "<html><body><h1>县政府门户网站</h1><p>欢迎访问</p></body></html>",
    });
    expect(page.code).toBe(2);
    expect(page.stdout).toMatch(/[a-z]/);
  });
});
