// One exit-code rule for every command: 0 clean, 1 findings in data that was read, 2 input or
// environment unusable. Each command × {clean input, input with findings (where the command
// checks), unusable input}.
import { type CatalogItem, encodeGbk, itemKey, parseTimeLimit } from "@disclosure/catalog";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, present, testdataDir } from "./helpers.js";

type Files = Record<string, string | Uint8Array>;
interface Case {
  argv: string[];
  files?: Files;
}
interface Row {
  command: string;
  clean: Case;
  findings?: Case;
  unusable: Case;
}

const corpus = (name: string) => `${testdataDir}corpus/${name}`;
const shuyang = corpus("2025-shuyang-county.cells.json");
/** A report whose JSON is read, with a count that cannot be (−2): a finding. */
const negative = JSON.stringify({
  agency: { name: "盐池县财政局", level: "department" },
  year: 2022,
  format: "2021",
  tables: { table3: { received: { naturalPerson: -2, total: -2 } } },
});
const unitA = JSON.stringify({
  agency: { name: "盐池县财政局", level: "department" },
  year: 2022,
  format: "2021",
  tables: { table3: { received: { naturalPerson: 2, total: 2 } } },
});
const broken = "{ not json";
const headerOnly = "id,unit,receivedDate,applicantType,result,completedDate\r\n";
const badRecord =
  '{"type":"application","id":"x","receivedDate":"2024-13-40","applicantType":"naturalPerson"}';
const register = (rows: string[]) =>
  encodeGbk(`序号,文件名称,文号,类别,印发日期,状态,废止日期\r\n${rows.join("\r\n")}\r\n`).bytes;
const REGISTER_ROW = "1,盐池县物业管理实施规定,盐政规发〔2021〕4号,行政规范性文件,2021-06-18,现行有效,";
const ITEM: CatalogItem = {
  area: "socialAssistance",
  item: { level1: "最低生活保障", level2: "审核确认结果" },
  content: "",
  basis: "《社会救助暂行办法》",
  timeLimit: parseTimeLimit("制定或获取信息之日起20个工作日内"),
  publisher: "盐池县民政局",
  channels: [{ code: "website", required: true }],
  audience: ["public"],
  mode: ["proactive"],
};
const catalog = JSON.stringify({ items: [ITEM] });
const publication = JSON.stringify({
  title: "2021年3月低保审核确认结果",
  unit: "盐池县民政局",
  date: "2021-04-02",
  eventDate: "2021-03-31",
  item: itemKey(ITEM),
});

let records = "";
let sample = "";
let html: string | Uint8Array = "";

beforeAll(async () => {
  const gen = ["sample", "--county", "synthetic", "--records", "60", "--year", "2024"];
  records = (await cli(gen)).stdout;
  sample = (await cli(["sample"])).stdout;
  const rendered = await cli(["render", "s.json", "--to", "html", "-o", "s.html"], { "s.json": sample });
  html = present(rendered.written["s.html"], "s.html");
});

/** The rows, built once the sample data exist. */
function rows(): Row[] {
  const withBad = `${records}${badRecord}\n`;
  return [
    {
      command: "validate",
      clean: { argv: ["validate", shuyang] },
      findings: { argv: ["validate", "n.json"], files: { "n.json": negative } },
      unusable: { argv: ["validate", "b.json"], files: { "b.json": broken } },
    },
    {
      command: "cells",
      clean: { argv: ["cells", shuyang] },
      findings: { argv: ["cells", "n.json"], files: { "n.json": negative } },
      unusable: { argv: ["cells", "b.json"], files: { "b.json": broken } },
    },
    {
      command: "check",
      clean: { argv: ["check", shuyang] },
      findings: {
        argv: [
          "check",
          corpus("2024-shanghai-science-commission.cells.json"),
          "--tables",
          "table2,table3,table4",
        ],
      },
      unusable: { argv: ["check", "b.json"], files: { "b.json": broken } },
    },
    {
      command: "render",
      clean: { argv: ["render", "s.json"], files: { "s.json": sample } },
      findings: { argv: ["render", "n.json"], files: { "n.json": negative } },
      unusable: { argv: ["render", "b.json"], files: { "b.json": broken } },
    },
    {
      command: "template",
      clean: { argv: ["template", "-o", "t.xlsx"] },
      unusable: { argv: ["template", "--to", "docx"] },
    },
    {
      command: "parse",
      clean: { argv: ["parse", "s.html"], files: { "s.html": html } },
      findings: { argv: ["parse", corpus("2024-shanghai-science-commission.txt"), "--check"] },
      unusable: {
        argv: ["parse", "p.html"],
        files: { "p.html": "<html><body><h1>县政府门户网站</h1></body></html>" },
      },
    },
    {
      command: "sample",
      clean: { argv: ["sample"] },
      unusable: { argv: ["sample", "--county", "atlantis"] },
    },
    {
      command: "tabulate",
      clean: { argv: ["tabulate", "r.jsonl", "--year", "2024"], files: { "r.jsonl": records } },
      findings: { argv: ["tabulate", "r.jsonl", "--year", "2024"], files: { "r.jsonl": withBad } },
      unusable: { argv: ["tabulate", "h.csv", "--year", "2024"], files: { "h.csv": headerOnly } },
    },
    {
      command: "ledger",
      clean: { argv: ["ledger", "r.jsonl", "-o", "l.csv"], files: { "r.jsonl": records } },
      findings: { argv: ["ledger", "r.jsonl", "-o", "l.csv"], files: { "r.jsonl": withBad } },
      unusable: { argv: ["ledger", "h.csv", "-o", "l.csv"], files: { "h.csv": headerOnly } },
    },
    {
      command: "rollup",
      clean: { argv: ["rollup", "r.jsonl", "--year", "2024"], files: { "r.jsonl": records } },
      findings: { argv: ["rollup", "r.jsonl", "--year", "2024"], files: { "r.jsonl": withBad } },
      unusable: {
        argv: ["rollup", "a.json", "b.json", "--year", "2022"],
        files: { "a.json": unitA, "b.json": broken },
      },
    },
    {
      command: "audit",
      clean: { argv: ["audit", corpus("2024-hongze-district.pdf"), "--jobs", "1"] },
      findings: { argv: ["audit", corpus("2024-shanghai-science-commission.txt"), "--jobs", "1"] },
      unusable: { argv: ["audit", corpus("no-such-folder")] },
    },
    {
      command: "catalog coverage",
      clean: {
        argv: ["catalog", "coverage", "c.json", "p.jsonl", "--from", "2021-01-01", "--to", "2021-12-31"],
        files: { "c.json": catalog, "p.jsonl": publication },
      },
      findings: {
        argv: ["catalog", "coverage", "c.json", "p.jsonl", "--from", "2021-01-01", "--to", "2021-12-31"],
        files: { "c.json": catalog, "p.jsonl": `${publication}\n{"title":"无单位"}\n` },
      },
      unusable: {
        argv: ["catalog", "coverage", "c.json", "p.jsonl", "--from", "2021-01-01", "--to", "2021-12-31"],
        files: { "c.json": broken, "p.jsonl": publication },
      },
    },
    {
      command: "catalog diff",
      clean: {
        argv: ["catalog", "diff", "a.json", "b.json"],
        files: { "a.json": catalog, "b.json": catalog },
      },
      unusable: {
        argv: ["catalog", "diff", "a.json", "b.json"],
        files: { "a.json": catalog, "b.json": broken },
      },
    },
    {
      command: "catalog register",
      clean: {
        argv: [
          "catalog",
          "register",
          "r.csv",
          "--year",
          "2021",
          "--agency",
          "盐池县人民政府",
          "--level",
          "county",
        ],
        files: { "r.csv": register([REGISTER_ROW]) },
      },
      findings: {
        argv: [
          "catalog",
          "register",
          "r.csv",
          "--year",
          "2021",
          "--agency",
          "盐池县人民政府",
          "--level",
          "county",
        ],
        files: {
          "r.csv": register([
            REGISTER_ROW,
            "2,盐池县某办法,盐政规发〔2021〕6号,行政规范性文件,2021-02-30,现行有效,",
          ]),
        },
      },
      unusable: {
        argv: ["catalog", "register", "r.csv", "--year", "2021"],
        files: { "r.csv": "甲,乙,丙\r\n1,2,3\r\n" },
      },
    },
  ];
}

const NAMES = [
  "validate",
  "cells",
  "check",
  "render",
  "template",
  "parse",
  "sample",
  "tabulate",
  "ledger",
  "rollup",
  "audit",
  "catalog coverage",
  "catalog diff",
  "catalog register",
];

describe("one exit-code rule for every command", () => {
  it("the table covers every command there is", async () => {
    const { allCommands } = await import("../src/cli.js");
    expect(
      allCommands()
        .map((c) => c.spec.name)
        .sort(),
    ).toEqual([...NAMES].sort());
  });

  it.each(NAMES)("disclosure %s: 0 clean, 1 findings, 2 unusable — never an internal error", async (name) => {
    const row = rows().find((r) => r.command === name);
    if (!row) throw new Error(`no row for ${name}`);
    const expected: [string, Case | undefined, number][] = [
      ["clean", row.clean, 0],
      ["findings", row.findings, 1],
      ["unusable", row.unusable, 2],
    ];
    for (const [what, c, code] of expected) {
      if (!c) continue;
      const r = await cli(c.argv, c.files);
      expect(r.code, `${name} on ${what} input: ${r.stderr}`).toBe(code);
      expect(`${r.stdout}${r.stderr}`).not.toMatch(/internal error|内部错误|\n\s+at /);
      if (code === 2) expect(`${r.stdout}${r.stderr}`, `${name} says why it cannot go on`).not.toBe("");
    }
  });

  it("the same input gets the same code from every command that reads it", async () => {
    for (const [file, code] of [
      [negative, 1],
      [broken, 2],
    ] as const) {
      const codes = await Promise.all(
        ["validate", "cells", "check", "render"].map(
          async (c) => (await cli([c, "x.json"], { "x.json": file })).code,
        ),
      );
      expect(codes).toEqual([code, code, code, code]);
    }
  });
});
