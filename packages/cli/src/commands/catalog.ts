import {
  type Catalog,
  CatalogSchema,
  type CatalogIssue,
  type Publication,
  PublicationSchema,
  coverage,
  describeLocation,
  diffCatalogs,
  readCatalogCsv,
  readCatalogXlsx,
} from "@disclosure/catalog";
import { decodeText, fromZodIssue } from "@disclosure/schema";
import Papa from "papaparse";
import { langOf, parse } from "../args.js";
import { CliError, EXIT, type Io, type Lang, json, readInput, say } from "../io.js";

export const catalogHelp = {
  zh: "disclosure catalog coverage <目录.xlsx|csv> <发布记录.jsonl|csv> --from 日期 --to 日期 [--json]  按目录核对公开是否及时、有无遗漏；disclosure catalog diff <旧目录> <新目录> [--json]  比较两版目录",
  en: "disclosure catalog coverage <catalog.xlsx|csv> <publications.jsonl|csv> --from D --to D [--json]  coverage and timeliness against the catalog; disclosure catalog diff <old> <new> [--json]  compare two catalog versions",
};

function formatCatalogIssue(i: CatalogIssue, lang: Lang): string {
  const loc = say(describeLocation(i.location), lang);
  const sev =
    lang === "en" ? i.severity : i.severity === "error" ? "错误" : i.severity === "warning" ? "警告" : "提示";
  const text = say(i.message, lang);
  return `${sev}${loc && !text.startsWith(loc) ? ` ${loc}` : ""} — ${text} [${i.code}]`;
}

async function loadCatalog(io: Io, path: string, lang: Lang): Promise<Catalog> {
  const bytes = await readInput(io, path);
  if (bytes.length === 0) throw new CliError({ zh: `文件为空：${path}`, en: `the file is empty: ${path}` });
  if (/\.json$/i.test(path)) {
    let data: unknown;
    try {
      data = JSON.parse(decodeText(bytes).text);
    } catch (e) {
      throw new CliError({
        zh: `${path} 不是有效的 JSON：${String(e)}`,
        en: `${path} is not valid JSON: ${String(e)}`,
      });
    }
    const r = CatalogSchema.safeParse(data);
    if (!r.success) {
      const first = fromZodIssue(r.error.issues[0]);
      throw new CliError({ zh: `${path}：${first.message.zh}`, en: `${path}: ${first.message.en}` });
    }
    return r.data;
  }
  const r = /\.xlsx$/i.test(path)
    ? await readCatalogXlsx(bytes, { file: path })
    : await readCatalogCsv(bytes, { file: path });
  if (!r.ok) {
    for (const i of r.issues) io.stderr(`${formatCatalogIssue(i, lang)}\n`);
    throw new CliError({ zh: `无法读取目录：${path}`, en: `cannot read the catalog: ${path}` });
  }
  for (const w of r.warnings) io.stderr(`${formatCatalogIssue(w, lang)}\n`);
  return r.value;
}

/** Publications from JSON Lines or CSV (header: the Publication fields); bad lines located. */
async function loadPublications(
  io: Io,
  path: string,
  lang: Lang,
): Promise<{ items: Publication[]; rejected: number }> {
  const text = decodeText(await readInput(io, path)).text;
  const items: Publication[] = [];
  let rejected = 0;
  const take = (raw: unknown, line: number) => {
    const r = PublicationSchema.safeParse(raw);
    if (r.success) {
      items.push(r.data);
      return;
    }
    rejected++;
    const issue = fromZodIssue(r.error.issues[0]);
    io.stderr(`${lang === "en" ? "error" : "错误"} ${path}:${line} — ${say(issue.message, lang)}\n`);
  };
  if (/\.csv$/i.test(path)) {
    const rows = Papa.parse<Record<string, string>>(text, {
      header: true,
      skipEmptyLines: "greedy",
      dynamicTyping: false,
    });
    rows.data.forEach((row, i) => {
      const clean = Object.fromEntries(Object.entries(row).filter(([, v]) => v !== ""));
      take(clean, i + 2);
    });
  } else {
    text.split(/\r?\n/).forEach((l, i) => {
      if (!l.trim()) return;
      try {
        take(JSON.parse(l), i + 1);
      } catch (e) {
        rejected++;
        io.stderr(
          `${lang === "en" ? "error" : "错误"} ${path}:${i + 1} — ${lang === "en" ? "not valid JSON" : "不是有效的 JSON"}: ${String(e)}\n`,
        );
      }
    });
  }
  return { items, rejected };
}

function dateOpt(v: string | undefined, name: string): string {
  if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v)) {
    throw new CliError({
      zh: `请用 --${name} 给出日期 YYYY-MM-DD`,
      en: `give --${name} as a date YYYY-MM-DD`,
    });
  }
  return v;
}

/** `disclosure catalog coverage|diff`. */
export async function catalogCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { from: { type: "string" }, to: { type: "string" } });
  const lang = langOf(values.lang);
  const [sub, a, b] = positionals;
  if (sub === "coverage") {
    if (!a || !b)
      throw new CliError({
        zh: "请给出目录文件和发布记录文件",
        en: "give the catalog file and the publications file",
      });
    const from = dateOpt(values.from, "from");
    const to = dateOpt(values.to, "to");
    const catalog = await loadCatalog(io, a, lang);
    const pubs = await loadPublications(io, b, lang);
    const result = coverage(catalog, pubs.items, { from, to });
    if (values.json) {
      io.stdout(json({ ...result, rejectedPublications: pubs.rejected }));
    } else {
      for (const area of result.byArea.filter((x) => x.publications > 0 || x.missing > 0)) {
        io.stdout(
          lang === "en"
            ? `${area.name}: ${area.publications} published (${area.onTime} on time, ${area.late} late), ${area.missing} items missing\n`
            : `${area.name}：公开 ${area.publications} 条（按时 ${area.onTime}，逾期 ${area.late}），缺失 ${area.missing} 项\n`,
        );
      }
      io.stdout(`${say(result.summary, lang)}\n`);
    }
    return pubs.rejected || result.findings.some((f) => f.severity === "error") ? EXIT.findings : EXIT.ok;
  }
  if (sub === "diff") {
    if (!a || !b) throw new CliError({ zh: "请给出两版目录文件", en: "give the two catalog files" });
    const d = diffCatalogs(await loadCatalog(io, a, lang), await loadCatalog(io, b, lang));
    if (values.json) io.stdout(json(d));
    else {
      for (const x of d.added) io.stdout(`+ ${x.unit} ${x.areaName} ${x.level2}\n`);
      for (const x of d.removed) io.stdout(`- ${x.unit} ${x.areaName} ${x.level2}\n`);
      for (const x of d.changed)
        io.stdout(`~ ${x.unit} ${x.areaName} ${x.level2}: ${x.changes.map((c) => c.field).join(", ")}\n`);
      io.stdout(`${say(d.summary, lang)}\n`);
    }
    return EXIT.ok;
  }
  throw new CliError({
    zh: "用法：disclosure catalog coverage|diff …",
    en: "usage: disclosure catalog coverage|diff …",
  });
}
