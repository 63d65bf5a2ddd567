// One published report: read it (parseReport), check it with every rule on what was read
// (cells the reader could not read are its gap, never the report's), and say where each
// finding's cells were printed.
import { type Report, cellDefs, getFormat } from "@disclosure/schema";
import { type CheckOptions, check } from "@disclosure/stats";
import { type ParseOptions, type ParseResult, type SourceLocation, parseReport } from "../parse/index.js";
import { listOf } from "../parse/lists.js";
import type { AuditFinding, AuditInput, AuditedReport } from "./model.js";

/** Options of {@link readAndCheck} and the batch. */
export interface AuditOptions {
  /** Passed to parseReport (a loaded pdfjs-dist module, for instance). */
  readonly parse?: Pick<ParseOptions, "pdfjs">;
  /** Rule switches of `check`. */
  readonly rules?: CheckOptions["rules"];
}

/** A report as audited, with what the cross-year rules need of it. */
export interface CheckedReport {
  readonly audited: AuditedReport;
  /** The report as read, when it was read. */
  readonly report?: Report;
}

type CellCodes = { table: string; row: string; col: string };
const key = (c: CellCodes) => `${c.table}|${c.row}|${c.col}`;
const plainCode = (x: unknown) => typeof x === "string" && !x.includes("|");

/**
 * Where each cell read was printed, by its codes (the last reading of a cell wins). By table,
 * row and column without building a key a cell, when no code holds the key's separator (a
 * reader's codes never do); else by `table|row|col` keys.
 */
export function placesOf(cells: ParseResult["cells"]): (c: CellCodes) => SourceLocation | undefined {
  if (!cells.every((c) => plainCode(c.table) && plainCode(c.row) && plainCode(c.col))) {
    const places = new Map<string, SourceLocation>(cells.map((c) => [key(c), c.source]));
    return (c) => places.get(key(c));
  }
  const tree = new Map<string, Map<string, Map<string, SourceLocation>>>();
  for (const c of cells) {
    const rows = tree.get(c.table) ?? new Map<string, Map<string, SourceLocation>>();
    tree.set(c.table, rows);
    const cols = rows.get(c.row) ?? new Map<string, SourceLocation>();
    rows.set(c.row, cols);
    cols.set(c.col, c.source);
  }
  return (c) => tree.get(c.table)?.get(c.row)?.get(c.col);
}

/** Where the first of some cells that was read was printed (a plain loop: no list built). */
function firstPlace(
  cells: readonly CellCodes[],
  placeOf: (c: CellCodes) => SourceLocation | undefined,
): SourceLocation | undefined {
  for (const c of cells) {
    const place = placeOf(c);
    if (place !== undefined) return place;
  }
  return undefined;
}

/** The findings of `check` on what was read, each with where its first read cell was printed. */
function findingsOf(res: ParseResult, report: Report, opts: AuditOptions): AuditFinding[] {
  const findings = check(report, {
    ...(res.detected?.tables ? { tables: res.detected.tables } : {}),
    unread: res.unread,
    ...(opts.rules ? { rules: opts.rules } : {}),
  });
  if (!findings.some((f) => f.cells.length)) return findings;
  const placeOf = placesOf(res.cells);
  // Built by push, not map, for speed: the list stays packed, like check's own (see parse/lists.ts).
  return listOf(findings, (f) => {
    const place = firstPlace(f.cells, placeOf);
    return place ? { ...f, place } : f;
  });
}

/** The row of a file that could not be read as a report. */
function unreadable(file: string, res: ParseResult): CheckedReport {
  const first = res.issues?.[0];
  return {
    audited: {
      file,
      read: false,
      reason: first?.message ?? { zh: "不是年度报告", en: "not an annual report" },
      ...(res.detected ? { kind: res.detected.kind } : {}),
      cells: { read: 0, expected: 0 },
      unread: 0,
      findings: [],
    },
  };
}

/**
 * Reads one published report and checks it. Never throws on a document: a file that is
 * not a report (or cannot be read) is a row with the reason.
 *
 * @example
 * const { audited } = await readAndCheck({ name: "hongze-2024.pdf", data: pdfBytes });
 * audited.agency //=> "淮安市洪泽区人民政府"
 * audited.findings.filter((f) => f.severity === "error") //=> [] (its tables add up)
 */
export async function readAndCheck(input: AuditInput, opts: AuditOptions = {}): Promise<CheckedReport> {
  let res: ParseResult;
  try {
    res = await parseReport(input.data, opts.parse ?? {});
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return unreadable(input.name, {
      ok: false,
      cells: [],
      unread: [],
      warnings: [],
      issues: [
        {
          code: "PARSE-FAILED",
          severity: "error",
          message: { zh: `无法读取：${why}`, en: `could not be read: ${why}` },
        },
      ],
    });
  }
  const report = res.report;
  if (!report) return unreadable(input.name, res);
  const d = res.detected;
  return {
    report,
    audited: {
      file: input.name,
      read: true,
      ...(d ? { kind: d.kind, script: d.script } : {}),
      agency: report.agency.name,
      level: report.agency.level,
      year: report.year,
      format: report.format,
      cells: { read: res.cells.length, expected: cellDefs(getFormat(report.format)).length },
      unread: res.unread.length,
      findings: findingsOf(res, report, opts),
    },
  };
}
