// disclosure audit over a folder of published reports: the corpus texts, the real PDF, a
// second year of one agency, a file that is no report; outputs as workbook, CSV and JSONL.
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { readWorkbookGrids } from "@disclosure/catalog";
import { readCsvRows } from "@disclosure/schema";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, present, testdataDir } from "./helpers.js";

const run = promisify(execFile);
const distCli = new URL("../dist/cli.js", import.meta.url).pathname;
let dir: string;

/** A corpus text as published: without the corpus's header block (source, agency, year …). */
function copyReport(slug: string, to: string): void {
  const text = readFileSync(`${testdataDir}corpus/${slug}.txt`, "utf8");
  const body = text.replace(/^(?:(?:source|agency|year|format|script|complete|rendering):.*\n)+/, "");
  writeFileSync(to, body);
}

/** The corpus as an office would have it: reports in folders, one unrelated file. */
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "audit-"));
  mkdirSync(join(dir, "平潭"));
  mkdirSync(join(dir, "其他"));
  for (const y of ["2019", "2021", "2022"]) copyReport(`${y}-pingtan-zone`, join(dir, "平潭", `${y}.txt`));
  copyReport("2024-shanghai-science-commission", join(dir, "其他", "kewei-2024.md"));
  copyReport("2025-shuyang-county", join(dir, "其他", "shuyang-2025.txt"));
  copyFileSync(`${testdataDir}corpus/2024-hongze-district.pdf`, join(dir, "其他", "hongze-2024.pdf"));
  writeFileSync(join(dir, "其他", "会议通知.html"), "<p>明天上午九点开会。</p>");
  writeFileSync(join(dir, "其他", "readme.json"), "{}");
});

describe("disclosure audit", () => {
  it("reads every report file under the folder, pairs consecutive years, and exits 1 on findings", async () => {
    const r = await cli(["audit", dir, "--json", "--jobs", "1"]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    const files = out.reports.map((x: { file: string }) => x.file.slice(dir.length + 1));
    // In the order of the Chinese collation (平 ping before 其 qi; Han before Latin).
    expect(files).toEqual([
      "平潭/2019.txt",
      "平潭/2021.txt",
      "平潭/2022.txt",
      "其他/会议通知.html",
      "其他/hongze-2024.pdf",
      "其他/kewei-2024.md",
      "其他/shuyang-2025.txt",
    ]);
    const at = (f: string) => out.reports.find((x: { file: string }) => x.file.endsWith(f));
    expect(at("hongze-2024.pdf")).toMatchObject({
      agency: "淮安市洪泽区人民政府",
      level: "county",
      year: 2024,
      format: "2021",
    });
    expect(at("会议通知.html")).toMatchObject({ read: false });
    expect(at("kewei-2024.md").findings.map((f: { rule: string }) => f.rule)).toContain("T3-BALANCE");
    expect(out.pairs).toHaveLength(1);
    expect(out.pairs[0]).toMatchObject({
      agency: "平潭综合实验区",
      previous: { year: 2021 },
      current: { year: 2022 },
    });
  });

  it("writes the workbook: 概览, 问题, 跨年, 规则", async () => {
    const r = await cli([
      "audit",
      join(dir, "平潭"),
      join(dir, "其他", "kewei-2024.md"),
      "-o",
      "审查结果.xlsx",
      "--jobs",
      "1",
    ]);
    expect(r.code).toBe(1);
    const sheets = await readWorkbookGrids(r.written["审查结果.xlsx"] as Uint8Array);
    expect(sheets.map((s) => s.sheet)).toEqual(["概览", "问题", "跨年", "规则"]);
    const overview = present(sheets[0], "the sheet 概览").rows;
    expect(present(overview[0], "the header of 概览").slice(0, 5)).toEqual([
      "文件",
      "机关",
      "层级",
      "年度",
      "格式",
    ]);
    expect(overview).toHaveLength(5);
    const pairRow = present(present(sheets[2], "the sheet 跨年").rows[1], "the first row of 跨年");
    expect(pairRow.slice(0, 2)).toEqual(["平潭综合实验区", "2021"]);
    expect(r.stdout).toContain("↔ 平潭综合实验区 2021→2022");
  });

  it("writes CSV (BOM, the other sheets beside it) and JSON Lines", async () => {
    const r = await cli(["audit", join(dir, "其他", "kewei-2024.md"), "-o", "结果.csv", "--jobs", "1"]);
    const overview = r.written["结果.csv"] as string;
    expect(overview.startsWith("\uFEFF文件,机关")).toBe(true);
    const problems = readCsvRows(r.written["结果.问题.csv"] as string);
    expect(problems.rows.some((row) => row[1] === "T3-BALANCE")).toBe(true);
    const j = await cli(["audit", join(dir, "平潭"), "-o", "结果.jsonl", "--jobs", "1"]);
    const lines = (j.written["结果.jsonl"] as string)
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.type)).toEqual(["report", "report", "report", "pair"]);
  });

  it("exits 0 when no report has an error (warnings aside) and 2 when there is nothing to audit", async () => {
    expect((await cli(["audit", join(dir, "其他", "hongze-2024.pdf"), "--jobs", "1"])).code).toBe(0);
    const none = await cli(["audit", join(dir, "nowhere")]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("找不到");
    const empty = mkdtempSync(join(tmpdir(), "audit-empty-"));
    expect((await cli(["audit", empty])).code).toBe(2);
    expect((await cli(["audit", dir, "-o", "x.docx"])).code).toBe(2);
  });

  it("runs on worker threads from the built command, with the same results", async () => {
    const one = JSON.parse((await cli(["audit", dir, "--json", "--jobs", "1"])).stdout);
    const child = await run(process.execPath, [distCli, "audit", dir, "--json", "--jobs", "2"]).catch(
      (e) => e,
    );
    expect(child.code ?? 0).toBe(1);
    expect(child.stderr).toBe("");
    expect(JSON.parse(child.stdout)).toEqual(one);
  });

  it("pairs in the order of the files on worker threads too: the first file of a year is the one paired", async () => {
    // The slow PDF first: its worker is still reading when the other has read 2-2021 and 3-2022.
    const order = mkdtempSync(join(tmpdir(), "audit-order-"));
    copyFileSync(`${testdataDir}corpus/2024-hongze-district.pdf`, join(order, "0-hongze.pdf"));
    copyReport("2021-pingtan-zone", join(order, "1-2021.txt"));
    copyReport("2021-pingtan-zone", join(order, "2-2021.txt"));
    copyReport("2022-pingtan-zone", join(order, "3-2022.txt"));
    const one = (await cli(["audit", order, "--json", "--jobs", "1"])).stdout;
    const child = await run(process.execPath, [distCli, "audit", order, "--json", "--jobs", "2"]).catch(
      (e) => e,
    );
    expect(JSON.parse(one).pairs.map((p: { previous: { file: string } }) => p.previous.file)).toEqual([
      join(order, "1-2021.txt"),
    ]);
    expect(child.stdout).toBe(one);
  });
});
