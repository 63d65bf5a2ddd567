// The real reports of ../testdata/corpus as @disclosure/schema Reports, for the check tests:
// cells from <slug>.cells.json, the header facts of <slug>.txt (which tables are complete),
// and, for the text rules, the narrative cut at the six section headings.
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  type Agency,
  type Cell,
  type FormatId,
  type Report,
  type SectionId,
  type TableId,
  fromCells,
  getFormat,
} from "@disclosure/schema";

/** The repository's test data (testdata/: spec, corpus, seed; sources in testdata/README.md). */
export const testdataDir = fileURLToPath(new URL("../../../testdata/", import.meta.url));

export function readTestdata(rel: string): string {
  return readFileSync(testdataDir + rel, "utf8");
}

export interface CorpusEntry {
  slug: string;
  agency: string;
  year: number;
  format: FormatId;
  cells: Cell[];
  knownErrors: string[];
  expectTableErrors: boolean;
  /** Tables transcribed in full (the `complete:` line of the .txt header). */
  complete: TableId[];
  /** The .txt body, header block removed. */
  text: string;
}

export function corpusEntries(): CorpusEntry[] {
  return readdirSync(`${testdataDir}corpus`)
    .filter((f) => f.endsWith(".cells.json"))
    .sort()
    .map((f) => {
      const slug = f.replace(".cells.json", "");
      const json = JSON.parse(readTestdata(`corpus/${f}`));
      const txt = readTestdata(`corpus/${slug}.txt`);
      const lines = txt.split("\n");
      const blank = lines.findIndex((l) => l.trim() === "");
      const header = lines.slice(0, blank);
      const completeLine = header.find((l) => l.startsWith("complete:")) ?? "complete:";
      const complete = completeLine
        .slice("complete:".length)
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean) as TableId[];
      return { slug, ...json, complete, text: lines.slice(blank + 1).join("\n") } as CorpusEntry;
    });
}

/**
 * Who published each corpus report and when (from the .txt header and the pages): the
 * agency level decides T2-RULES-LEVEL and DEADLINE.
 */
export const AGENCIES: Record<string, { agency: Agency; publishedDate?: string }> = {
  "2019-pingtan-zone": { agency: { name: "平潭综合实验区", level: "city" }, publishedDate: "2020-01-20" },
  "2019-shanghai-municipal-office": {
    agency: { name: "上海市人民政府办公厅", level: "department", tier: "province" },
    publishedDate: "2020-01-31",
  },
  "2020-songjianghe-town": {
    agency: { name: "抚松县松江河镇人民政府", level: "township" },
    publishedDate: "2021-01-04",
  },
  "2021-pingtan-zone": { agency: { name: "平潭综合实验区", level: "city" }, publishedDate: "2022-02-08" },
  "2022-huaihua-county-hant": { agency: { name: "怀化市某县人民政府", level: "county" } },
  "2022-pingtan-zone": { agency: { name: "平潭综合实验区", level: "city" }, publishedDate: "2023-02-20" },
  "2023-changchun-xinqu-science-bureau": {
    agency: { name: "长春新区科技局", level: "department", tier: "city" },
    publishedDate: "2024-01-22",
  },
  "2023-shuyang-development-reform-bureau": {
    agency: { name: "沭阳县发展和改革局", level: "department", tier: "county" },
    publishedDate: "2024-01-17",
  },
  "2024-hongze-district": { agency: { name: "淮安市洪泽区人民政府", level: "county" } },
  "2024-longgang-district-department": {
    agency: { name: "深圳市龙岗区政府工作部门", level: "department", tier: "county" },
  },
  "2024-shanghai-science-commission": {
    agency: { name: "上海市科学技术委员会", level: "department", tier: "province" },
  },
  "2025-shuyang-county": { agency: { name: "沭阳县人民政府", level: "county" }, publishedDate: "2026-01-23" },
};

/** A corpus report as a Report: cells only (no text). */
export function reportOf(e: CorpusEntry): Report {
  const { tables, raw } = fromCells(e.cells, { format: e.format });
  const who = AGENCIES[e.slug] ?? { agency: { name: e.agency, level: "county" as const } };
  return {
    agency: who.agency,
    year: e.year,
    format: e.format,
    sections: {},
    tables,
    ...(raw ? { raw } : {}),
    ...(who.publishedDate ? { publishedDate: who.publishedDate } : {}),
  };
}

/**
 * A simple cut of a report's text at the six section headings (numerals ignored, the
 * format's titles and aliases, Simplified or Traditional): good enough for the text rules
 * in tests; the real parser is @disclosure/report-text's. Transcription gaps "[…gap…]"
 * become sentence ends.
 */
export function splitSections(
  text: string,
  format: FormatId,
): Partial<Record<SectionId | "preamble", string>> {
  const f = getFormat(format);
  const hant: Record<string, string> = {
    总: "總",
    体: "體",
    况: "況",
    动: "動",
    开: "開",
    处: "處",
    请: "請",
    复: "復",
    议: "議",
    诉: "訴",
    讼: "訟",
    题: "題",
    进: "進",
    报: "報",
    项: "項",
    门: "門",
    问: "問",
    发: "發",
    关: "關",
    们: "們",
  };
  const anyScript = (s: string) =>
    [...s]
      .map((ch) => {
        const e = ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        return hant[ch] ? `[${ch}${hant[ch]}]` : e;
      })
      .join(String.raw`\s*`);
  const body = text.replace(/\[…gap…\]/g, "。");
  const hits: { id: SectionId; start: number; end: number }[] = [];
  for (const s of f.sections) {
    const titles = [s.title, ...s.aliases].sort((a, b) => b.length - a.length);
    const re = new RegExp(String.raw`[一二三四五六]\s*[、.．]\s*(?:${titles.map(anyScript).join("|")})`, "g");
    const m = re.exec(body);
    if (m) hits.push({ id: s.id, start: m.index, end: m.index + m[0].length });
  }
  hits.sort((a, b) => a.start - b.start);
  const out: Partial<Record<SectionId | "preamble", string>> = {};
  const before = body.slice(0, hits[0]?.start ?? body.length).trim();
  if (before) out.preamble = before;
  hits.forEach((h, i) => {
    out[h.id] = body.slice(h.end, hits[i + 1]?.start ?? body.length).trim();
  });
  return out;
}

/** A corpus report with its narrative: the text before the first heading as preamble, then the sections. */
export function reportWithText(e: CorpusEntry): Report {
  const { preamble, ...sections } = splitSections(e.text, e.format);
  return { ...reportOf(e), sections, ...(preamble ? { preamble } : {}) };
}
