// auditReports over the corpus (texts and the real PDF): every file a row, agency and year
// from the document, exactly the reports whose published tables do not add up flagged, one
// agency's consecutive years paired for the cross-year rules.
import { beforeAll, describe, expect, it } from "vitest";
import {
  type AuditEvent,
  type AuditInput,
  type AuditPair,
  type AuditedReport,
  auditReports,
  auditSheets,
} from "../src/index.js";
import { corpusTexts, readTestdataBytes } from "./corpus-texts.js";
import { defined, itemAt } from "./item-at.js";

const corpus = corpusTexts();
const TABLE_RULE = /^T[234]-/;
const reports: AuditedReport[] = [];
const pairs: AuditPair[] = [];
const order: string[] = [];

beforeAll(async () => {
  const inputs: AuditInput[] = corpus.map((r) => ({ name: `${r.slug}.txt`, data: r.text }));
  inputs.push({
    name: "2024-hongze-district.pdf",
    data: readTestdataBytes("corpus/2024-hongze-district.pdf"),
  });
  inputs.push({ name: "notes.txt", data: "会议纪要：明天上午九点开会。" });
  inputs.push({ name: "empty.html", data: new Uint8Array() });
  for await (const e of auditReports(inputs) as AsyncIterable<AuditEvent>) {
    order.push(e.type);
    if (e.type === "report") reports.push(e.report);
    else pairs.push(e.pair);
  }
});

const row = (file: string) =>
  defined(
    reports.find((r) => r.file === file),
    `the row of ${file}`,
  );

describe("auditReports over the corpus", () => {
  it("gives every file a row, those that are no report with the reason", () => {
    expect(reports).toHaveLength(corpus.length + 3);
    expect(row("notes.txt")).toMatchObject({ read: false, findings: [] });
    expect(row("notes.txt").reason?.zh).toMatch(/\p{Script=Han}/u);
    expect(row("empty.html").read).toBe(false);
  });

  it("finds the year and the format of every report from the document", () => {
    for (const r of corpus)
      expect(row(`${r.slug}.txt`)).toMatchObject({ read: true, year: r.year, format: r.format });
    expect(row("2024-hongze-district.pdf")).toMatchObject({
      agency: "淮安市洪泽区人民政府",
      level: "county",
      year: 2024,
      kind: "pdf",
    });
  });

  it("finds the agency from the title where the document names it", () => {
    expect(row("2019-shanghai-municipal-office.txt").agency).toBe("上海市人民政府办公厅");
    expect(row("2023-shuyang-development-reform-bureau.txt").agency).toBe("沭阳县发展和改革局");
    expect(row("2021-pingtan-zone.txt").agency).toBe("平潭综合实验区");
  });

  it("flags exactly the reports whose published tables do not add up", () => {
    const flagged = reports
      .filter((r) => r.findings.some((f) => f.severity === "error" && TABLE_RULE.test(f.rule)))
      .map((r) => r.file)
      .sort();
    const published = corpus.filter((r) => r.expectTableErrors).map((r) => `${r.slug}.txt`);
    expect(flagged).toEqual(published.sort());
  });

  it("says where in the file a finding's cells were printed", () => {
    const f = defined(
      row("2024-shanghai-science-commission.txt").findings.find((x) => x.rule === "T3-BALANCE"),
      "a T3-BALANCE finding",
    );
    expect(f.place).toMatchObject({ kind: "text" });
  });

  it("counts cells read against the cells of the format, and what it could not read", () => {
    expect(row("2024-hongze-district.pdf").cells).toEqual({ read: 186, expected: 200 });
    const pingtan = row("2019-pingtan-zone.txt");
    expect(pingtan.cells.read + pingtan.unread).toBe(pingtan.cells.expected);
  });

  it("pairs one agency's consecutive years as soon as both are read, and only those", () => {
    expect(pairs.map((p) => [p.agency, p.previous.year, p.current.year])).toEqual([
      ["平潭综合实验区", 2021, 2022],
    ]);
    expect(order.indexOf("pair")).toBe(order.filter((_, i) => i < order.indexOf("pair")).length);
    expect(pairs[0]?.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("writes the four sheets with a row a report, a finding, a pair, a rule", () => {
    const sheets = auditSheets(reports, pairs);
    expect(sheets.map((s) => s.name)).toEqual(["概览", "问题", "跨年", "规则"]);
    const overview = itemAt(sheets, 0);
    const problems = itemAt(sheets, 1);
    const crossYears = itemAt(sheets, 2);
    const rules = itemAt(sheets, 3);
    expect(overview.rows).toHaveLength(reports.length + 1);
    expect(problems.rows).toHaveLength(reports.reduce((n, r) => n + r.findings.length, 0) + 1);
    expect(crossYears.rows[1]).toContain("平潭综合实验区");
    const balance = defined(
      problems.rows.find((r) => r[1] === "T3-BALANCE"),
      "the T3-BALANCE row of 问题",
    );
    expect(balance[4]).toContain("表三");
    expect(rules.rows.find((r) => r[0] === "T3-BALANCE")?.[4]).toBe("1");
  });
});

describe("yearPairer", () => {
  it("pairs the first file of an agency and year, not its copies", async () => {
    const { readAndCheck, yearPairer } = await import("../src/index.js");
    const r2021 = defined(
      corpus.find((r) => r.slug === "2021-pingtan-zone"),
      "2021-pingtan-zone",
    );
    const r2022 = defined(
      corpus.find((r) => r.slug === "2022-pingtan-zone"),
      "2022-pingtan-zone",
    );
    const a = await readAndCheck({ name: "2021.txt", data: r2021.text });
    const b = await readAndCheck({ name: "2022.txt", data: r2022.text });
    const b2 = await readAndCheck({ name: "2022.html", data: r2022.text });
    const pairer = yearPairer();
    expect(pairer.add(b)).toEqual([]);
    expect(pairer.add(b2)).toEqual([]);
    expect(pairer.add(a).map((p) => [p.previous.file, p.current.file])).toEqual([["2021.txt", "2022.txt"]]);
  });
});
