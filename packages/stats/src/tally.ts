// The tally behind tabulate: raw records → the official tables 二、三、四 of one year (spec/format-2021.md §6, rules.md
// APP-YEAR-BUCKET). The tally holds counters, the hashes of the ids taken (to reject a record
// given twice) and, on request, the ids behind each cell.
import {
  type FormatId,
  formatForYear,
  type Issue,
  type RawRecord,
  type Tables,
  type TableValues,
  tableRows,
  toCells,
  yuanToWan,
} from "@disclosure/schema";
import { CASE_GROUPS } from "@disclosure/schema/internal";
import type { WorkingCalendar } from "./calendar";
import { isOverdue, replyDeadline } from "./deadline";
import { APPLICANT_INDEX, RESULT_INDEX } from "./jsonl-scan";
import { consistency } from "./record-consistency";
import { explainMap } from "./tally-explain";
import {
  APPLICANTS,
  DECISION_KINDS,
  DOC_COLS,
  DOC_KINDS,
  NA,
  OUTCOMES,
  RESULTS,
  ROW_CARRIED_IN,
  ROW_CARRIED_OUT,
  ROW_RECEIVED,
  ROW_RESULT0,
  T3_ROWS,
} from "./tally-layout";
import type { WasmScanner } from "./jsonl-scan-wasm";
import { createIdSet, duplicateIdIssue, type IdSet, typeIndex } from "./record-ids";
import {
  dateNumber,
  fieldPath,
  parseRecord,
  type RecordLocation,
  type RecordType,
  recordIssue,
  unknownFieldWarnings,
} from "./record-parse";
import type { ReadItem } from "./records/index";
import type { OverdueCount, TabulateOptions, TabulateResult } from "./tabulate-types";

export type { OverdueCount, TabulateInput, TabulateOptions, TabulateResult } from "./tabulate-types";

/** The running state of a tabulation. */
export interface Tally {
  readonly year: number;
  readonly format: FormatId;
  /** 1 January and 31 December of y as YYYYMMDD. */
  readonly first: number;
  readonly last: number;
  readonly t3: Float64Array;
  readonly t4: Float64Array;
  readonly docs: Float64Array;
  readonly decisions: Float64Array;
  feesYuan: bigint;
  /** Ids per base cell (explain), by base cell key. */
  readonly ids: Map<string, string[]> | undefined;
  accepted: number;
  rejected: number;
  counted: number;
  outsideYear: number;
  notTabulated: number;
  readonly issues: Issue[];
  issuesOmitted: number;
  readonly maxIssues: number;
  readonly overdue: OverdueCount | undefined;
  readonly calendar: WorkingCalendar | undefined;
  readonly type: RecordType | undefined;
  index: number;
  /** Ids of the records taken, to reject one given again (RECORD-DUPLICATE-ID); undefined with `checkIds: false`. */
  readonly seenIds: IdSet | undefined;
  /** The WebAssembly scanner of this tabulation (it also holds `seenIds`), where it runs. */
  readonly wasm: WasmScanner | undefined;
  /** Unknown field names of plain records already warned about. */
  readonly warnedFields: Set<string>;
}

/** A fresh tally for one year and format; its ids in `wasm` when given (see record-ids.ts). */
export function createTally(opts: TabulateOptions, wasm?: WasmScanner): Tally {
  const format = opts.format ?? formatForYear(opts.year);
  wasm?.checkIds(opts.checkIds !== false);
  return {
    year: opts.year,
    format,
    first: opts.year * 10000 + 101,
    last: opts.year * 10000 + 1231,
    t3: new Float64Array(T3_ROWS * NA),
    t4: new Float64Array(CASE_GROUPS.length * OUTCOMES.length),
    docs: new Float64Array(DOC_KINDS.length * DOC_COLS.length),
    decisions: new Float64Array(DECISION_KINDS.length),
    feesYuan: 0n,
    ids: opts.explain ? new Map() : undefined,
    accepted: 0,
    rejected: 0,
    counted: 0,
    outsideYear: 0,
    notTabulated: 0,
    issues: [],
    issuesOmitted: 0,
    maxIssues: opts.maxIssues ?? 1000,
    overdue: opts.overdue ? { count: 0, unknown: 0, ids: [] } : undefined,
    calendar: opts.calendar,
    type: opts.type,
    index: 0,
    seenIds: opts.checkIds === false ? undefined : createIdSet(wasm),
    wasm,
    warnedFields: new Set(),
  };
}

function pushIssues(t: Tally, issues: readonly Issue[]): void {
  for (const issue of issues) {
    if (t.issues.length < t.maxIssues) t.issues.push(issue);
    else t.issuesOmitted++;
  }
}

export function reject(t: Tally, issues: readonly Issue[]): void {
  t.rejected++;
  pushIssues(t, issues);
}

function note(t: Tally, key: string, id: string): void {
  const ids = t.ids!;
  const list = ids.get(key);
  if (list) list.push(id);
  else ids.set(key, [id]);
}

function t3Key(row: number, applicant: number): string {
  const code =
    row === ROW_RECEIVED
      ? "received"
      : row === ROW_CARRIED_IN
        ? "carriedIn"
        : row === ROW_CARRIED_OUT
          ? "carriedOut"
          : RESULTS[row - ROW_RESULT0];
  return `table3/${code}/${APPLICANTS[applicant]}`;
}

/**
 * Counts one valid, consistent application in its year buckets (APP-YEAR-BUCKET): 本年新收 if
 * received in y, else 上年结转 if still open on 1 January; a result row if completed in y,
 * else 结转下年度. Returns false when it has nothing to do with y.
 */
export function tallyApplication(
  t: Tally,
  applicant: number,
  received: number,
  completed: number,
  result: number,
  id: string | undefined,
): boolean {
  if (received > t.last || (completed !== 0 && completed < t.first)) return false;
  const intake = received >= t.first ? ROW_RECEIVED : ROW_CARRIED_IN;
  const outcome = completed !== 0 && completed <= t.last ? ROW_RESULT0 + result : ROW_CARRIED_OUT;
  const inAt = intake * NA + applicant;
  const outAt = outcome * NA + applicant;
  t.t3[inAt] = (t.t3[inAt] ?? 0) + 1;
  t.t3[outAt] = (t.t3[outAt] ?? 0) + 1;
  if (t.ids && id !== undefined) {
    note(t, t3Key(intake, applicant), id);
    note(t, t3Key(outcome, applicant), id);
  }
  return true;
}

/** The tally's holiday calendar as a deadline option (none: the registered one). */
function calendarOption(t: Tally): { calendar?: WorkingCalendar } {
  return t.calendar === undefined ? {} : { calendar: t.calendar };
}

/** Why the deadline of an application could not be computed (a year outside the calendar …), as warnings. */
function noteUnknownDeadline(t: Tally, r: RawRecord & { type: "application" }, loc: RecordLocation): void {
  const result = replyDeadline(r, calendarOption(t));
  if (result.ok) return;
  const warn = (i: (typeof result.issues)[number]) =>
    recordIssue(i.code, i.message.zh, i.message.en, loc, fieldPath(i), undefined, "warning");
  pushIssues(t, result.issues.map(warn));
}

/** A count of decisions over a period that crosses a boundary of the year cannot be split by year. */
function spansYear(t: Tally, r: RawRecord, loc: RecordLocation): Issue[] {
  if (r.type !== "decisions") return [];
  const from = dateNumber(r.from);
  const to = dateNumber(r.to);
  if (to < t.first || from > t.last || (from >= t.first && to <= t.last)) return [];
  return [
    recordIssue(
      "RECORD-PERIOD-SPANS-YEAR",
      `处理决定数量的统计期（${r.from} 至 ${r.to}）跨越 ${t.year} 年的年界，无法拆分到年度；请按年（或按月）分开填报`,
      `the period of the decision count (${r.from} to ${r.to}) crosses a boundary of ${t.year} and cannot be split by year; report it per year (or per month)`,
      loc,
      ["from"],
    ),
  ];
}

/** Counts one validated, consistent record: in the year's cells, outside the year, or in no cell. */
function tallyRecord(t: Tally, r: RawRecord, loc: RecordLocation): "counted" | "outside" | "none" {
  const { first, last } = t;
  switch (r.type) {
    case "application": {
      const applicant = APPLICANT_INDEX.get(r.applicantType)!;
      const received = dateNumber(r.receivedDate);
      const completed = r.completedDate === undefined ? 0 : dateNumber(r.completedDate);
      const result = r.result === undefined ? -1 : RESULT_INDEX.get(r.result)!;
      if (!tallyApplication(t, applicant, received, completed, result, r.id)) return "outside";
      if (t.overdue && completed !== 0 && completed <= last) {
        const late = isOverdue(r, undefined, calendarOption(t));
        if (late === true) {
          t.overdue.count++;
          t.overdue.ids.push(r.id);
        } else if (late === null) {
          t.overdue.unknown++;
          noteUnknownDeadline(t, r, loc);
        }
      }
      return "counted";
    }
    case "case": {
      const filed = dateNumber(r.filedDate);
      const decided = r.decidedDate === undefined ? 0 : dateNumber(r.decidedDate);
      if (filed > last || (decided !== 0 && decided < first)) return "outside";
      const g = CASE_GROUPS.indexOf(r.kind);
      const o = decided !== 0 && decided <= last ? OUTCOMES.indexOf(r.outcome!) : 3;
      const at = g * OUTCOMES.length + o;
      t.t4[at] = (t.t4[at] ?? 0) + 1;
      if (t.ids) note(t, `table4/cases/${r.kind}.${OUTCOMES[o]}`, r.id);
      return "counted";
    }
    case "document": {
      const issued = dateNumber(r.issuedDate);
      const repealed = r.repealedDate === undefined ? 0 : dateNumber(r.repealedDate);
      const expires = r.expiresDate === undefined ? 0 : dateNumber(r.expiresDate);
      const k = DOC_KINDS.indexOf(r.kind);
      const cols = [
        issued >= first && issued <= last,
        t.format === "2021" && repealed !== 0 && repealed >= first && repealed <= last,
        t.format === "2021" &&
          issued <= last &&
          !(repealed !== 0 && repealed <= last) &&
          !(expires !== 0 && expires < last),
      ];
      let any = false;
      cols.forEach((hit, c) => {
        if (!hit) return;
        any = true;
        const at = k * DOC_COLS.length + c;
        t.docs[at] = (t.docs[at] ?? 0) + 1;
        if (t.ids) note(t, `table2/${r.kind}/${DOC_COLS[c]}`, r.id);
      });
      return any ? "counted" : "outside";
    }
    case "decisions": {
      if (dateNumber(r.to) < first || dateNumber(r.from) > last) return "outside";
      const k = DECISION_KINDS.indexOf(r.kind);
      t.decisions[k] = (t.decisions[k] ?? 0) + r.count;
      if (t.ids) note(t, `table2/${r.kind}/decisions`, r.id);
      return "counted";
    }
    case "fee": {
      if (t.format !== "2021") return "none";
      const d = dateNumber(r.date);
      if (d < first || d > last) return "outside";
      t.feesYuan += BigInt(r.amountYuan);
      if (t.ids) note(t, "table2/fees/amountWan", r.id);
      return "counted";
    }
    case "proactive":
      return "none";
  }
}

/** Adds one raw record (validated here) at a location; fields it does not know are warned of once. */
export function addRecord(t: Tally, input: unknown, loc: RecordLocation, warnings?: readonly Issue[]): void {
  const parsed = parseRecord(input, loc, t.type);
  const unknown = unknownFieldWarnings(parsed.unknownFields, loc, t.warnedFields);
  const all = unknown.length ? [...(warnings ?? []), ...unknown] : warnings;
  if (!parsed.ok) {
    reject(t, [...parsed.issues, ...(all ?? [])]);
    return;
  }
  addValid(t, parsed.record, loc, all);
}

/**
 * Counts a valid record, or rejects it when it is inconsistent or its id was taken before
 * (RECORD-DUPLICATE-ID, naming where the id first stood).
 */
function addValid(t: Tally, record: RawRecord, loc: RecordLocation, warnings?: readonly Issue[]): void {
  const bad = [...consistency(record, loc), ...spansYear(t, record, loc)];
  if (bad.length) {
    reject(t, [...bad, ...(warnings ?? [])]);
    return;
  }
  const first = t.seenIds?.claim(typeIndex(record.type), record.id, loc);
  if (first) {
    reject(t, [duplicateIdIssue(record.id, first, loc), ...(warnings ?? [])]);
    return;
  }
  const outcome = tallyRecord(t, record, loc);
  t.accepted++;
  if (outcome === "counted") t.counted++;
  else if (outcome === "outside") t.outsideYear++;
  else t.notTabulated++;
  if (warnings?.length) pushIssues(t, warnings);
}

function isReadItem(item: unknown): item is ReadItem {
  if (typeof item !== "object" || item === null) return false;
  const o = item as Record<string, unknown>;
  return (
    typeof o.line === "number" &&
    ((typeof o.record === "object" && o.record !== null) ||
      (Array.isArray(o.issues) && o.record === undefined))
  );
}

/** Adds one input item: a reader item (validated again, cheaply) or a plain record. */
export function addItem(t: Tally, item: unknown): void {
  const index = t.index++;
  if (isReadItem(item)) {
    if ("record" in item) {
      addRecord(t, item.record, { file: item.file, line: item.line }, item.warnings);
    } else {
      reject(t, item.issues);
    }
    return;
  }
  addRecord(t, item, { index });
}

// ---------------------------------------------------------------------------------------
// Result

type Row = (applicant: number) => number;

function sumCols(values: number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

/** The tables, cells, counts and explanations of a finished tally. */
export function finishTally(t: Tally): TabulateResult {
  const rowOf = (code: string): Row | undefined => {
    const cell =
      (row: number): Row =>
      (a) =>
        t.t3[row * NA + a] ?? 0;
    if (code === "received") return cell(ROW_RECEIVED);
    if (code === "carriedIn") return cell(ROW_CARRIED_IN);
    if (code === "carriedOut") return cell(ROW_CARRIED_OUT);
    const r = RESULT_INDEX.get(code);
    if (r !== undefined) return cell(ROW_RESULT0 + r);
    return undefined;
  };
  const parts = (code: string): string[] => {
    if (code === "resultTotal") {
      return tableRows(t.format, "table3")
        .map((r) => r.code)
        .filter((c) => c !== "received" && c !== "carriedIn" && c !== "carriedOut" && c !== "resultTotal")
        .flatMap(parts);
    }
    if (code === "otherHandling") return RESULTS.filter((r) => r.startsWith("otherHandling."));
    return [code];
  };
  const table3: TableValues = {};
  for (const row of tableRows(t.format, "table3")) {
    const rows = parts(row.code).map((c) => rowOf(c)!);
    const values = APPLICANTS.map((_, a) => sumCols(rows.map((f) => f(a))));
    const out: Record<string, number> = {};
    APPLICANTS.forEach((c, a) => {
      out[c] = values[a] ?? 0;
    });
    out.total = sumCols(values);
    table3[row.code] = out;
  }
  const cases: Record<string, number | null> = {};
  CASE_GROUPS.forEach((g, gi) => {
    let total = 0;
    OUTCOMES.forEach((o, oi) => {
      const v = t.t4[gi * OUTCOMES.length + oi] ?? 0;
      cases[`${g}.${o}`] = v;
      total += v;
    });
    cases[`${g}.total`] = total;
  });
  const table4: TableValues = { cases };
  const table2: TableValues = {};
  DOC_KINDS.forEach((k, ki) => {
    const v = (c: number) => t.docs[ki * DOC_COLS.length + c] ?? 0;
    table2[k] = t.format === "2021" ? { issued: v(0), repealed: v(1), inForce: v(2) } : { newlyMade: v(0) };
  });
  DECISION_KINDS.forEach((k, ki) => {
    table2[k] = { decisions: t.decisions[ki] ?? 0 };
  });
  if (t.format === "2021") table2.fees = { amountWan: Number(yuanToWan(t.feesYuan)) };
  const tables: Tables = { table2, table3, table4 };

  const issues = [...t.issues];
  if (t.issuesOmitted) {
    issues.push({
      code: "TAB-ISSUES-OMITTED",
      severity: "warning",
      message: {
        zh: `另有 ${t.issuesOmitted} 条问题未列出（只列出前 ${t.maxIssues} 条）`,
        en: `${t.issuesOmitted} more issues are not listed (only the first ${t.maxIssues} are)`,
      },
      value: t.issuesOmitted,
    });
  }
  const result: TabulateResult = {
    year: t.year,
    format: t.format,
    tables,
    cells: toCells({ format: t.format, tables }),
    accepted: t.accepted,
    rejected: t.rejected,
    counted: t.counted,
    outsideYear: t.outsideYear,
    notTabulated: t.notTabulated,
    issues,
    issuesOmitted: t.issuesOmitted,
  };
  if (t.overdue) result.overdue = t.overdue;
  if (t.ids) result.explain = explainMap(t, result.cells, parts);
  return result;
}
