// The command line people expect: --version, help for every command made from the same
// declaration the arguments are read with, "did you mean", every option value checked
// before any work with a bilingual message and exit 2.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { allOptions, parseCommandArgs } from "../src/args.js";
import { allCommands } from "../src/cli.js";
import { cli, testdataDir } from "./helpers.js";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const shuyang = `${testdataDir}corpus/2025-shuyang-county.cells.json`;

describe("disclosure --version", () => {
  it("prints the package version, with -v too", async () => {
    for (const flag of ["--version", "-v"]) {
      const r = await cli([flag]);
      expect([r.code, r.stdout]).toEqual([0, `${version}\n`]);
    }
  });
});

describe("help", () => {
  const specs = allCommands().map((c) => c.spec);

  it("lists every command and subcommand, with the exit-code rule", async () => {
    const r = await cli(["--help"]);
    expect(r.code).toBe(0);
    for (const s of specs) expect(r.stdout).toContain(`disclosure ${s.name} `);
    expect(r.stdout).toContain("退出码：0 正常");
    expect((await cli(["--help", "--lang", "en"])).stdout).toContain("Exit status: 0 clean");
    const bare = await cli([]);
    expect([bare.code, bare.stdout, bare.stderr]).toEqual([
      2,
      "",
      expect.stringContaining("disclosure validate"),
    ]);
  });

  it.each(specs.map((s) => [s.name, s]))(
    "disclosure %s --help names every option with its meaning and an example, in Chinese and English",
    async (name, spec) => {
      const zh = await cli([...name.split(" "), "--help"]);
      const en = await cli([...name.split(" "), "--help", "--lang", "en"]);
      expect([zh.code, en.code]).toEqual([0, 0]);
      expect(zh.stdout).toContain(`用法：disclosure ${name}`);
      expect(en.stdout).toContain(`Usage: disclosure ${name}`);
      for (const [option, o] of Object.entries(allOptions(spec))) {
        const at = new RegExp(`^ {2}(-\\w, | {4})--${option} `);
        const line = (text: string) => text.split("\n").find((l) => at.test(l)) ?? "";
        expect(line(zh.stdout)).toContain(o.meaning.zh);
        expect(line(zh.stdout)).toContain(`例 ${o.example}`);
        expect(line(en.stdout)).toContain(o.meaning.en);
        expect(line(en.stdout)).toContain(`e.g. ${o.example}`);
      }
      expect(zh.stdout).toContain(`示例：\n  ${spec.examples[0]}`);
      expect(en.stdout).not.toMatch(/选项：|示例：/);
    },
  );

  it("answers `disclosure help <command>` and lists the catalog subcommands", async () => {
    expect((await cli(["help", "tabulate"])).stdout).toContain("--overdue");
    const group = await cli(["catalog", "--help"]);
    expect(group.code).toBe(0);
    for (const sub of ["coverage", "diff", "register"])
      expect(group.stdout).toContain(`disclosure catalog ${sub}`);
    expect((await cli(["catalog"])).code).toBe(2);
  });

  // The declaration cannot drift from the parser: every option's own example is accepted.
  it.each(specs.map((s) => [s.name, s]))(
    "disclosure %s accepts every option as its help shows it",
    (_n, spec) => {
      const required = Object.values(spec.options)
        .filter((o) => o.required)
        .flatMap((o) => o.example.split(" "));
      const positionals = Array.from({ length: spec.positionals.min }, (_, i) => `f${i}.json`);
      for (const [name, o] of Object.entries(allOptions(spec))) {
        const example = o.example.split(" ");
        const argv = [...positionals, ...required.filter((w) => !example.includes(w)), ...example];
        const parsed = parseCommandArgs(spec, argv);
        expect((parsed.values as Record<string, unknown>)[name], `${spec.name} ${o.example}`).toBeDefined();
      }
    },
  );
});

describe("did you mean", () => {
  it("suggests the command meant, in Chinese and English, exit 2", async () => {
    const zh = await cli(["validte", shuyang]);
    expect([zh.code, zh.stderr]).toEqual([
      2,
      "未知命令：validte。您是否要用 validate？（disclosure --help 列出全部命令）\n",
    ]);
    const en = await cli(["tabluate", "--lang", "en"]);
    expect(en.stderr).toContain("unknown command: tabluate. Did you mean tabulate?");
    expect((await cli(["catalog", "coverag"])).stderr).toContain("您是否要用 catalog coverage？");
    expect((await cli(["frobnicate"])).stderr).not.toContain("您是否要用");
  });

  it("suggests the option meant, and the value meant", async () => {
    const r = await cli(["tabulate", "a.jsonl", "--yaer", "2024"], { "a.jsonl": "{}" });
    expect([r.code, r.stderr]).toEqual([
      2,
      "disclosure tabulate 没有选项 --yaer。您是否要用 --year？（disclosure tabulate --help 列出全部选项）\n",
    ]);
    const en = await cli(["check", shuyang, "--prev", "x.json", "--lang", "en"]);
    expect(en.stderr).toContain("disclosure check has no option --prev. Did you mean --previous?");
    const to = await cli(["render", shuyang, "--to", "mdx"]);
    expect([to.code, to.stderr]).toEqual([
      2,
      "--to 须为 html、markdown、text、docx 之一：mdx。您是否要用 md？\n",
    ]);
  });
});

describe("names as the API has them", () => {
  it('render --to markdown and --to md give the same text (the API\'s `to: "markdown"`)', async () => {
    const sample = (await cli(["sample"])).stdout;
    const md = await cli(["render", "s.json", "--to", "md"], { "s.json": sample });
    const markdown = await cli(["render", "s.json", "--to", "markdown"], { "s.json": sample });
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toBe(md.stdout);
    expect(markdown.stdout).toMatch(/^#/m);
  });
});

describe("every option checked before any work", () => {
  const coverage = ["catalog", "coverage", "missing-catalog.xlsx", "missing-publications.jsonl"];
  const cases: [string, string[], string, string][] = [
    [
      "a day that does not exist",
      [...coverage, "--from", "2020-02-30", "--to", "2020-12-31"],
      "--from 须为 1949 至 2100 年间实际存在的日期，写作 YYYY-MM-DD：2020-02-30",
      "--from must be a real date from 1949 to 2100, written YYYY-MM-DD: 2020-02-30",
    ],
    [
      "0000-00-00",
      [...coverage, "--from", "2020-01-01", "--to", "0000-00-00"],
      "--to 须为 1949 至 2100 年间实际存在的日期，写作 YYYY-MM-DD：0000-00-00",
      "--to must be a real date from 1949 to 2100, written YYYY-MM-DD: 0000-00-00",
    ],
    [
      "a reversed range",
      [...coverage, "--from", "2020-12-31", "--to", "2020-01-01"],
      "--from 2020-12-31 晚于 --to 2020-01-01：起止顺序颠倒",
      "--from 2020-12-31 is after --to 2020-01-01: the range is reversed",
    ],
    [
      "a year that is not a number",
      ["tabulate", "missing.jsonl", "--year", "abc"],
      "--year 须为 2008 至 2100 之间的年份：abc",
      "--year must be a year from 2008 to 2100: abc",
    ],
    [
      "a count of 1.5",
      ["sample", "--county", "synthetic", "--records", "1.5"],
      "--records 须为不小于 0 的整数：1.5",
      "--records must be a whole number ≥ 0: 1.5",
    ],
    [
      "a count of 1e309",
      ["sample", "--county", "synthetic", "--records", "1e309"],
      "--records 须为不小于 0 的整数：1e309",
      "--records must be a whole number ≥ 0: 1e309",
    ],
    [
      "a negative count",
      ["sample", "--county", "synthetic", "--records", "-5"],
      "--records 须为不小于 0 的整数：-5",
      "--records must be a whole number ≥ 0: -5",
    ],
    [
      "--jobs 1.5",
      ["audit", "missing-folder", "--jobs", "1.5"],
      "--jobs 须为不小于 0 的整数：1.5",
      "--jobs must be a whole number ≥ 0: 1.5",
    ],
    [
      "a seed of 1.5",
      ["sample", "--seed", "1.5"],
      "--seed 须为整数：1.5",
      "--seed must be a whole number: 1.5",
    ],
    [
      "an option given twice",
      ["tabulate", "missing.jsonl", "--year", "2023", "--year", "2024"],
      "--year 只能给一次",
      "--year can be given only once",
    ],
    [
      "an option without its value",
      ["tabulate", "missing.jsonl", "--year", "--json"],
      "--year 缺少取值，例：--year 2024",
      "--year needs a value, e.g. --year 2024",
    ],
    [
      "a flag given a value",
      ["validate", shuyang, "--json=1"],
      "--json 不带取值：--json=1",
      "--json takes no value",
    ],
    [
      "a required option missing",
      ["tabulate", "missing.jsonl"],
      "缺少 --year <年>（统计年度），例：--year 2024",
      "missing --year <Y> (the report year), e.g. --year 2024",
    ],
    [
      "an argument too many",
      ["validate", shuyang, "extra.json"],
      "多余的参数：extra.json（disclosure validate 只接受 <文件>）",
      "unexpected argument: extra.json (disclosure validate takes <file>)",
    ],
    [
      "no argument",
      ["check"],
      "请给出 <报告>，例：disclosure check yanchi.json",
      "give <report>, e.g. disclosure check yanchi.json",
    ],
    [
      "a word not in the list",
      ["ledger", "-o", "x.csv", "--encoding", "big5"],
      "--encoding 须为 utf-8、gbk 之一：big5",
      "--encoding must be one of utf-8, gbk: big5",
    ],
  ];

  it.each(cases)("%s: exit 2 with the message in Chinese, and in English", async (_what, argv, zh, en) => {
    const a = await cli(argv);
    expect([a.code, a.stdout, a.stderr]).toEqual([2, "", `${zh}\n`]);
    const b = await cli([...argv, "--lang", "en"]);
    expect([b.code, b.stderr]).toEqual([2, `${en}\n`]);
  });

  it("checks the output file before the work: a folder that does not exist, a folder as the file", async () => {
    const { mkdtemp } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { nodeIo } = await import("../src/io.js");
    const { run } = await import("../src/cli.js");
    const dir = await mkdtemp(join(tmpdir(), "disclosure-out-"));
    let stderr = "";
    const io = {
      ...nodeIo,
      stdout: () => undefined,
      stderr: (t: string) => {
        stderr += t;
      },
    };
    expect(await run(["sample", "-o", join(dir, "no", "x.json")], io)).toBe(2);
    expect(stderr).toBe(`无法写入 ${join(dir, "no", "x.json")}：文件夹 ${join(dir, "no")} 不存在\n`);
    stderr = "";
    expect(await run(["sample", "-o", dir, "--lang", "en"], io)).toBe(2);
    expect(stderr).toBe(`cannot write ${dir}: it is a folder; give a file name\n`);
  });
});
