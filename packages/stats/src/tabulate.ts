// Raw records → the official tables 二、三、四 of one year (spec/format-2021.md §6, rules.md
// APP-YEAR-BUCKET). The tally holds counters, the hashes of the ids taken (to reject a record
// given twice) and, on request, the ids behind each cell.
import {
  ApplicantTypeSchema,
  ApplicationResultSchema,
  type Cell,
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
import { APPLICANT_INDEX, RESULT_INDEX, type ScannedApplication, scanApplication } from "./jsonl-scan";
import { ID_FIELDS, loadWasmScanner, OUTSIDE_BUCKET, WASM_PIECE, type WasmCounts } from "./jsonl-scan-wasm";
import {
  createIdSet,
  duplicateIdIssue,
  type FirstSeen,
  hashIdBytes,
  hashIdString,
  type IdHash,
  type IdSet,
  typeIndex,
} from "./record-ids";
import {
  dateNumber,
  parseRecord,
  type RecordLocation,
  type RecordType,
  recordIssue,
  unknownFieldWarnings,
} from "./record-parse";
import {
  concatBytes,
  type JsonlSource,
  jsonlSourceOf,
  type LineParserState,
  parseJsonLine,
  type ReadItem,
  type ReadRecordsOptions,
  readerParts,
  utf8Chunks,
} from "./records/index";

export interface TabulateOptions {
  /** The report year y: statistics of 1 January – 31 December y. */
  year: number;
  /** Table format; default the one for the year (2019 format up to 2020, 2021 format from 2021). */
  format?: FormatId;
  /**
   * Keep, for every cell, the ids of the records counted in it (see {@link explain}). Memory
   * then grows with the number of records; without it only the totals are held.
   */
  explain?: boolean;
  /** Type of records without a `type` field (else told from their fields). */
  type?: RecordType;
  /**
   * Also count the applications completed in the year whose reply came after the statutory
   * deadline (replyDeadline, 条例第三十三条), for the overdue share of `rates`.
   */
  overdue?: boolean;
  /** The holiday calendar for `overdue` (default: the registered one, see `useCalendar`). */
  calendar?: WorkingCalendar;
  /** At most this many issues are listed (all are counted); default 1000. */
  maxIssues?: number;
  /**
   * Reject a record whose id was taken before (RECORD-DUPLICATE-ID, default true). The ids
   * are kept as 64-bit hashes, 21–43 bytes a record; `false`, for ids known to be unique,
   * keeps the memory constant however many records stream through.
   */
  checkIds?: boolean;
}

/** Applications completed in the year and answered late. */
export interface OverdueCount {
  /** Replied after the deadline. */
  count: number;
  /** Deadline could not be computed (invalid 补正/extension data, a year outside the holiday calendar); each has a warning in `issues` saying why. */
  unknown: number;
  /** Ids of the late ones. */
  ids: string[];
}

export interface TabulateResult {
  year: number;
  format: FormatId;
  /** The official tables, every cell a number (0 where no record counts). */
  tables: Tables;
  /** The same cells in the interchange form, in printed order. */
  cells: Cell[];
  /** Records that passed validation. `accepted = counted + outsideYear + notTabulated`. */
  accepted: number;
  /** Records rejected, each with located issues in `issues`. */
  rejected: number;
  /** Accepted records counted in at least one cell of year y. */
  counted: number;
  /** Accepted records that fall outside year y (received after it, completed before it, …). */
  outsideYear: number;
  /** Accepted records of a kind the tables of this format have no cell for (主动公开 items; fees in the 2019 format). */
  notTabulated: number;
  /** Every rejection (errors) and warning, located; at most `maxIssues` listed. */
  issues: Issue[];
  /** Issues counted but not listed (beyond `maxIssues`). */
  issuesOmitted: number;
  /** With `explain: true`: cell key (`table3/received/total`) → ids of the records it counts. */
  explain?: Record<string, string[]>;
  /** With `overdue: true`. */
  overdue?: OverdueCount;
}

/** Any record-like input: a raw record (validated here), a reader item, or a rejected reader item. */
export type TabulateInput = RawRecord | ReadItem | Record<string, unknown>;

const APPLICANTS = ApplicantTypeSchema.options;
const RESULTS = ApplicationResultSchema.options;
const NA = APPLICANTS.length; // 6
const ROW_RECEIVED = 0;
const ROW_CARRIED_IN = 1;
const ROW_RESULT0 = 2;
const ROW_CARRIED_OUT = ROW_RESULT0 + RESULTS.length; // 23
const T3_ROWS = ROW_CARRIED_OUT + 1;
const OUTCOMES = ["upheld", "corrected", "other", "pending"] as const;
const DOC_KINDS = ["rules", "normativeDocuments"] as const;
const DOC_COLS = ["issued", "repealed", "inForce"] as const;
const DECISION_KINDS = ["licensing", "penalty", "enforcement"] as const;

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
  /** Unknown field names of plain records already warned about. */
  readonly warnedFields: Set<string>;
}

/** A fresh tally for one year and format. */
export function createTally(opts: TabulateOptions): Tally {
  const format = opts.format ?? formatForYear(opts.year);
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
    seenIds: opts.checkIds === false ? undefined : createIdSet(),
    warnedFields: new Set(),
  };
}

function pushIssues(t: Tally, issues: readonly Issue[]): void {
  for (const issue of issues) {
    if (t.issues.length < t.maxIssues) t.issues.push(issue);
    else t.issuesOmitted++;
  }
}

function reject(t: Tally, issues: readonly Issue[]): void {
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
  t.t3[intake * NA + applicant]++;
  t.t3[outcome * NA + applicant]++;
  if (t.ids && id !== undefined) {
    note(t, t3Key(intake, applicant), id);
    note(t, t3Key(outcome, applicant), id);
  }
  return true;
}

/** The checks a valid record must also pass to be counted: consistent dates and results. */
function consistency(r: RawRecord, loc: RecordLocation): Issue[] {
  const issues: Issue[] = [];
  const order = (
    field: string,
    later: string,
    earlier: string,
    what: [string, string],
    than: [string, string],
  ) =>
    issues.push(
      recordIssue(
        "RECORD-DATE-ORDER",
        `${what[0]}（${later}）早于${than[0]}（${earlier}）`,
        `the ${what[1]} (${later}) is before the ${than[1]} (${earlier})`,
        loc,
        [field],
        later,
      ),
    );
  switch (r.type) {
    case "application":
      if (r.result !== undefined && r.completedDate === undefined) {
        issues.push(
          recordIssue(
            "APP-YEAR-BUCKET",
            "有办理结果但没有办结日期（completedDate），无法确定计入哪一年",
            "the application has a result but no completion date (completedDate), so its year cannot be told",
            loc,
            ["completedDate"],
          ),
        );
      }
      if (r.completedDate !== undefined && r.result === undefined) {
        issues.push(
          recordIssue(
            "APP-RESULT-SINGLE",
            "已办结（有 completedDate）但没有办理结果（result），每件办结的申请须计入且只计入一种办理结果",
            "the application is completed (completedDate) but has no result; each completed application has exactly one result",
            loc,
            ["result"],
          ),
        );
      }
      if (r.completedDate !== undefined && r.completedDate < r.receivedDate) {
        order(
          "completedDate",
          r.completedDate,
          r.receivedDate,
          ["办结日期", "completion date"],
          ["收到申请日期", "receipt date"],
        );
      }
      break;
    case "case":
      if ((r.outcome === undefined) !== (r.decidedDate === undefined)) {
        issues.push(
          recordIssue(
            "RECORD-CASE-OUTCOME",
            r.outcome === undefined
              ? "案件有审结日期（decidedDate）但没有结果（outcome）"
              : "案件有结果（outcome）但没有审结日期（decidedDate）",
            r.outcome === undefined
              ? "the case has a decision date (decidedDate) but no outcome"
              : "the case has an outcome but no decision date (decidedDate)",
            loc,
            [r.outcome === undefined ? "outcome" : "decidedDate"],
          ),
        );
      }
      if (r.decidedDate !== undefined && r.decidedDate < r.filedDate) {
        order(
          "decidedDate",
          r.decidedDate,
          r.filedDate,
          ["审结日期", "decision date"],
          ["立案日期", "filing date"],
        );
      }
      break;
    case "document":
      if (r.repealedDate !== undefined && r.repealedDate < r.issuedDate) {
        order(
          "repealedDate",
          r.repealedDate,
          r.issuedDate,
          ["废止日期", "repeal date"],
          ["制发日期", "issue date"],
        );
      }
      if (r.expiresDate !== undefined && r.expiresDate < r.issuedDate) {
        order(
          "expiresDate",
          r.expiresDate,
          r.issuedDate,
          ["有效期截止日期", "expiry date"],
          ["制发日期", "issue date"],
        );
      }
      break;
    case "decisions":
      if (r.to < r.from)
        order("to", r.to, r.from, ["统计截止日期", "end of the period"], ["统计起始日期", "start"]);
      break;
  }
  return issues;
}

/** Why the deadline of an application could not be computed (a year outside the calendar …), as warnings. */
function noteUnknownDeadline(t: Tally, r: RawRecord & { type: "application" }, loc: RecordLocation): void {
  const result = replyDeadline(r, { calendar: t.calendar });
  if (result.ok) return;
  const warn = (i: (typeof result.issues)[number]) =>
    recordIssue(i.code, i.message.zh, i.message.en, loc, i.path, undefined, "warning");
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
        const late = isOverdue(r, undefined, { calendar: t.calendar });
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
      t.t4[g * OUTCOMES.length + o]++;
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
        t.docs[k * DOC_COLS.length + c]++;
        if (t.ids) note(t, `table2/${r.kind}/${DOC_COLS[c]}`, r.id);
      });
      return any ? "counted" : "outside";
    }
    case "decisions": {
      if (dateNumber(r.to) < first || dateNumber(r.from) > last) return "outside";
      const k = DECISION_KINDS.indexOf(r.kind);
      t.decisions[k] += r.count;
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

const hash: IdHash = { lo: 0, hi: 0 };

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
  const first = t.seenIds?.claim(hashIdString(typeIndex(record.type), record.id, hash), loc);
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
    if (code === "received") return (a) => t.t3[ROW_RECEIVED * NA + a];
    if (code === "carriedIn") return (a) => t.t3[ROW_CARRIED_IN * NA + a];
    if (code === "carriedOut") return (a) => t.t3[ROW_CARRIED_OUT * NA + a];
    const r = RESULT_INDEX.get(code);
    if (r !== undefined) return (a) => t.t3[(ROW_RESULT0 + r) * NA + a];
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
      out[c] = values[a];
    });
    out.total = sumCols(values);
    table3[row.code] = out;
  }
  const table4: TableValues = { cases: {} };
  CASE_GROUPS.forEach((g, gi) => {
    let total = 0;
    OUTCOMES.forEach((o, oi) => {
      const v = t.t4[gi * OUTCOMES.length + oi];
      table4.cases[`${g}.${o}`] = v;
      total += v;
    });
    table4.cases[`${g}.total`] = total;
  });
  const table2: TableValues = {};
  DOC_KINDS.forEach((k, ki) => {
    const v = (c: number) => t.docs[ki * DOC_COLS.length + c];
    table2[k] = t.format === "2021" ? { issued: v(0), repealed: v(1), inForce: v(2) } : { newlyMade: v(0) };
  });
  DECISION_KINDS.forEach((k, ki) => {
    table2[k] = { decisions: t.decisions[ki] };
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

/** Ids behind every cell, totals included (a total's ids are its parts' ids, in order). */
function explainMap(
  t: Tally,
  cells: readonly Cell[],
  parts: (code: string) => string[],
): Record<string, string[]> {
  const ids = t.ids!;
  const base = (key: string) => ids.get(key) ?? [];
  const out: Record<string, string[]> = {};
  for (const c of cells) {
    const key = `${c.table}/${c.row}/${c.col}`;
    if (c.table === "table3") {
      const cols = c.col === "total" ? [...APPLICANTS] : [c.col];
      out[key] = parts(c.row).flatMap((r) => cols.flatMap((col) => base(`table3/${r}/${col}`)));
    } else if (c.table === "table4") {
      const [g, o] = c.col.split(".");
      out[key] = o === "total" ? OUTCOMES.flatMap((x) => base(`table4/cases/${g}.${x}`)) : base(key);
    } else {
      out[key] = c.col === "newlyMade" ? base(`table2/${c.row}/issued`) : base(key);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Entry points

function isAsync(x: unknown): x is AsyncIterable<unknown> {
  return typeof x === "object" && x !== null && Symbol.asyncIterator in x;
}

/**
 * The full path for the lines a scanner leaves: the line of `b` from `pos` to its line feed at
 * `nl` decoded, parsed and validated with its located issues, then tallied (blank lines skipped).
 */
function fullPathLines(
  t: Tally,
  opts: ReadRecordsOptions,
): (b: Uint8Array, pos: number, nl: number, line: number) => void {
  const state: LineParserState = { warnedFields: new Set() };
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  return (b, pos, nl, line) => {
    const end = nl > pos && b[nl - 1] === 13 ? nl - 1 : nl;
    if (end <= pos) return;
    const item = parseJsonLine(decoder.decode(b.subarray(pos, end)), line, opts, state);
    if (item) addItem(t, item);
  };
}

/** The fused path in JavaScript alone (explanations, or no WebAssembly). */
async function tabulateJsonlJs(t: Tally, src: JsonlSource): Promise<void> {
  const opts = src.options;
  const fullPath = fullPathLines(t, opts);
  const typeOptional = opts.type === undefined || opts.type === "application";
  const s: ScannedApplication = { applicant: 0, received: 0, completed: 0, result: 0, idStart: 0, idEnd: 0 };
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  const explainIds = t.ids !== undefined;
  const at: FirstSeen = opts.file === undefined ? { line: 0 } : { file: opts.file, line: 0 };
  let line = 0;
  /** Tallies the complete lines of `b` from `pos`; returns where an unfinished last line starts. */
  const lines = (b: Uint8Array, pos: number): number => {
    const len = b.length;
    while (pos < len) {
      let nl = scanApplication(b, pos, len, typeOptional, s);
      line++;
      if (nl >= 0) {
        t.index++;
        at.line = line;
        const first = t.seenIds?.claim(hashIdBytes(0, b, s.idStart, s.idEnd, hash), at);
        if (first) {
          reject(t, [duplicateIdIssue(decoder.decode(b.subarray(s.idStart, s.idEnd)), first, { ...at })]);
        } else {
          t.accepted++;
          const id = explainIds ? decoder.decode(b.subarray(s.idStart, s.idEnd)) : undefined;
          if (tallyApplication(t, s.applicant, s.received, s.completed, s.result, id)) t.counted++;
          else t.outsideYear++;
        }
        pos = nl + 1;
        continue;
      }
      nl = b.indexOf(10, pos);
      if (nl === -1) {
        line--;
        return pos;
      }
      fullPath(b, pos, nl, line);
      pos = nl + 1;
    }
    return pos;
  };
  let carry: Uint8Array | undefined;
  for await (const chunk of utf8Chunks(src.chunks, opts.encoding)) {
    let pos = 0;
    if (carry) {
      const nl = chunk.indexOf(10);
      if (nl === -1) {
        carry = concatBytes(carry, chunk);
        continue;
      }
      lines(concatBytes(carry, chunk.subarray(0, nl + 1)), 0);
      carry = undefined;
      pos = nl + 1;
    }
    pos = lines(chunk, pos);
    if (pos < chunk.length) carry = chunk.slice(pos);
  }
  if (carry?.length) lines(concatBytes(carry, LINE_FEED), 0);
}

/** Adds what the WebAssembly scanner tallied (see jsonl-scan-wasm.ts) to the running state. */
function addWasmCounts(t: Tally, c: WasmCounts): void {
  t.index += c.taken;
  t.accepted += c.taken;
  t.counted += c.taken - c.outside;
  t.outsideYear += c.outside;
  for (let a = 0; a < NA; a++) {
    t.t3[ROW_RECEIVED * NA + a] += c.intake[a];
    t.t3[ROW_CARRIED_IN * NA + a] += c.intake[c.stride + a];
    for (let r = 0; r < RESULTS.length; r++) t.t3[(ROW_RESULT0 + r) * NA + a] += c.outcome[r * c.stride + a];
    t.t3[ROW_CARRIED_OUT * NA + a] += c.outcome[RESULTS.length * c.stride + a];
  }
}

/** A line the WebAssembly scanner took and tallied, found to repeat an id: taken out of the counts again. */
function untally(t: Tally, bucket: number): void {
  t.accepted--;
  if (bucket === OUTSIDE_BUCKET) {
    t.outsideYear--;
    return;
  }
  t.counted--;
  const applicant = bucket & 0xff;
  const outcome = (bucket >>> 8) & 0xff;
  t.t3[(bucket >>> 16 === 0 ? ROW_RECEIVED : ROW_CARRIED_IN) * NA + applicant]--;
  t.t3[(outcome < RESULTS.length ? ROW_RESULT0 + outcome : ROW_CARRIED_OUT) * NA + applicant]--;
}

const rescan: ScannedApplication = {
  applicant: 0,
  received: 0,
  completed: 0,
  result: 0,
  idStart: 0,
  idEnd: 0,
};
const idDecoder = new TextDecoder("utf-8", { ignoreBOM: true });

/**
 * The ids of the lines the WebAssembly scanner took from `start` of `b` (the lines after
 * `line`) into the tally's set: a line whose id was taken before is taken out of the counts
 * again and rejected, naming the first (its id read again by the JavaScript scanner).
 */
function claimScanned(
  t: Tally,
  ids: Int32Array,
  line: number,
  b: Uint8Array,
  start: number,
  at: FirstSeen,
): void {
  if (ids.length === 0 || t.seenIds === undefined) return;
  t.seenIds.claimLines(ids, ID_FIELDS, line + 1, at.file, (k, first) => {
    untally(t, ids[k + 2]);
    scanApplication(b, start + ids[k + 3], b.length, true, rescan);
    const id = idDecoder.decode(b.subarray(rescan.idStart, rescan.idEnd));
    const where = { ...at, line: line + 1 + k / ID_FIELDS };
    reject(t, [duplicateIdIssue(id, first, where)]);
  });
}

/**
 * The fused path over a JSON Lines reader's own bytes: lines tallied without decoding or
 * objects, by the WebAssembly scanner where it runs (the JavaScript one otherwise, and for
 * explanations, which need every id). Lines either scanner leaves take the full path.
 */
async function tabulateJsonl(t: Tally, src: JsonlSource): Promise<void> {
  const wasm = t.ids === undefined ? await loadWasmScanner() : undefined;
  if (wasm === undefined) return tabulateJsonlJs(t, src);
  const opts = src.options;
  const fullPath = fullPathLines(t, opts);
  const typeOptional = opts.type === undefined || opts.type === "application";
  const at: FirstSeen = opts.file === undefined ? { line: 0 } : { file: opts.file, line: 0 };
  let line = 0;
  /** Tallies the complete lines of `head` + `tail`; returns a copy of an unfinished last line. */
  const piece = (head: Uint8Array | undefined, tail: Uint8Array): Uint8Array | undefined => {
    // Synchronous from input to take: the scanner's memory and counts are this call's alone.
    const b = wasm.input(head, tail);
    const len = b.length;
    let pos = 0;
    for (;;) {
      const start = pos;
      pos = wasm.scan(pos, t.first, t.last, typeOptional);
      claimScanned(t, wasm.ids(), line, b, start, at);
      line += wasm.lines();
      if (wasm.full()) continue;
      if (pos >= len) break;
      const rel = b.subarray(pos).indexOf(10);
      if (rel === -1) break;
      const nl = pos + rel;
      fullPath(b, pos, nl, ++line);
      pos = nl + 1;
    }
    addWasmCounts(t, wasm.take());
    return pos < len ? b.slice(pos) : undefined;
  };
  let carry: Uint8Array | undefined;
  for await (const chunk of utf8Chunks(src.chunks, opts.encoding)) {
    for (let at = 0; at < chunk.length; at += WASM_PIECE) {
      carry = piece(carry, chunk.subarray(at, at + WASM_PIECE));
    }
  }
  if (carry?.length) piece(carry, LINE_FEED);
}

const LINE_FEED = new Uint8Array([10]);

/**
 * Tabulates raw records into the official tables of one year. Input: any iterable of
 * records (plain objects, validated here with the schemas of @disclosure/schema) or of
 * reader items (`readRecordsJsonl` / `readRecordsCsv`); an async iterable gives a Promise.
 *
 * Years (spec/format-2021.md §6, rules.md APP-YEAR-BUCKET): an application received in y is
 * 本年新收, one received earlier and still open on 1 January y is 上年结转; completed in y
 * it is counted once in its result row, else 结转下年度继续办理 — so 一 + 二 = 三（七）+ 四 in
 * every column (T3-BALANCE). Table 四 counts cases decided or still pending in y (尚未审结 =
 * open on 31 December). Table 二 counts documents issued / repealed in y and in force on
 * 31 December (not repealed, 有效期 not ended), decision counts whose period lies in y, and
 * fees received in y, summed exactly in 元 and printed in 万元. The 2019 format gets its
 * rows (（六）其他处理 as one row; 本年新制作数量 = documents issued in y; 处理决定数量).
 *
 * Nothing is dropped silently: invalid or inconsistent records are rejected with located,
 * bilingual issues; a record whose id was taken before (the same id twice, the same file
 * given twice) is rejected once, naming where the id first stood (RECORD-DUPLICATE-ID);
 * records outside y and kinds without a cell are counted separately. Without `explain`
 * only the totals and the ids' 64-bit hashes are held (21–43 bytes a record; none with
 * `checkIds: false`).
 *
 * @example
 * const { tables } = tabulate([
 *   { type: "application", id: "YC-2020-E1", receivedDate: "2020-12-28", applicantType: "naturalPerson",
 *     result: "granted", completedDate: "2021-01-12" },
 *   { type: "application", id: "YC-2021-1", receivedDate: "2021-03-04", applicantType: "commercial",
 *     result: "unavailable.notHeld", completedDate: "2021-03-18" },
 *   { type: "application", id: "YC-2021-2", receivedDate: "2021-12-27", applicantType: "naturalPerson" },
 * ], { year: 2021 });
 * tables.table3.received.total;   //=> 2
 * tables.table3.carriedIn.total;  //=> 1
 * tables.table3.resultTotal.total; //=> 2
 * tables.table3.carriedOut.total; //=> 1
 */
export function tabulate(records: Iterable<TabulateInput>, opts: TabulateOptions): TabulateResult;
export function tabulate(
  records: AsyncIterable<TabulateInput>,
  opts: TabulateOptions,
): Promise<TabulateResult>;
export function tabulate(
  records: Iterable<TabulateInput> | AsyncIterable<TabulateInput>,
  opts: TabulateOptions,
): TabulateResult | Promise<TabulateResult>;
export function tabulate(
  records: Iterable<TabulateInput> | AsyncIterable<TabulateInput>,
  opts: TabulateOptions,
): TabulateResult | Promise<TabulateResult> {
  const t = createTally(opts);
  if (isAsync(records)) {
    return (async () => {
      for (const part of readerParts(records as AsyncIterable<ReadItem>)) {
        const src = jsonlSourceOf(part);
        if (src && !opts.overdue) await tabulateJsonl(t, src);
        else for await (const item of part) addItem(t, item);
      }
      return finishTally(t);
    })();
  }
  for (const item of records) addItem(t, item);
  return finishTally(t);
}
