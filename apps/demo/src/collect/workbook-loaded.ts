// An Excel file opened in the single-report view, read as the 汇总 view reads it: the fill-in
// form (unit, level, year from its own cells) or a ledger kept in Excel (tabulated for the year
// given beside the file input), by readSubmission of @disclosure/report-text.
import { type Submission, readSubmission } from "@disclosure/report-text";
import type { Issue } from "@disclosure/schema";
import type { Message } from "../dom.js";
import type { CellsContext, Loaded } from "../sources.js";

function what(s: Submission): Message {
  const r = s.report;
  const whose = r
    ? {
        zh: `${r.agency.name} ${r.year} 年，${r.format} 年格式`,
        en: `${r.agency.name}, ${r.year}, ${r.format} format`,
      }
    : { zh: "", en: "" };
  if (s.kind === "form") {
    const c = s.cellCounts;
    return {
      zh: `Excel 填报表：${whose.zh}${c ? `；单元格 ${c.accepted} 个，拒收 ${c.rejected} 个` : ""}`,
      en: `Excel fill-in form: ${whose.en}${c ? `; ${c.accepted} cells, ${c.rejected} refused` : ""}`,
    };
  }
  const n = s.recordCounts;
  return {
    zh: `原始记录（Excel）：接受 ${n?.accepted ?? 0} 条，拒收 ${n?.rejected ?? 0} 条；计入 ${s.year ?? ""} 年 ${n?.counted ?? 0} 条，不属于该年 ${n?.outsideYear ?? 0} 条，表格不统计 ${n?.notTabulated ?? 0} 条；${whose.zh}`,
    en: `raw records (Excel): ${n?.accepted ?? 0} accepted, ${n?.rejected ?? 0} rejected; ${n?.counted ?? 0} counted in ${s.year ?? ""}, ${n?.outsideYear ?? 0} outside it, ${n?.notTabulated ?? 0} not in the tables; ${whose.en}`,
  };
}

/** The agency given beside the file input names a ledger's unit where its content names none. */
function named(s: Submission, agency: string): Submission["report"] {
  const r = s.report;
  if (!r || !agency.trim() || s.unit.from === "content") return r;
  return { ...r, agency: { ...r.agency, name: agency.trim() } };
}

/** An .xlsx as a loaded source; `needsYear` when it states no year and none was given beside it. */
export async function loadWorkbookFile(
  name: string,
  bytes: Uint8Array,
  ctx: CellsContext,
): Promise<{ loaded: Loaded } | { needsYear: true }> {
  const s = await readSubmission(name, bytes, ctx.year === undefined ? {} : { year: ctx.year });
  if (s.needsYear) return { needsYear: true };
  const report = named(s, ctx.agency);
  const issues: Issue[] = [...s.issues];
  return {
    loaded: {
      source: "file",
      description: report
        ? { zh: `${name}：${what(s).zh}`, en: `${name}: ${what(s).en}` }
        : { zh: `${name}：无法读取`, en: `${name}: could not be read` },
      ...(report ? { report } : {}),
      issues,
      warnings: [...s.warnings],
    },
  };
}
