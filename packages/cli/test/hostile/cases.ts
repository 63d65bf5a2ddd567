// The hostile and broken inputs of the suite, by class. Each case is a command line and the
// files it reads (made here, in memory: no large file is committed), and what must come of
// it: the exit code, and words the message must carry (located: a path, a line, a key).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipSync } from "fflate";
import { zipBomb } from "../../../schema/test/zip-bomb.js";
import { linePdf } from "../../../report-text/test/line-pdf.js";
import { testdataDir } from "../helpers.js";

export type Files = Record<string, string | Uint8Array>;

export interface HostileCase {
  /** The class of the failure it guards against (1–12, see the suite's header). */
  readonly cls: number;
  readonly name: string;
  readonly argv: readonly string[];
  readonly files?: Files;
  /** Allowed exit codes. */
  readonly exit: readonly number[];
  /** Text the output (stdout + stderr) must contain, in the Chinese run. */
  readonly says?: readonly (string | RegExp)[];
  /** Further checks on what was written (-o files). */
  readonly written?: (files: Record<string, string | Uint8Array>) => void;
}

const corpus = (name: string) => `${testdataDir}corpus/${name}`;
const SHUYANG = corpus("2025-shuyang-county.cells.json");

const report = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    agency: { name: "盐池县财政局", level: "department" },
    year: 2022,
    format: "2021",
    tables: { table3: { received: { naturalPerson: 2, total: 2 } } },
    ...over,
  });

const app = (id: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    type: "application",
    id,
    unit: "财政局",
    receivedDate: "2024-03-01",
    applicantType: "naturalPerson",
    result: "granted",
    completedDate: "2024-03-10",
    ...extra,
  });

const jsonl = (lines: string[]) => `${lines.join("\n")}\n`;

// ------------------------------------------------------------------ 1. unknown keys
const unknownKeyReports: [name: string, text: string, key: string][] = [
  [
    "tables.tabel3 (inside tables)",
    JSON.stringify({ ...JSON.parse(report()), tables: { tabel3: { received: { total: 1 } } } }),
    "tabel3",
  ],
  ["sections.overveiw", report({ sections: { overveiw: "总体情况" } }), "overveiw"],
  ["tableNotes.tabel4", report({ tableNotes: { tabel4: "注" } }), "tabel4"],
  [
    "agency.nmae",
    JSON.stringify({
      ...JSON.parse(report()),
      agency: { nmae: "x", name: "盐池县财政局", level: "department" },
    }),
    "nmae",
  ],
  ["top-level yaer", report({ yaer: 2022 }), "yaer"],
];
const unknownKeys: HostileCase[] = unknownKeyReports.flatMap(([name, text, key]) =>
  (["validate", "check", "cells"] as const).map((cmd) => ({
    cls: 1,
    name: `${cmd}: ${name}`,
    argv: [cmd, "r.json"],
    files: { "r.json": text },
    exit: [1, 2],
    says: [key],
  })),
);

// ------------------------------------------------------------------ 2. limits
/** A file written to a temporary folder (for commands that walk folders). */
function onDisk(name: string, data: Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), "hostile-")), name);
  writeFileSync(path, data);
  return path;
}
const docxBomb = () =>
  zipBomb("word/document.xml", 1200, { "[Content_Types].xml": new TextEncoder().encode("<Types/>") });
const limits: HostileCase[] = [
  {
    cls: 2,
    name: "parse: a .docx inflating to 1.2 GB",
    argv: ["parse", "bomb.docx"],
    files: { "bomb.docx": docxBomb() },
    exit: [2],
    says: [/解压|限制|超过/],
  },
  {
    cls: 2,
    name: "audit: the same bomb among reports is a row with the reason",
    argv: ["audit", onDisk("bomb.docx", docxBomb()), "--jobs", "1"],
    exit: [1],
    says: ["bomb.docx", /解压|限制|超过/],
  },
  {
    cls: 2,
    name: "tabulate: an .xlsx ledger inflating to 1.2 GB",
    argv: ["tabulate", "bomb.xlsx", "--year", "2024"],
    files: { "bomb.xlsx": zipBomb("xl/worksheets/sheet1.xml", 1200) },
    exit: [2],
    says: [/解压|限制|超过/],
  },
  {
    cls: 2,
    name: "parse: a zip of 20,000 entries",
    argv: ["parse", "many.docx"],
    files: {
      "many.docx": zipSync(
        Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`f${i}.xml`, new Uint8Array(1)])),
      ),
    },
    exit: [2],
    says: [/条目|entries|限制/],
  },
  {
    cls: 2,
    name: "parse: a PDF of 2,500 pages",
    argv: ["parse", "long.pdf"],
    files: { "long.pdf": linePdf(2500) },
    exit: [2],
    says: [/页|pages/],
  },
  {
    cls: 2,
    name: "parse: HTML nested 100,000 levels",
    argv: ["parse", "deep.html"],
    files: { "deep.html": `${"<div>".repeat(100_000)}x${"</div>".repeat(100_000)}` },
    exit: [2],
    says: [/层|嵌套|deep/],
  },
  {
    cls: 2,
    name: "parse: a truncated .docx",
    argv: ["parse", "cut.docx"],
    files: { "cut.docx": docxBomb().slice(0, 2000) },
    exit: [2],
  },
];

// ------------------------------------------------------------------ 3. formula injection
const FORMULAS = [
  '=HYPERLINK("http://x","点击")',
  "=cmd|' /C calc'!A0",
  "+SUM(1,2)",
  "@SUM(1)",
  "-2+3",
  "\t=1+1",
  "\r=1+1",
];
/** No cell of a CSV begins with a character a spreadsheet would run (after an opening quote). */
export function noFormulaCell(csv: string): string[] {
  return csv
    .replace(/^\uFEFF/, "")
    .split(/\r\n/)
    .flatMap((line) => line.split(","))
    .filter((cell) => /^"?[=+@\t\r]|^"?-(?![\d.]+"?$)/.test(cell));
}
const injection: HostileCase[] = FORMULAS.flatMap((f, i): HostileCase[] => [
  {
    cls: 3,
    name: `ledger CSV: an id ${JSON.stringify(f)} is written guarded`,
    argv: ["ledger", "a.jsonl", "-o", "out.csv"],
    files: { "a.jsonl": jsonl([app(f), app(`F${i}`, { unit: f })]) },
    exit: [0, 1],
    written: (w: Record<string, string | Uint8Array>) => {
      const csv = String(w["out.csv"]);
      if (!csv.includes("'")) throw new Error("no guarded cell in the CSV");
      if (noFormulaCell(csv).length) throw new Error(`formula cells: ${noFormulaCell(csv).join(" ")}`);
    },
  },
  {
    cls: 3,
    name: `audit CSV: a report whose agency is ${JSON.stringify(f)} is written guarded`,
    argv: ["cells", "r.json", "--csv", "-o", "out.csv"],
    files: { "r.json": report({ agency: { name: f, level: "department" } }) },
    exit: [0, 1, 2],
    written: (w: Record<string, string | Uint8Array>) => {
      const csv = w["out.csv"];
      if (csv !== undefined && noFormulaCell(String(csv)).length) throw new Error("formula cells");
    },
  },
]);

// ------------------------------------------------------------------ 4. duplicates
const duplicates: HostileCase[] = [
  {
    cls: 4,
    name: "tabulate: one id three times",
    argv: ["tabulate", "a.jsonl", "--year", "2024"],
    files: { "a.jsonl": jsonl([app("A1"), app("A1"), app("A1")]) },
    exit: [1],
    says: ["A1", /a\.jsonl:2/],
  },
  {
    cls: 4,
    name: "tabulate: the same file twice",
    argv: ["tabulate", "a.jsonl", "a.jsonl", "--year", "2024"],
    files: { "a.jsonl": jsonl([app("A1")]) },
    exit: [2],
    says: ["a.jsonl"],
  },
  {
    cls: 4,
    name: "validate: a key twice in one object",
    argv: ["validate", "r.json"],
    files: { "r.json": report().replace('"year":2022', '"year":2022,"year":2023') },
    exit: [1, 2],
    says: ["year", /1/],
  },
  {
    cls: 4,
    name: "rollup: a unit given twice",
    argv: ["rollup", "u.json", "u.json", "--year", "2022"],
    files: { "u.json": report() },
    exit: [1, 2],
    says: [/重复|twice|ROLLUP-DUPLICATE/],
  },
  {
    cls: 4,
    name: "tabulate: a key twice in one record line",
    argv: ["tabulate", "a.jsonl", "--year", "2024"],
    files: { "a.jsonl": jsonl([app("A1").replace('"id":"A1"', '"id":"A1","id":"A2"')]) },
    exit: [1, 2],
    says: [/a\.jsonl:1/],
  },
];

// ------------------------------------------------------------------ 6. encodings and control characters
const reportText =
  "盐池县人民政府2020年政府信息公开工作年度报告\n一、总体情况\n\u001b[31m红色\u001b[0m的总体情况。\n";
const encodings: HostileCase[] = [
  {
    cls: 6,
    name: "render --to text: ANSI escapes in the wording never reach the terminal",
    argv: ["render", "r.json", "--to", "text"],
    files: { "r.json": report({ sections: { overview: "\u001b[31m红色\u001b[0m总体情况\u0007" } }) },
    exit: [0, 1],
  },
  {
    cls: 6,
    name: "parse: a text report with ANSI escapes",
    argv: ["parse", "r.txt"],
    files: { "r.txt": reportText },
    exit: [0, 1, 2],
  },
  {
    cls: 6,
    name: "validate: a NUL inside a JSON string",
    argv: ["validate", "r.json"],
    files: { "r.json": report({ agency: { name: "盐池县\u0000财政局", level: "department" } }) },
    exit: [0, 1, 2],
  },
  {
    cls: 6,
    name: "parse: a file of random bytes",
    argv: ["parse", "x.txt"],
    files: { "x.txt": Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24) },
    exit: [2],
  },
];

// ------------------------------------------------------------------ 8. issue lists capped
const manyCells = jsonl(
  Array.from({ length: 20_000 }, () => '{"table":"table3","row":"received","col":"total","value":1}'),
);
const caps: HostileCase[] = [
  {
    cls: 8,
    name: "validate: 20,000 duplicate cells",
    argv: ["validate", "c.jsonl", "--year", "2022"],
    files: { "c.jsonl": manyCells },
    exit: [1, 2],
    says: [/c\.jsonl:\d+/],
  },
  {
    cls: 8,
    name: "tabulate: 20,000 bad records",
    argv: ["tabulate", "a.jsonl", "--year", "2024"],
    files: {
      "a.jsonl": jsonl(
        Array.from({ length: 20_000 }, (_, i) => app(`B${i}`, { receivedDate: "2024-13-40" })),
      ),
    },
    exit: [1],
    says: [/a\.jsonl:\d+/],
  },
];

// ------------------------------------------------------------------ 9. options
const badOptions: [string, string[]][] = [
  [
    "--from 2020-02-30",
    ["catalog", "coverage", "c.csv", "p.jsonl", "--from", "2020-02-30", "--to", "2020-12-31"],
  ],
  [
    "a reversed range",
    ["catalog", "coverage", "c.csv", "p.jsonl", "--from", "2020-12-31", "--to", "2020-01-01"],
  ],
  [
    "--to 0000-00-00",
    ["catalog", "coverage", "c.csv", "p.jsonl", "--from", "2020-01-01", "--to", "0000-00-00"],
  ],
  ["--year abc", ["tabulate", "a.jsonl", "--year", "abc"]],
  ["--year 1e3", ["tabulate", "a.jsonl", "--year", "1e3"]],
  ["--year 20245", ["tabulate", "a.jsonl", "--year", "20245"]],
  ["--jobs 1.5", ["audit", "a.jsonl", "--jobs", "1.5"]],
  ["--jobs 1e309", ["audit", "a.jsonl", "--jobs", "1e309"]],
  ["--jobs -1", ["audit", "a.jsonl", "--jobs", "-1"]],
  ["--records 1.5", ["sample", "--county", "synthetic", "--records", "1.5"]],
  ["--seed NaN", ["sample", "--county", "synthetic", "--seed", "NaN"]],
  ["--format 2020", ["tabulate", "a.jsonl", "--year", "2024", "--format", "2020"]],
  ["--to pdf", ["render", "r.json", "--to", "pdf"]],
  ["--lang fr", ["validate", "r.json", "--lang", "fr"]],
  ["an unknown option", ["validate", "r.json", "--jsno"]],
  ["an unknown command", ["valdate", "r.json"]],
  ["a missing value", ["tabulate", "a.jsonl", "--year"]],
  ["an option given twice", ["tabulate", "a.jsonl", "--year", "2024", "--year", "2023"]],
  ["no file", ["check"]],
  ["a file that does not exist", ["check", "nowhere.json"]],
  ["an empty file", ["check", "empty.json"]],
];
const options: HostileCase[] = badOptions.map(([name, argv]) => ({
  cls: 9,
  name: `option: ${name}`,
  argv,
  files: {
    "a.jsonl": jsonl([app("A1")]),
    "r.json": report(),
    "empty.json": "",
    "c.csv": "x",
    "p.jsonl": "x",
  },
  exit: [2],
}));

// ------------------------------------------------------------------ 10. one exit-code rule
const exitRule: HostileCase[] = [
  ...(["validate", "check", "cells", "render"] as const).map((cmd) => ({
    cls: 10,
    name: `${cmd}: a negative count is a finding (1)`,
    argv: cmd === "render" ? [cmd, "r.json", "--to", "text"] : [cmd, "r.json"],
    files: { "r.json": report({ tables: { table3: { received: { naturalPerson: -2, total: -2 } } } }) },
    exit: [1],
  })),
  ...(["validate", "check", "cells", "render"] as const).map((cmd) => ({
    cls: 10,
    name: `${cmd}: JSON that cannot be read is unusable (2)`,
    argv: cmd === "render" ? [cmd, "r.json", "--to", "text"] : [cmd, "r.json"],
    files: { "r.json": "{ not json" },
    exit: [2],
    says: [/r\.json/],
  })),
  ...(["validate", "check", "cells"] as const).map((cmd) => ({
    cls: 10,
    name: `${cmd}: a clean report is 0`,
    argv: [cmd, SHUYANG],
    exit: [0],
  })),
];

// ------------------------------------------------------------------ 11. silent nothing
const headerOnly = "id,unit,receivedDate,applicantType,result,completedDate\r\n";
const silent: HostileCase[] = [
  {
    cls: 11,
    name: "tabulate: a CSV with old-Mac line endings is read",
    argv: ["tabulate", "a.csv", "--year", "2024"],
    files: {
      "a.csv": `${headerOnly.trim()}\rA1,财政局,2024-03-01,naturalPerson,granted,2024-03-10\rA2,财政局,2024-03-02,naturalPerson,granted,2024-03-11\r`,
    },
    exit: [0],
    says: [/2/],
  },
  {
    cls: 11,
    name: "tabulate: a CSV with only its header says so",
    argv: ["tabulate", "a.csv", "--year", "2024"],
    files: { "a.csv": headerOnly },
    exit: [2],
    says: [/a\.csv/],
  },
  {
    cls: 11,
    name: "tabulate: a JSONL of empty lines says so",
    argv: ["tabulate", "a.jsonl", "--year", "2024"],
    files: { "a.jsonl": "\n\n\n" },
    exit: [2],
    says: [/a\.jsonl/],
  },
  {
    cls: 11,
    name: "tabulate: a report given as records says so",
    argv: ["tabulate", "r.json", "--year", "2024"],
    files: { "r.json": report() },
    exit: [1, 2],
    says: [/r\.json/],
  },
  {
    cls: 11,
    name: "parse: a news page is no report",
    argv: ["parse", "n.html"],
    files: { "n.html": "<html><body><p>今日新闻：天气晴。</p></body></html>" },
    exit: [2],
    says: [/n\.html|报告/],
  },
  {
    cls: 11,
    name: "audit: a folder-less path says not found",
    argv: ["audit", "nowhere/"],
    exit: [2],
    says: ["nowhere"],
  },
];

export const CASES: readonly HostileCase[] = [
  ...unknownKeys,
  ...limits,
  ...injection,
  ...duplicates,
  ...encodings,
  ...caps,
  ...options,
  ...exitRule,
  ...silent,
];
