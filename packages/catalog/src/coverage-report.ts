/**
 * The result of a coverage count: per item (status, counts, missing periods), per unit and per
 * area, the findings and the bilingual summary.
 */
import type { Message } from "@disclosure/schema";
import { areaKey, areaName, isStandardArea } from "./area-match.js";
import type { Prepared } from "./coverage.js";
import type {
  CoverageCounts,
  CoverageFinding,
  CoverageOptions,
  CoverageResult,
  ItemCoverage,
  ItemStatus,
  LatePublication,
  UnmatchedPublication,
} from "./coverage-types.js";
import type { AreaRef } from "./item.js";
import type { PeriodJudge } from "./periodic.js";

/** A unit's publication counts as they are added; `listed`: its late and unmatched entries listed. */
export type UnitTally = {
  publications: number;
  onTime: number;
  late: number;
  unknown: number;
  lateWorkingDays: number;
  unmatched: number;
  listed: number;
};

/** What a coverage count holds while publications are added. */
export type CoverageState = {
  prepared: Prepared[];
  pubs: Int32Array;
  onTime: Int32Array;
  late: Int32Array;
  unknown: Int32Array;
  lateWd: Float64Array;
  maxLate: Int32Array;
  presentBefore: Uint8Array;
  periods: PeriodJudge;
  units: Map<string, UnitTally>;
  areaOnly: Map<string, number>;
  lateList: LatePublication[];
  unmatchedList: UnmatchedPublication[];
  invalidFindings: CoverageFinding[];
  truncated: boolean;
  invalid: number;
  outOfPeriod: number;
  unmatched: number;
  areaOnlyTotal: number;
  calendarGaps: number;
};

type Days = { fromDay: number; toDay: number; asOfDay: number };
type AreaRow = CoverageResult["byArea"][number];
type UnitRow = CoverageResult["byUnit"][number];

const group = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/gu, ",");

function emptyCounts(): CoverageCounts {
  return {
    items: 0,
    expected: 0,
    covered: 0,
    missing: 0,
    publications: 0,
    onTime: 0,
    late: 0,
    unknown: 0,
    lateWorkingDays: 0,
  };
}

/** One item's row: its status from its counts and the periods nothing was placed on. */
function itemRow(s: CoverageState, i: number, days: Days): ItemCoverage {
  const prep = s.prepared[i];
  if (prep === undefined) throw new RangeError(`no prepared item ${i}`);
  /** Item i's figure in one of the state's arrays, one entry an item. */
  const n = (a: ArrayLike<number>) => a[i] ?? 0;
  const it = prep.item.item;
  let missingPeriods: string[] | undefined;
  let periodsDue = 0;
  if (prep.period) {
    const due = s.periods.dueIn(i, prep.period, days.fromDay, Math.min(days.toDay, days.asOfDay));
    missingPeriods = due.missing;
    periodsDue = due.due;
  }
  let status: ItemStatus;
  if (n(s.pubs) === 0) {
    if (!prep.expected) status = "notExpected";
    else if (prep.period) {
      // Nothing due in the range: not expected yet; every period due filled before it: on time.
      status = missingPeriods?.length ? "missing" : periodsDue > 0 ? "onTime" : "notExpected";
    } else status = prep.check === "ongoing" && n(s.presentBefore) ? "onTime" : "missing";
  } else if (n(s.late) > 0) status = "late";
  else if (missingPeriods && missingPeriods.length > 0) status = "partial";
  else if (n(s.unknown) === n(s.pubs)) status = "published";
  else status = "onTime";
  const row: ItemCoverage = {
    key: prep.key,
    area: prep.area,
    areaName: areaName(prep.item.area),
    unit: prep.unit,
    level2: it.level2,
    check: prep.check,
    status,
    publications: n(s.pubs),
    onTime: n(s.onTime),
    late: n(s.late),
    unknown: n(s.unknown),
    maxLateWorkingDays: n(s.maxLate),
  };
  if (it.level1 !== undefined) row.level1 = it.level1;
  if (it.level3 !== undefined) row.level3 = it.level3;
  if (missingPeriods) row.missingPeriods = missingPeriods;
  return row;
}

/** Totals, per area and per unit, from the item rows and the units' publication counts. */
function aggregates(s: CoverageState, byItem: readonly ItemCoverage[]) {
  const areas = new Map<string, AreaRow>();
  const units = new Map<string, UnitRow>();
  const areaOf = (ref: AreaRef) => {
    const k = areaKey(ref);
    let a = areas.get(k);
    if (!a) {
      a = { area: k, name: areaName(ref), standard: isStandardArea(ref), areaOnly: 0, ...emptyCounts() };
      areas.set(k, a);
    }
    return a;
  };
  const unitOf = (name: string) => {
    let u = units.get(name);
    if (!u) {
      u = { unit: name, unmatched: 0, ...emptyCounts() };
      units.set(name, u);
    }
    return u;
  };
  const add = (c: CoverageCounts, r: ItemCoverage, i: number) => {
    c.items++;
    if (s.prepared[i]?.expected) c.expected++;
    if (r.publications > 0) c.covered++;
    if (r.status === "missing") c.missing++;
    c.publications += r.publications;
    c.onTime += r.onTime;
    c.late += r.late;
    c.unknown += r.unknown;
    c.lateWorkingDays += s.lateWd[i] ?? 0;
  };
  const total = emptyCounts();
  byItem.forEach((r, i) => {
    add(total, r, i);
    const area = s.prepared[i]?.item.area;
    if (area !== undefined) add(areaOf(area), r, i);
    const u = unitOf(r.unit);
    u.items++;
    if (s.prepared[i]?.expected) u.expected++;
    if (r.publications > 0) u.covered++;
    if (r.status === "missing") u.missing++;
  });
  for (const [name, c] of s.units) {
    const u = unitOf(name);
    u.publications = c.publications;
    u.onTime = c.onTime;
    u.late = c.late;
    u.unknown = c.unknown;
    u.lateWorkingDays = c.lateWorkingDays;
    u.unmatched = c.unmatched;
  }
  for (const [k, count] of s.areaOnly) {
    const ref: AreaRef = k.startsWith("other:") ? { other: k.slice(6) } : (k as AreaRef);
    const a = areaOf(ref);
    a.areaOnly += count;
    a.publications += count;
    a.unknown += count;
  }
  total.publications += s.areaOnlyTotal + s.unmatched;
  total.unknown += s.areaOnlyTotal + s.unmatched;
  return { total, byArea: [...areas.values()], byUnit: [...units.values()] };
}

/**
 * Where findings go: every one counted by rule, at most `max` made (their messages built only
 * for those kept).
 */
type Sink = {
  add(rule: string, make: () => CoverageFinding): void;
  list: CoverageFinding[];
  counts: Record<string, number>;
};

function sink(max: number, first: readonly CoverageFinding[]): Sink {
  const list = first.slice(0, max);
  const counts: Record<string, number> = {};
  for (const f of first) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
  return {
    list,
    counts,
    add(rule, make) {
      counts[rule] = (counts[rule] ?? 0) + 1;
      if (list.length < max) list.push(make());
    },
  };
}

/** The findings of one item's row. */
function itemFindings(
  s: CoverageState,
  r: ItemCoverage,
  i: number,
  options: CoverageOptions,
  sink: Sink,
): void {
  // Built only for the findings kept.
  const where = () => `“${r.level2}”（${r.unit}，${r.areaName}）`;
  const whereEn = () => `"${r.level2}" (${r.unit}, ${r.areaName})`;
  const base = { cells: [], unit: r.unit, item: r.key };
  if (r.status === "missing") {
    const check = s.prepared[i]?.check;
    const due = check !== "event" && check !== "unknown";
    sink.add("CAT-ITEM-MISSING", () => ({
      rule: "CAT-ITEM-MISSING",
      severity: due ? "warning" : "info",
      ...base,
      message: {
        zh: `${where()}在${options.from}至${options.to}期间没有公开记录`,
        en: `${whereEn()} has no publication between ${options.from} and ${options.to}`,
      },
    }));
  }
  if (r.late > 0) {
    sink.add("CAT-PUBLICATION-LATE", () => ({
      rule: "CAT-PUBLICATION-LATE",
      severity: "warning",
      ...base,
      actual: { late: r.late, maxLateWorkingDays: r.maxLateWorkingDays },
      message: {
        zh: `${where()}有${r.late}条信息超过公开时限，最多逾期${r.maxLateWorkingDays}个工作日`,
        en: `${whereEn()}: ${r.late} publication(s) past the time limit, at most ${r.maxLateWorkingDays} working day(s) late`,
      },
    }));
  }
  const periods = r.missingPeriods ?? [];
  if (periods.length > 0 && r.publications > 0) {
    sink.add("CAT-PERIOD-MISSING", () => ({
      rule: "CAT-PERIOD-MISSING",
      severity: "warning",
      ...base,
      actual: periods,
      message: {
        zh: `${where()}以下期间没有公开：${periods.join("、")}`,
        en: `${whereEn()}: nothing published for ${periods.join(", ")}`,
      },
    }));
  }
  if (r.check === "unknown" && r.publications > 0) {
    const raw = s.prepared[i]?.item.timeLimit.raw;
    sink.add("CAT-TIMELINESS-UNKNOWN", () => ({
      rule: "CAT-TIMELINESS-UNKNOWN",
      severity: "info",
      ...base,
      message: {
        zh: `${where()}的公开时限“${raw}”无法换算为期限，未检查及时性`,
        en: `${whereEn()}: the time limit "${raw}" gives no deadline; timeliness not checked`,
      },
    }));
  }
}

/** The findings of units and of the calendar. */
function otherFindings(s: CoverageState, byUnit: readonly UnitRow[], sink: Sink): void {
  for (const u of byUnit) {
    if (u.unmatched === 0) continue;
    sink.add("CAT-PUBLICATION-UNMATCHED", () => ({
      rule: "CAT-PUBLICATION-UNMATCHED",
      severity: "warning",
      cells: [],
      unit: u.unit,
      actual: u.unmatched,
      message: {
        zh: `${u.unit}有${u.unmatched}条公开信息未对应目录事项`,
        en: `${u.unit}: ${u.unmatched} publication(s) match no catalog item`,
      },
    }));
  }
  if (s.calendarGaps > 0) {
    sink.add("CAT-CALENDAR-RANGE", () => ({
      rule: "CAT-CALENDAR-RANGE",
      severity: "warning",
      cells: [],
      actual: s.calendarGaps,
      message: {
        zh: `${s.calendarGaps}条信息的期限超出节假日日历覆盖的年份，未检查及时性；这些年份的节假日安排可用 --calendar <文件> 或 calendar 选项提供`,
        en: `${s.calendarGaps} publication(s) have deadlines outside the years the holiday calendar covers; timeliness not checked (supply those years' holidays with --calendar <file> or the calendar option)`,
      },
    }));
  }
}

function summaryOf(total: CoverageCounts, unmatched: number, options: CoverageOptions): Message {
  return {
    zh:
      `${options.from}至${options.to}：目录事项${group(total.items)}项，已公开${group(total.covered)}项，缺失${group(total.missing)}项；` +
      `公开信息${group(total.publications)}条，按时${group(total.onTime)}条，逾期${group(total.late)}条` +
      `（共逾期${group(total.lateWorkingDays)}个工作日），时效未知${group(total.unknown)}条，未对应目录事项${group(unmatched)}条。`,
    en:
      `${options.from} to ${options.to}: ${group(total.items)} catalog items, ${group(total.covered)} published, ${group(total.missing)} missing; ` +
      `${group(total.publications)} publications, ${group(total.onTime)} on time, ${group(total.late)} late ` +
      `(${group(total.lateWorkingDays)} working days in all), ${group(total.unknown)} of unknown timeliness, ${group(unmatched)} matching no item.`,
  };
}

/** The plain-JSON result of the publications counted so far. */
export function coverageResult(s: CoverageState, options: CoverageOptions, days: Days): CoverageResult {
  const byItem = s.prepared.map((_, i) => itemRow(s, i, days));
  const { total, byArea, byUnit } = aggregates(s, byItem);
  const findings = sink(options.maxFindings ?? Number.POSITIVE_INFINITY, s.invalidFindings);
  byItem.forEach((r, i) => {
    itemFindings(s, r, i, options, findings);
  });
  otherFindings(s, byUnit, findings);
  return {
    period: { from: options.from, to: options.to },
    totals: {
      ...total,
      unmatched: s.unmatched,
      areaOnly: s.areaOnlyTotal,
      outOfPeriod: s.outOfPeriod,
      invalid: s.invalid,
    },
    byItem,
    byUnit,
    byArea,
    late: [...s.lateList],
    unmatched: [...s.unmatchedList],
    truncated: s.truncated,
    findings: findings.list,
    findingCounts: findings.counts,
    summary: summaryOf(total, s.unmatched, options),
  };
}
