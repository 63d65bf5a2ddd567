// One line, in Chinese and English, on what a submitted file held: its kind, whose and which
// year, and the counts of what was read and refused.
import type { Message } from "@disclosure/schema";
import type { Submission, SubmissionFileType } from "./model.js";

/** A message from its Chinese and English texts. */
function both(zh: string, en: string): Message {
  return { zh, en };
}

/** Whose report and which year: "盐池县财政局 2024 年，2021 年格式". */
function whose(s: Submission): Message {
  const r = s.report;
  if (r)
    return both(
      `${r.agency.name} ${r.year} 年，${r.format} 年格式`,
      `${r.agency.name}, ${r.year}, ${r.format} format`,
    );
  if (s.needsYear) return both(`${s.unit.name}，未注明年度`, `${s.unit.name}, no year stated`);
  return both(s.unit.name, s.unit.name);
}

const RECORDS_STORED: Partial<Record<SubmissionFileType, string>> = {
  csv: "CSV",
  jsonl: "JSON Lines",
  xlsx: "Excel",
};

function records(s: Submission): Message {
  const n = s.recordCounts;
  const stored = RECORDS_STORED[s.fileType ?? "jsonl"] ?? "JSON Lines";
  const read = both(
    `原始记录（${stored}）：接受 ${n?.accepted ?? 0} 条，拒收 ${n?.rejected ?? 0} 条`,
    `raw records (${stored}): ${n?.accepted ?? 0} accepted, ${n?.rejected ?? 0} rejected`,
  );
  const counted =
    n?.counted === undefined
      ? both("", "")
      : both(
          `；计入 ${s.year} 年 ${n.counted} 条，不属于该年 ${n.outsideYear ?? 0} 条，表格不统计 ${n.notTabulated ?? 0} 条`,
          `; ${n.counted} counted in ${s.year}, ${n.outsideYear ?? 0} outside it, ${n.notTabulated ?? 0} not in the tables`,
        );
  const w = whose(s);
  return both(`${read.zh}${counted.zh}；${w.zh}`, `${read.en}${counted.en}; ${w.en}`);
}

function cells(s: Submission): Message {
  const c = s.cellCounts;
  const w = whose(s);
  if (!c) return both(`单元格：${w.zh}`, `cells: ${w.en}`);
  if (s.kind === "form") {
    return both(
      `Excel 填报表：${w.zh}；单元格 ${c.accepted} 个，拒收 ${c.rejected} 个`,
      `Excel fill-in form: ${w.en}; ${c.accepted} cells, ${c.rejected} refused`,
    );
  }
  return both(
    `单元格（${c.encoding}）：共 ${c.lines} 行，接受 ${c.accepted} 行，拒绝 ${c.rejected} 行；${w.zh}`,
    `cells (${c.encoding}): ${c.lines} lines, ${c.accepted} accepted, ${c.rejected} rejected; ${w.en}`,
  );
}

function published(s: Submission): Message {
  const d = s.document;
  const w = whose(s);
  const how = d ? `${d.kind}${d.script === "hant" ? "，繁体" : ""}` : (s.fileType ?? "");
  const howEn = d ? `${d.kind}${d.script === "hant" ? ", Traditional" : ""}` : (s.fileType ?? "");
  const counts = d
    ? both(
        `；读取 ${d.cellsRead} 个单元格，未读取 ${d.cellsUnread} 个`,
        `; ${d.cellsRead} cells read, ${d.cellsUnread} not read`,
      )
    : both("", "");
  return both(
    `已发布的报告（${how}）：${w.zh}${counts.zh}`,
    `published report (${howEn}): ${w.en}${counts.en}`,
  );
}

/** What the file held, without its name. */
function held(s: Submission): Message {
  switch (s.kind) {
    case "report":
      return both(`报告 JSON：${whose(s).zh}`, `report JSON: ${whose(s).en}`);
    case "form":
    case "cells":
      return cells(s);
    case "records":
      return records(s);
    case "published":
      return published(s);
    case "unreadable":
      return both("无法读取", "could not be read");
  }
}

/**
 * One line on a submitted file, after its name: what it is, whose report of which year and
 * format, and the counts of what was read and refused (lines, cells, records).
 * @example
 * describeSubmission(await readSubmission("台账.csv", bytes, { year: 2020 })).zh
 * //=> "台账.csv：原始记录（CSV）：接受 2 条，拒收 1 条；计入 2020 年 2 条，不属于该年 0 条，表格不统计 0 条；台账 2020 年，2019 年格式"
 */
export function describeSubmission(s: Submission): Message {
  const m = held(s);
  return both(`${s.file}：${m.zh}`, `${s.file}: ${m.en}`);
}
