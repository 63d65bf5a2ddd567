import { applicationRecords, yanchiReport2020 } from "@disclosure/samples";
import { syntheticCountyRollup } from "@disclosure/samples/rollup";
import { defineCommand } from "../command.js";
import { CliError, EXIT, type Io, json } from "../io.js";
import { choice, count, integer, outputOrStdout, year } from "../options.js";

/** N synthetic application records as JSON Lines, streamed to `path` (stdout when undefined). */
async function writeRecords(
  io: Io,
  path: string | undefined,
  opts: { seed: number; year: number; count: number },
) {
  const out = io.writer(path);
  try {
    let batch = "";
    for (const r of applicationRecords(opts)) {
      batch += `${JSON.stringify(r)}\n`;
      if (batch.length > 1 << 16) {
        await out.write(batch);
        batch = "";
      }
    }
    if (batch) await out.write(batch);
    await out.end();
  } catch (e) {
    await out.abort();
    throw e;
  }
}

/** `disclosure sample`: the built-in sample county, as report JSON or raw records (streamed). */
export const sampleCommand = defineCommand(
  {
    name: "sample",
    args: { zh: "", en: "" },
    positionals: { min: 0, max: 0 },
    summary: {
      zh: "输出示例县的报告 JSON，或用 --records 输出 N 条原始申请记录（JSONL）",
      en: "print the sample county's report JSON, or N raw application records as JSONL with --records",
    },
    options: {
      county: choice(
        { yanchi: "yanchi", synthetic: "synthetic" } as const,
        {
          zh: "示例县：yanchi（盐池县 2020 年公开发布的报告，2019 年格式）或 synthetic（合成的县：33 个单位的原始记录逐一统计后汇总的年度报告，2021 年起为 2021 年格式）",
          en: "the sample county: yanchi (盐池县's published 2020 report, 2019 format) or synthetic (a made-up county: the report rolled up from its 33 units' raw records, 2021 format from 2021 on)",
        },
        "--county synthetic",
      ),
      seed: integer(
        { zh: "合成数据的随机种子（默认 1）", en: "the seed of the synthetic data (1 by default)" },
        "--seed 7",
      ),
      year: year(
        {
          zh: "合成县的年度（默认 2024；盐池县只有 2020）",
          en: "the synthetic county's year (2024 by default; 盐池县 has 2020 only)",
        },
        "--year 2023",
      ),
      records: count(
        {
          zh: "输出这么多条原始申请记录（JSONL，流式写出）",
          en: "write this many raw application records (JSONL, streamed)",
        },
        "--records 1000",
      ),
      output: outputOrStdout("-o apps.jsonl"),
    },
    examples: [
      "disclosure sample > yanchi.json",
      "disclosure sample --county synthetic --year 2024 > county-2024.json",
      "disclosure sample --county synthetic --seed 1 --records 1000000 -o apps.jsonl",
    ],
  },
  async ({ values }, io) => {
    const county = values.county ?? "yanchi";
    if (
      county === "yanchi" &&
      (values.records !== undefined || values.seed !== undefined || (values.year ?? 2020) !== 2020)
    ) {
      throw new CliError({
        zh: "盐池县样例只有 2020 年公开发布的表格数据，没有原始记录，也不随 --seed 变化；原始记录和其他年度请用 --county synthetic",
        en: "the 盐池县 sample holds the published 2020 tables only: no raw records, no --seed; use --county synthetic for records and other years",
      });
    }
    const seed = values.seed ?? 1;
    const y = values.year ?? (county === "yanchi" ? 2020 : 2024);
    if (values.records !== undefined) {
      await writeRecords(io, values.output, { seed, year: y, count: values.records });
      return EXIT.ok;
    }
    const body = json(
      county === "synthetic" ? syntheticCountyRollup({ seed, year: y }).rollup.report : yanchiReport2020,
    );
    if (values.output) await io.writeFile(values.output, body);
    else io.stdout(body);
    return EXIT.ok;
  },
);
