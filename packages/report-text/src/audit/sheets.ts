// The audit as tables an office works with: 概览 (a row a report), 问题 (a row a finding),
// 跨年 (a row a pair of years and finding), 规则 (the rule catalogue with counts). Plain
// string grids: the CLI writes them as a workbook, CSV or JSON Lines.
import { type FormatId, getFormat } from "@disclosure/schema";
import { RULES } from "@disclosure/stats";
import { cellName } from "@disclosure/stats/internal";
import type { AuditFinding, AuditPair, AuditedReport } from "./model.js";
import { placeOf } from "./place.js";

/** A sheet: its name and rows, the first row its header. */
export interface AuditSheet {
  readonly name: string;
  readonly rows: readonly (readonly string[])[];
}

const SEVERITY_ZH = { error: "错误", warning: "警告", info: "提示" } as const;
const LEVEL_ZH: Record<string, string> = {
  province: "省级",
  city: "市级",
  county: "县级",
  township: "乡镇（街道）",
  department: "部门",
};

const count = (fs: readonly AuditFinding[], s: AuditFinding["severity"]) =>
  String(fs.filter((f) => f.severity === s && f.concerns !== "reading").length);

function overview(reports: readonly AuditedReport[]): AuditSheet {
  const header = [
    "文件",
    "机关",
    "层级",
    "年度",
    "格式",
    "读出单元格",
    "应有单元格",
    "未能读出",
    "错误",
    "警告",
    "触发的规则",
    "说明",
  ];
  return {
    name: "概览",
    rows: [
      header,
      ...reports.map((r) => [
        r.file,
        r.agency ?? "",
        r.level ? (LEVEL_ZH[r.level] ?? r.level) : "",
        r.year === undefined ? "" : String(r.year),
        r.format ?? "",
        String(r.cells.read),
        String(r.cells.expected),
        String(r.unread),
        count(r.findings, "error"),
        count(r.findings, "warning"),
        [...new Set(r.findings.filter((f) => f.severity !== "info").map((f) => f.rule))].join(" "),
        r.read ? "" : (r.reason?.zh ?? ""),
      ]),
    ],
  };
}

/** The cells of a finding by their official labels. */
function cellsOf(f: AuditFinding, format: FormatId | undefined): string {
  if (!format || !f.cells.length) return "";
  const names = f.cells.slice(0, 8).map((c) => cellName(getFormat(format), c).zh);
  return names.join("；") + (f.cells.length > 8 ? `；等${f.cells.length}个单元格` : "");
}

function findingRow(file: string, format: FormatId | undefined, f: AuditFinding): string[] {
  return [
    file,
    f.rule,
    SEVERITY_ZH[f.severity],
    f.concerns === "reading" ? "读取" : "报告",
    cellsOf(f, format),
    f.message.zh,
    f.place ? placeOf(f.place).zh : "",
  ];
}

function problems(reports: readonly AuditedReport[]): AuditSheet {
  const header = ["文件", "规则", "严重程度", "涉及", "单元格", "问题", "位置"];
  return {
    name: "问题",
    rows: [header, ...reports.flatMap((r) => r.findings.map((f) => findingRow(r.file, r.format, f)))],
  };
}

function crossYears(pairs: readonly AuditPair[], formats: ReadonlyMap<string, FormatId>): AuditSheet {
  const header = ["机关", "上年", "上年文件", "本年", "本年文件", "规则", "严重程度", "单元格", "问题"];
  const rows = pairs.flatMap((p) => {
    const head = [p.agency, String(p.previous.year), p.previous.file, String(p.current.year), p.current.file];
    if (!p.findings.length) return [[...head, "", "", "", "跨年规则均通过"]];
    return p.findings.map((f) => [
      ...head,
      f.rule,
      SEVERITY_ZH[f.severity],
      cellsOf(f, formats.get(p.current.file)),
      f.message.zh,
    ]);
  });
  return { name: "跨年", rows: [header, ...rows] };
}

function rules(reports: readonly AuditedReport[], pairs: readonly AuditPair[]): AuditSheet {
  const all = [...reports.flatMap((r) => r.findings), ...pairs.flatMap((p) => p.findings)];
  const hits = new Map<string, { findings: number; reports: Set<string> }>();
  for (const r of reports)
    for (const f of r.findings) {
      const h = hits.get(f.rule) ?? { findings: 0, reports: new Set() };
      h.reports.add(r.file);
      hits.set(f.rule, h);
    }
  for (const f of all) {
    const h = hits.get(f.rule) ?? { findings: 0, reports: new Set() };
    h.findings++;
    hits.set(f.rule, h);
  }
  const header = ["规则", "严重程度", "说明", "发现数", "涉及报告数"];
  const rows = RULES.filter((d) => d.source !== "records").map((d) => [
    d.id,
    SEVERITY_ZH[d.severity],
    d.title.zh,
    String(hits.get(d.id)?.findings ?? 0),
    String(hits.get(d.id)?.reports.size ?? 0),
  ]);
  return { name: "规则", rows: [header, ...rows] };
}

/**
 * The audit as four sheets: 概览, 问题, 跨年, 规则 (Chinese headers; the first row of each
 * sheet is its header). Counts of errors and warnings are those about the publications;
 * READ-UNREAD rows say what our reading missed.
 */
export function auditSheets(reports: readonly AuditedReport[], pairs: readonly AuditPair[]): AuditSheet[] {
  const formats = new Map<string, FormatId>();
  for (const r of reports) if (r.format) formats.set(r.file, r.format);
  return [overview(reports), problems(reports), crossYears(pairs, formats), rules(reports, pairs)];
}
