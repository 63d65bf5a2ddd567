// The 汇总 step: the units' submissions → one row a unit (received, missing, unreadable,
// files, year, counts), the county report rolled up by `rollup` of @disclosure/stats, and
// the roll-up's findings with every rule of `check`.
import {
  type Agency,
  type FormatId,
  type Report,
  type Tables,
  agencyId,
  formatForYear,
} from "@disclosure/schema";
import { type Finding, type RollupResult, type UnitInput, check, rollup } from "@disclosure/stats";
import type { Submission, SubmissionFileType } from "./model.js";
import { sameUnitName } from "./unit-names.js";

/** Options of {@link collectSubmissions}. */
export interface CollectOptions {
  /** The roll-up year; default the year most submissions state ({@link submissionsYear}). */
  readonly year?: number;
  /** The units that must report, one name each (花马池镇 matches 花马池镇人民政府). */
  readonly expectedUnits?: readonly string[];
  /** The unit whose figures are the county government's own (本级), by name. */
  readonly own?: string;
  /** The agency of the county report; default the 本级 unit's, else 汇总 (county level). */
  readonly agency?: Agency;
}

/** One row of the units table. */
export interface CollectedUnit {
  /** The unit's name as its file states it, else as the expected list spells it. */
  readonly name: string;
  /** received: a usable file; unreadable: files, none usable; missing: expected, no file. */
  readonly status: "received" | "unreadable" | "missing";
  /** In the expected list. */
  readonly expected: boolean;
  /** The county government's own figures (本级). */
  readonly own: boolean;
  /** Its figures are in the sums (false: a duplicate, another year, unreadable, missing). */
  readonly included: boolean;
  /** Indexes of its files in the submissions, in order given (the first usable one is summed). */
  readonly files: readonly number[];
  /** Indexes of files whose bytes repeat an earlier file's. */
  readonly repeatedFiles: readonly number[];
  readonly fileTypes: readonly SubmissionFileType[];
  readonly year?: number;
  readonly format?: FormatId;
  /** Records and ledgers: lines accepted and rejected over its files. */
  readonly accepted?: number;
  readonly rejected?: number;
  /** Errors and warnings: its files' issues and the findings naming it. */
  readonly errors: number;
  readonly warnings: number;
}

/** What the 汇总 step gives. */
export interface Collected {
  /** The roll-up year; absent when no file states one and none was given. */
  readonly year?: number;
  readonly units: readonly CollectedUnit[];
  /** The roll-up: county report, per-unit breakdown, roll-up findings. */
  readonly rollup?: RollupResult;
  /** The unit reports summed (本级 first), as `check` takes them. */
  readonly unitReports: readonly Report[];
  /** The roll-up findings, then those of `check` on the county report. */
  readonly findings: readonly Finding[];
}

/**
 * The year most submissions state in their content (the latest on a tie); undefined when none does.
 * @example submissionsYear([{ year: 2024, yearFrom: "content" }, …]) //=> 2024
 */
export function submissionsYear(
  submissions: readonly Pick<Submission, "year" | "yearFrom">[],
): number | undefined {
  const counts = new Map<number, number>();
  for (const s of submissions)
    if (s.year && s.yearFrom === "content") counts.set(s.year, (counts.get(s.year) ?? 0) + 1);
  let best: number | undefined;
  for (const [year, n] of counts) {
    const m = best === undefined ? -1 : (counts.get(best) ?? 0);
    if (n > m || (n === m && best !== undefined && year > best)) best = year;
  }
  return best;
}

/** A unit's files: each submission with its index in the list given. */
interface Group {
  name: string;
  files: { index: number; submission: Submission }[];
}

/** Submissions grouped by unit (names folded as {@link sameUnitName}), in order of first file. */
function groupByUnit(submissions: readonly Submission[]): Group[] {
  const groups: Group[] = [];
  submissions.forEach((s, i) => {
    const g = groups.find((x) => sameUnitName(x.name, s.unit.name));
    if (g) g.files.push({ index: i, submission: s });
    else groups.push({ name: s.unit.name, files: [{ index: i, submission: s }] });
  });
  return groups;
}

/** A file as `rollup` takes it, under its group's name (so that one unit's two files are one unit). */
function unitInput(s: Submission, name: string): UnitInput {
  const unit: Agency = { name, level: s.report?.agency.level ?? s.unit.level ?? "county" };
  return s.records ? { unit, records: s.records } : { unit, report: s.report as Report };
}

/** A unit's tables as the roll-up summed them (after any format conversion). */
function summedTables(r: RollupResult, id: string): Tables {
  const tables: Tables = {};
  for (const [key, parts] of Object.entries(r.breakdown)) {
    const part = parts[id];
    if (part === undefined) continue;
    const [table, row, col] = key.split("/") as [keyof Tables, string, string];
    const values = tables[table] ?? {};
    values[row] = { ...values[row], [col]: part };
    tables[table] = values;
  }
  return tables;
}

/**
 * Rolls the submissions up: units grouped by name (花马池镇 = 花马池镇人民政府), each usable
 * file given to `rollup` (a unit given twice, or the same file twice, is summed once and
 * reported as ROLLUP-DUPLICATE-UNIT; another year as ROLLUP-UNIT-YEAR; an expected unit
 * without a usable file as ROLLUP-UNIT-MISSING; rejected records as ROLLUP-RECORDS-REJECTED),
 * then every rule of `check` on the county report with the units summed. Records are
 * tabulated for the roll-up year.
 */
export function collectSubmissions(
  submissions: readonly Submission[],
  options: CollectOptions = {},
): Collected {
  const year = options.year ?? submissionsYear(submissions);
  const groups = groupByUnit(submissions);
  const expected = options.expectedUnits?.map((n) => n.trim()).filter(Boolean) ?? [];
  const isOwn = (name: string) => options.own !== undefined && sameUnitName(name, options.own);
  const usable = ({ submission: s }: Group["files"][number]) =>
    s.report !== undefined || s.records !== undefined;
  const ownGroup = groups.find((g) => isOwn(g.name) && g.files.some(usable));
  let result: RollupResult | undefined;
  if (year !== undefined) {
    const ownFile = ownGroup?.files.find(usable);
    const inputs = groups.flatMap((g) =>
      g.files.filter((f) => usable(f) && f !== ownFile).map((f) => unitInput(f.submission, g.name)),
    );
    const own = ownFile === undefined || !ownGroup ? undefined : unitInput(ownFile.submission, ownGroup.name);
    const format = formatForYear(year);
    const expectedNames = expected.map((e) => groups.find((g) => sameUnitName(g.name, e))?.name ?? e);
    result = rollup(inputs, {
      year,
      format,
      ...(own ? { own } : {}),
      ...(expected.length ? { expectedUnits: expectedNames } : {}),
      agency: options.agency ?? own?.unit ?? { name: "汇总", level: "county" },
    }) as RollupResult;
  }
  const unitReports = result ? includedReports(result) : [];
  const findings = result ? [...result.findings, ...check(result.report, { units: unitReports })] : [];
  const units = [
    ...groups.map((g) => unitRow(g, result, findings, expected, isOwn(g.name))),
    ...expected
      .filter((e) => !groups.some((g) => sameUnitName(g.name, e)))
      .map((name) => missingRow(name, findings)),
  ];
  return {
    ...(year !== undefined ? { year } : {}),
    units,
    ...(result ? { rollup: result } : {}),
    unitReports,
    findings,
  };
}

function includedReports(r: RollupResult): Report[] {
  return r.units
    .filter((u) => u.included)
    .map((u) => ({
      agency: { name: u.name, ...(u.id !== u.name ? { id: u.id } : {}), level: "county" as const },
      year: r.report.year,
      format: r.report.format,
      sections: {},
      tables: summedTables(r, u.id),
    }));
}

const named = (findings: readonly Finding[], name: string) =>
  findings.filter((f) => f.unit !== undefined && sameUnitName(f.unit, name));

function unitRow(
  g: Group,
  result: RollupResult | undefined,
  findings: readonly Finding[],
  expected: readonly string[],
  own: boolean,
): CollectedUnit {
  const subs = g.files.map((f) => f.submission);
  const first = subs.find((s) => s.report || s.records);
  const seen = new Map<string, number>();
  const repeatedFiles: number[] = [];
  for (const { index, submission } of g.files) {
    if (seen.has(submission.digest)) repeatedFiles.push(index);
    else seen.set(submission.digest, index);
  }
  const id = first ? agencyId({ name: g.name, level: "county" }) : undefined;
  const included = result?.units.some((u) => u.id === id && u.included) ?? false;
  const records = subs.filter((s) => s.recordCounts);
  const about = named(findings, g.name);
  return {
    name: g.name,
    status: first ? "received" : "unreadable",
    expected: expected.some((e) => sameUnitName(e, g.name)),
    own,
    included,
    files: g.files.map((f) => f.index),
    repeatedFiles,
    fileTypes: [...new Set(subs.flatMap((s) => (s.fileType ? [s.fileType] : [])))],
    ...(first?.year !== undefined ? { year: first.year } : {}),
    ...(first?.format ? { format: first.format } : {}),
    ...(records.length
      ? {
          accepted: records.reduce((n, s) => n + (s.recordCounts?.accepted ?? 0), 0),
          rejected: records.reduce((n, s) => n + (s.recordCounts?.rejected ?? 0), 0),
        }
      : {}),
    errors:
      subs.reduce((n, s) => n + s.issues.length, 0) + about.filter((f) => f.severity === "error").length,
    warnings:
      subs.reduce((n, s) => n + s.warnings.length, 0) + about.filter((f) => f.severity === "warning").length,
  };
}

function missingRow(name: string, findings: readonly Finding[]): CollectedUnit {
  const about = named(findings, name);
  return {
    name,
    status: "missing",
    expected: true,
    own: false,
    included: false,
    files: [],
    repeatedFiles: [],
    fileTypes: [],
    errors: about.filter((f) => f.severity === "error").length,
    warnings: about.filter((f) => f.severity === "warning").length,
  };
}
