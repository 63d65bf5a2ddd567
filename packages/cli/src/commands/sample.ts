import { applicationRecords, syntheticCounty, yanchiReport2020 } from "@disclosure/fixtures";
import { langOf, parse, yearOf } from "../args.js";
import { CliError, EXIT, type Io, json } from "../io.js";

export const sampleHelp = {
  zh: "disclosure sample [--county yanchi|synthetic] [--seed N] [--year 年] [--records N] [-o 输出]  输出示例县的报告 JSON，或用 --records 输出 N 条原始申请记录（JSONL）",
  en: "disclosure sample [--county yanchi|synthetic] [--seed N] [--year Y] [--records N] [-o out]  print the sample county's report JSON, or N raw application records as JSONL with --records",
};

/** `disclosure sample`: the built-in sample county, as report JSON or raw records (streamed). */
export async function sampleCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, {
    county: { type: "string" },
    seed: { type: "string" },
    records: { type: "string" },
  });
  langOf(values.lang);
  const county = values.county ?? "yanchi";
  if (county !== "yanchi" && county !== "synthetic") {
    throw new CliError({
      zh: `--county 应为 yanchi 或 synthetic：${county}`,
      en: `--county must be yanchi or synthetic: ${county}`,
    });
  }
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isInteger(seed))
    throw new CliError({
      zh: `--seed 应为整数：${values.seed}`,
      en: `--seed must be an integer: ${values.seed}`,
    });
  const year = yearOf(values.year) ?? (county === "yanchi" ? 2020 : 2024);

  if (values.records !== undefined) {
    const count = Number(values.records);
    if (!Number.isInteger(count) || count < 0) {
      throw new CliError({
        zh: `--records 应为非负整数：${values.records}`,
        en: `--records must be a non-negative integer: ${values.records}`,
      });
    }
    if (county === "yanchi") {
      throw new CliError({
        zh: "盐池县样例只有公开发布的表格数据，没有原始记录；原始记录请用 --county synthetic",
        en: "the 盐池县 sample holds the published tables only, no raw records; use --county synthetic for records",
      });
    }
    const out = io.writer(values.output);
    let batch = "";
    for (const r of applicationRecords({ seed, year, count })) {
      batch += `${JSON.stringify(r)}\n`;
      if (batch.length > 1 << 16) {
        await out.write(batch);
        batch = "";
      }
    }
    if (batch) await out.write(batch);
    await out.end();
    return EXIT.ok;
  }
  if (county === "synthetic") {
    const sc = syntheticCounty({ seed, year });
    const body = json({ county: sc.county, year: sc.year, seed: sc.seed, units: sc.units });
    if (values.output) await io.writeFile(values.output, body);
    else io.stdout(body);
    return EXIT.ok;
  }
  const body = json(yanchiReport2020);
  if (values.output) await io.writeFile(values.output, body);
  else io.stdout(body);
  return EXIT.ok;
}
