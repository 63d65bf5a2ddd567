// What a document is before its tables are read: the kind of input (sniffed
// from its first bytes), its script, the report's title, agency, year and
// format (2019 or 2021 — from the labels only one of the two formats prints).
import {
  type AgencyLevel,
  decodeText,
  type FormatDef,
  type FormatId,
  formatForYear,
  formats,
  type TableId,
} from "@disclosure/schema";
import { scriptCounts } from "@disclosure/schema/internal";
import { normalizeLabel } from "./labels.js";

/** The kinds of input {@link parseReport} reads. */
export type InputKind = "html" | "text" | "pdf" | "docx";

/**
 * Whether bytes may decode to a text holding "<" or "%p" (any case), in UTF-8, GB18030 or
 * UTF-16: each of those encodings writes "<" with the byte 0x3C, and "%" followed by "p" with
 * the byte 0x25 followed by 0x50 or 0x70 one or two bytes later. False: the text is neither markup nor "%pdf".
 */
function mayHoldMarkup(bytes: Uint8Array): boolean {
  if (bytes.indexOf(0x3c) >= 0) return true;
  for (let i = bytes.indexOf(0x25); i >= 0; i = bytes.indexOf(0x25, i + 1)) {
    const a = bytes[i + 1];
    const b = bytes[i + 2];
    if (a === 0x50 || a === 0x70 || b === 0x50 || b === 0x70) return true;
  }
  return false;
}

/**
 * The kind of an input from its first bytes: `%PDF` → pdf, a zip (`PK\x03\x04`) → docx,
 * markup opening with `<html`, `<!doctype`, `<table`, `<body`, `<div` or `<p` → html, else text.
 * @example sniffKind("<table><tr><td>规章</td></tr></table>") //=> "html"
 */
export function sniffKind(input: string | Uint8Array): InputKind {
  if (typeof input !== "string") {
    if (input[0] === 0x25 && input[1] === 0x50 && input[2] === 0x44 && input[3] === 0x46) return "pdf";
    if (input[0] === 0x50 && input[1] === 0x4b && input[2] === 0x03 && input[3] === 0x04) return "docx";
    const head = input.subarray(0, 4096);
    // For speed: decoding is skipped when no encoding can make markup or "%pdf" of the bytes.
    if (!mayHoldMarkup(head)) return "text";
    // Decoded as parseReport decodes (UTF-16 too): the markup must be seen in any encoding.
    return sniffKind(decodeText(head, { html: false }).text);
  }
  const head = input
    .slice(0, 4096)
    .replace(/^\uFEFF/, "")
    .trimStart()
    .toLowerCase();
  if (head.startsWith("%pdf")) return "pdf";
  if (/^<(?:!doctype|html|head|body|table|div|p|meta|section|article|main|span|h[1-6])[\s>]/.test(head))
    return "html";
  if (/<\/(?:td|tr|table|p|div)>/.test(head) && /<(?:table|p|div)[\s>]/.test(head)) return "html";
  return "text";
}

/**
 * Whether a text is in Traditional characters (more frequent Traditional-only characters
 * than Simplified-only ones, and at least three).
 * @example looksTraditional("一、總體情況 2022年,我縣認真貫徹落實") //=> true
 */
export function looksTraditional(text: string): boolean {
  // The first 4000 code units are enough to tell.
  const { hant, hans } = scriptCounts(text, 4000);
  return hant >= 3 && hant > hans;
}

/** Title, agency and year as found in the opening lines. */
export interface TitleInfo {
  readonly title?: string;
  readonly agency?: string;
  readonly year?: number;
  /** Index of the line holding (the end of) the title. */
  readonly line?: number;
}

const REPORT = "政府信息公开(?:工作)?年度?报告";
const AGENCY_FIRST = new RegExp(`([^\\s\\d，。；、,;:：|#*]{2,40}?)\\s*(\\d{4})\\s*年度?\\s*${REPORT}`);
const YEAR_FIRST = new RegExp(`(\\d{4})\\s*年度?\\s*([^\\s\\d，。；、,;:：|#*]{2,40}?)\\s*${REPORT}`);

/** The title a pattern matched in `text`, with the agency and year it captured. */
function titleOf(
  text: string,
  m: RegExpExecArray,
  agency: string | undefined,
  year: string | undefined,
): Omit<TitleInfo, "line"> {
  return {
    title: text.slice(m.index, m.index + m[0].length).replace(/\s+/g, ""),
    ...(agency === undefined ? {} : { agency }),
    ...(year === undefined ? {} : { year: +year }),
  };
}

function titleIn(text: string): Omit<TitleInfo, "line"> | undefined {
  const a = AGENCY_FIRST.exec(text);
  if (a) return titleOf(text, a, a[1], a[2]);
  const y = YEAR_FIRST.exec(text);
  if (y) return titleOf(text, y, y[2], y[1]);
  return undefined;
}

/**
 * The report's title, agency and year from its opening lines: "〈机关〉〈年〉年（度）政府信息公开（工作）年度报告"
 * or "〈年〉年〈机关〉政府信息公开工作年度报告", on one line or over two (a PDF title set on two lines).
 * @example detectTitle(["淮安市洪泽区人民政府", "2024 年政府信息公开工作年度报告"]) //=> { title: "淮安市洪泽区人民政府2024年政府信息公开工作年度报告", agency: "淮安市洪泽区人民政府", year: 2024, line: 1 }
 */
export function detectTitle(lines: readonly string[], extra?: string): TitleInfo {
  for (const [i, line] of lines.entries()) {
    const one = titleIn(line);
    if (one) return { ...one, line: i };
  }
  for (const [i, first] of lines.entries()) {
    const second = lines[i + 1];
    if (second === undefined) break;
    if (first.length >= 60) continue;
    const two = titleIn(`${first.trim()}${second.trim()}`);
    if (two) return { ...two, line: i + 1 };
  }
  const fromExtra = extra ? titleIn(extra) : undefined;
  return fromExtra ?? {};
}

/**
 * The report year from the statistical period ("统计期限自2024年1月1日起") in a text.
 * @example yearOfPeriod("本报告所列数据的统计期限为2024年1月1日至2024年12月31日") //=> 2024
 */
export function yearOfPeriod(text: string): number | undefined {
  const year = /(?:统计|期限|时限|周期)[^。；]{0,20}?(\d{4})\s*年\s*1\s*月\s*1\s*日/.exec(text)?.[1];
  return year === undefined ? undefined : +year;
}

/**
 * The first year written in a text ("2023年,长春新区科技局…"), as a last resort.
 * @example firstYear("2022年,我县认真贯彻落实") //=> 2022
 */
export function firstYear(text: string): number | undefined {
  const year = /((?:19|20)\d{2})\s*年/.exec(text)?.[1];
  return year === undefined ? undefined : +year;
}

/**
 * The administrative level of an agency from its name: 街道 → subdistrict, 乡/镇 → township,
 * a 县/区/旗/县级市 government → county, a 市 government → city, a 省/自治区 government → province,
 * everything else (局, 委, 办公室, 中心 …) → department.
 * @example agencyLevel("淮安市洪泽区人民政府") //=> "county"
 */
export function agencyLevel(name: string): AgencyLevel {
  if (/街道(?:办事处)?$/.test(name)) return "subdistrict";
  if (/[乡镇](?:人民政府)?$/.test(name)) return "township";
  if (/(?:局|委员会|委|办公厅|办公室|厅|中心|署|所|院|站|队|部)$/.test(name)) return "department";
  if (/(?:省|自治区)(?:人民政府)?$/.test(name)) return "province";
  if (/(?:县|区|旗)(?:人民政府)?$/.test(name)) return "county";
  if (/市(?:人民政府)?$/.test(name)) return "city";
  return "department";
}

/** Labels (normalised) that one format prints and the other does not, per format. */
const distinctiveCache = new Map<FormatId, string[]>();

function distinctiveLabels(id: FormatId): string[] {
  const cached = distinctiveCache.get(id);
  if (cached) return cached;
  const labelsOf = (f: FormatDef, aliases: boolean) => {
    const out = new Set<string>();
    const add = (label: string, more: readonly string[] = []) => {
      if (label) out.add(normalizeLabel(label));
      if (aliases) for (const a of more) out.add(normalizeLabel(a));
    };
    for (const t of ["table2", "table3", "table4"] as TableId[]) {
      for (const b of f.tables[t].blocks) {
        for (const c of b.columns) add(c.label, c.aliases);
        for (const r of b.rows) add(r.label, r.aliases);
        for (const g of b.groups) add(g.label, g.aliases);
      }
    }
    return out;
  };
  // A label the other format accepts as a variant (行政规范性文件 / 规范性文件) tells nothing.
  const mine = labelsOf(id === "2019" ? formats.v2019 : formats.v2021, false);
  const theirs = labelsOf(id === "2019" ? formats.v2021 : formats.v2019, true);
  // A label that is part of a label of the other format (本年处理决定数量 ⊃ 处理决定数量) says nothing.
  const other = [...theirs].join("\n");
  const list = [...mine].filter((l) => l.length >= 4 && !theirs.has(l) && !other.includes(l));
  distinctiveCache.set(id, list);
  return list;
}

/** The format as detected, with the evidence. */
export interface FormatGuess {
  readonly format: FormatId;
  readonly by: "labels" | "year" | "default";
  /** Labels of the format found in the text. */
  readonly evidence: readonly string[];
}

/**
 * The format of a report from the table labels only one format prints (2019: 本年新制作数量,
 * 上一年项目数量, 采购项目数量 …; 2021: 本年制发件数, 本年收费金额（单位：万元）, the （六） sub-rows …),
 * else from the year (2019 format for 2019–2020), else 2021.
 * @example detectFormat("第二十条第（一）项 信息内容 本年新制作数量 本年新公开数量 对外公开总数量").format //=> "2019"
 */
export function detectFormat(normalizedText: string, year?: number): FormatGuess {
  const hits = (id: FormatId) => distinctiveLabels(id).filter((l) => normalizedText.includes(l));
  const h19 = hits("2019");
  const h21 = hits("2021");
  if (h19.length !== h21.length) {
    return h19.length > h21.length
      ? { format: "2019", by: "labels", evidence: h19 }
      : { format: "2021", by: "labels", evidence: h21 };
  }
  if (year !== undefined) return { format: formatForYear(year), by: "year", evidence: [] };
  return { format: "2021", by: "default", evidence: [] };
}
