/**
 * `coverage`: the units' publications checked against the catalog over a period — per item and
 * per unit: published on time, late (by how many working days), missing; per area totals.
 * Plain-JSON result with findings and a bilingual summary. Publications are counted one at a
 * time (`coverageCounter`), so an array, a generator or an async stream (`coverageAsync`) of
 * a large export is checked in constant memory.
 */
import { areaKey } from "./area-match.js";
import { type DayCalendar, dateOfDayNumber, dayCalendar, dayNumber } from "./calendar.js";
import { coverageResult, type CoverageState, type UnitTally } from "./coverage-report.js";
import type {
  CheckKind,
  CoverageFinding,
  CoverageOptions,
  CoverageResult,
  LatePublication,
  UnmatchedPublication,
} from "./coverage-types.js";
import { choosePart, type DeadlineFn, deadlineTables, type RuleParts } from "./deadlines.js";
import type { Catalog, CatalogItem, Publication, TimeLimitRule } from "./item.js";
import { catalogKeys, itemKey } from "./key.js";
import { type Placement, publicationMatcher } from "./match.js";
import { periodEnd, periodLabel } from "./period.js";
import { type PeriodicRule, periodicRuleOf, periodJudge } from "./periodic.js";

/** An item as coverage checks it. */
export type Prepared = {
  key: string;
  item: CatalogItem;
  area: string;
  unit: string;
  expected: boolean;
  check: CheckKind;
  parts: RuleParts;
  period?: PeriodicRule | undefined;
};

function checkKind(rule: TimeLimitRule): Pick<Prepared, "check" | "parts" | "period"> {
  switch (rule.kind) {
    case "within":
    case "realtime":
    case "prompt":
      return { check: "event", parts: [{ rule }] };
    case "composite": {
      const timed = rule.parts.filter((p) => ["within", "realtime", "prompt"].includes(p.rule.kind));
      if (timed.length > 0) return { check: "event", parts: rule.parts };
      if (rule.parts.some((p) => p.rule.kind === "ongoing")) return { check: "ongoing", parts: [] };
      return { check: "unknown", parts: [] };
    }
    case "periodic":
      return { check: "periodic", parts: [], period: periodicRuleOf(rule) };
    case "annualDate":
      return { check: "annual", parts: [], period: periodicRuleOf(rule) };
    case "ongoing":
      return { check: "ongoing", parts: [] };
    default:
      return { check: "unknown", parts: [] };
  }
}

function prepare(items: readonly CatalogItem[]): Prepared[] {
  const keys = catalogKeys(items);
  return items.map((item, i) => ({
    // catalogKeys gives one key per item, in order: the fallback is never taken.
    key: keys[i] ?? itemKey(item),
    item,
    area: areaKey(item.area),
    unit: item.publisher.trim(),
    expected: item.mode.length === 0 || item.mode.includes("proactive"),
    ...checkKind(item.timeLimit.rule),
  }));
}

/** Counts publications one at a time against a catalog; `result()` gives the coverage so far. */
export type CoverageCounter = { add(p: Publication): void; result(): CoverageResult };

/** The day numbers of the period and of `asOf`; throws a RangeError on an invalid period. */
function periodDays(options: CoverageOptions) {
  const fromDay = dayNumber(options.from);
  const toDay = dayNumber(options.to);
  if (Number.isNaN(fromDay) || Number.isNaN(toDay) || toDay < fromDay) {
    throw new RangeError(`coverage: invalid period ${options.from} – ${options.to}`);
  }
  const asOfDay = options.asOf === undefined ? toDay : dayNumber(options.asOf);
  if (Number.isNaN(asOfDay)) throw new RangeError(`coverage: invalid asOf ${options.asOf}`);
  return { fromDay, toDay, asOfDay };
}

function emptyState(prepared: Prepared[], cal: DayCalendar): CoverageState {
  const n = prepared.length;
  return {
    prepared,
    pubs: new Int32Array(n),
    onTime: new Int32Array(n),
    late: new Int32Array(n),
    unknown: new Int32Array(n),
    lateWd: new Float64Array(n),
    maxLate: new Int32Array(n),
    presentBefore: new Uint8Array(n),
    periods: periodJudge(cal),
    units: new Map(),
    areaOnly: new Map(),
    lateList: [],
    unmatchedList: [],
    invalidFindings: [],
    truncated: false,
    invalid: 0,
    outOfPeriod: 0,
    unmatched: 0,
    areaOnlyTotal: 0,
    calendarGaps: 0,
  };
}

function tallyOf(state: CoverageState, unit: string): UnitTally {
  let u = state.units.get(unit);
  if (!u) {
    u = { publications: 0, onTime: 0, late: 0, unknown: 0, lateWorkingDays: 0, unmatched: 0, listed: 0 };
    state.units.set(unit, u);
  }
  return u;
}

/** Day numbers of date strings, each string read once. */
function dayReader(): (s: string) => number {
  const memo = new Map<string, number>();
  return (s) => {
    let d = memo.get(s);
    if (d === undefined) {
      d = dayNumber(s);
      memo.set(s, d);
    }
    return d;
  };
}

/** A publication whose date is not a date. */
function invalidDate(index: number, p: Publication): CoverageFinding {
  return {
    rule: "CAT-PUBLICATION-INVALID",
    severity: "error",
    cells: [],
    publication: index,
    message: {
      zh: `第${index + 1}条公开记录“${p.title}”的发布日期“${p.date}”不是有效日期（YYYY-MM-DD）`,
      en: `publication ${index + 1} "${p.title}": publication date "${p.date}" is not a valid YYYY-MM-DD date`,
    },
  };
}

/** A late publication as listed. */
function lateEntry(
  index: number,
  prep: Prepared,
  p: Publication,
  at: { day: number; deadline: number; lateBy: number; covered: number | undefined },
): LatePublication {
  const entry: LatePublication = {
    index,
    item: prep.key,
    title: p.title,
    unit: p.unit.trim(),
    date: p.date,
    deadline: dateOfDayNumber(at.deadline),
    lateByWorkingDays: at.lateBy,
    lateByDays: at.day - at.deadline,
  };
  if (p.eventDate !== undefined) entry.eventDate = p.eventDate;
  if (prep.period && at.covered !== undefined) entry.period = periodLabel(at.covered, prep.period.every);
  if (p.id !== undefined) entry.id = p.id;
  if (p.link !== undefined) entry.link = p.link;
  return entry;
}

/** A deadline (a day number), or a publication judged on time without one, or no deadline to judge by. */
export type Deadline = number | "onTime" | "unknown";

/**
 * The deadline a placed publication is judged against (`onTime` when it is judged already,
 * `unknown` when there is none), and for a periodic item the period it covers.
 */
function deadlineJudge(
  prepared: readonly Prepared[],
  state: CoverageState,
  cal: DayCalendar,
  dayOf: (s: string) => number,
  at: { fromDay: number; toDay: number; options: CoverageOptions },
) {
  const deadlineOf = deadlineTables(cal, at.fromDay, at.toDay, at.options.realtimeWorkingDays ?? 0);
  const defaultDeadline: (DeadlineFn | undefined)[] = prepared.map((p) =>
    p.check === "event" ? deadlineOf(choosePart(p.parts, undefined)) : undefined,
  );
  let covered: number | undefined;
  const eventDeadline = (i: number, p: Publication): Deadline => {
    const prep = prepared[i];
    if (prep === undefined) return "unknown";
    if (prep.check === "ongoing") return "onTime";
    if (prep.check !== "event") return "unknown";
    const fn =
      p.category !== undefined && prep.parts.length > 1
        ? deadlineOf(choosePart(prep.parts, p.category))
        : defaultDeadline[i];
    const eventDay = p.eventDate === undefined ? Number.NaN : dayOf(p.eventDate);
    if (!fn || Number.isNaN(eventDay)) return "unknown";
    const deadline = fn(eventDay);
    if (deadline === undefined) state.calendarGaps++;
    return deadline ?? "unknown";
  };
  return {
    coveredPeriod: () => covered,
    deadlineFor(i: number, p: Publication, day: number): Deadline {
      const prep = prepared[i];
      covered = undefined;
      if (prep === undefined) return "unknown";
      if (!prep.period) return eventDeadline(i, p);
      const period = state.periods.place(i, prep.period, p.title, day);
      const due = state.periods.due(prep.period, period);
      covered = period;
      // Without a due date in the wording, a publication within its period is on time; after it, unknown.
      if (due === null && day <= periodEnd(period, prep.period.every)) return "onTime";
      if (due === undefined) state.calendarGaps++;
      return due ?? "unknown";
    },
  };
}

/**
 * A counter of publications against a catalog for a period (see `coverage`): `add` each
 * publication as it is read, then `result()`.
 *
 * @example
 * const counter = coverageCounter(catalog, { from: "2020-01-01", to: "2020-12-31" });
 * for await (const p of publications) counter.add(p);
 * counter.result().summary.zh;
 */
export function coverageCounter(
  catalog: Catalog | readonly CatalogItem[],
  options: CoverageOptions,
): CoverageCounter {
  const items: readonly CatalogItem[] = "items" in catalog ? catalog.items : catalog;
  const { fromDay, toDay, asOfDay } = periodDays(options);
  const maxListed = options.maxListed ?? 1000;
  const perUnit = options.maxListedPerUnit ?? Number.POSITIVE_INFINITY;
  const cal = dayCalendar(options.from, options.to, undefined, options.calendar);
  const prepared = prepare(items);
  const state = emptyState(prepared, cal);
  const keys = prepared.map((p) => p.key);
  const place = publicationMatcher(items, keys);
  // The key path, the one a large log takes, without a detour through the matcher.
  const byKey = new Map(keys.map((k, i) => [k, i]));
  const dayOf = dayReader();
  const deadlines = deadlineJudge(prepared, state, cal, dayOf, { fromDay, toDay, options });
  const listable = (u: UnitTally) => {
    const ok = state.lateList.length + state.unmatchedList.length < maxListed && u.listed < perUnit;
    if (ok) u.listed++;
    else state.truncated = true;
    return ok;
  };
  let index = -1;

  const unplaced = (p: Publication, placement: Extract<Placement, { reason: string }>, u: UnitTally) => {
    u.unknown++;
    if (placement.reason === "areaOnly" && p.area !== undefined) {
      const a = areaKey(p.area);
      state.areaOnly.set(a, (state.areaOnly.get(a) ?? 0) + 1);
      state.areaOnlyTotal++;
    } else {
      state.unmatched++;
      u.unmatched++;
    }
    if (!listable(u)) return;
    const entry: UnmatchedPublication = {
      index,
      title: p.title,
      unit: p.unit.trim(),
      date: p.date,
      reason: placement.reason,
      why: placement.why,
    };
    for (const f of ["itemName", "section", "id", "link"] as const) if (p[f] !== undefined) entry[f] = p[f];
    state.unmatchedList.push(entry);
  };

  const { pubs, onTime, late, unknown, lateWd, maxLate } = state;
  const judge = (i: number, p: Publication, day: number, u: UnitTally) => {
    const prep = prepared[i];
    if (prep === undefined) return;
    pubs[i] = (pubs[i] ?? 0) + 1;
    const deadline = deadlines.deadlineFor(i, p, day);
    if (deadline === "unknown") {
      unknown[i] = (unknown[i] ?? 0) + 1;
      u.unknown++;
      return;
    }
    if (deadline === "onTime" || day <= deadline) {
      onTime[i] = (onTime[i] ?? 0) + 1;
      u.onTime++;
      return;
    }
    const between = cal.between(deadline, day);
    const working = cal.isWorking(day);
    const lateBy =
      between === undefined || working === undefined ? day - deadline : between + (working ? 0 : 1);
    late[i] = (late[i] ?? 0) + 1;
    u.late++;
    lateWd[i] = (lateWd[i] ?? 0) + lateBy;
    u.lateWorkingDays += lateBy;
    if (lateBy > (maxLate[i] ?? 0)) maxLate[i] = lateBy;
    if (!listable(u)) return;
    const covered = deadlines.coveredPeriod();
    state.lateList.push(lateEntry(index, prep, p, { day, deadline, lateBy, covered }));
  };

  const add = (p: Publication) => {
    index++;
    const day = dayOf(p.date);
    if (Number.isNaN(day)) {
      state.invalid++;
      state.invalidFindings.push(invalidDate(index, p));
      return;
    }
    const keyed = p.item === undefined ? undefined : byKey.get(p.item);
    const placement = keyed === undefined ? place(p) : undefined;
    const i = keyed ?? (placement as { index?: number }).index ?? -1;
    if (day < fromDay || day > toDay) {
      state.outOfPeriod++;
      if (i >= 0 && day < fromDay) {
        state.presentBefore[i] = 1;
        const period = prepared[i]?.period;
        if (period) state.periods.place(i, period, p.title, day);
      }
      return;
    }
    const unit = p.unit.trim();
    const u = state.units.get(unit) ?? tallyOf(state, unit);
    u.publications++;
    if (i >= 0) judge(i, p, day, u);
    else unplaced(p, placement as Extract<Placement, { reason: string }>, u);
  };

  return { add, result: () => coverageResult(state, options, { fromDay, toDay, asOfDay }) };
}

/**
 * Check the units' publications against the catalog for a period. A publication is placed on
 * an item by `item` (the item's key), else among its unit's items by the 所属事项 (`itemName`)
 * and 栏目 (`section`) it is filed under, then by an item's name in its title (within its `area`
 * when given); what is placed nowhere is listed with the reason. It is on time when published
 * by the deadline its item's 公开时限 sets from `eventDate` (working days from
 * @disclosure/stats: 法定节假日 and 调休 counted), late otherwise (by working days, a rest-day
 * publication counting as the next working day). 及时公开 is checked against 条例第二十六条's 20
 * working days; periodic items (按年, 每季度 …) need one publication per period; a 主动 item
 * without publication is missing.
 *
 * @example
 * // 盐池县民政局's 低保 审核信息 formed on Friday 2020-09-25: the 10 working days of
 * // "制定或获取信息之日起10个工作日内" run across 国庆·中秋 2020 (1–8 October off, Sunday
 * // 27 September and Saturday 10 October worked) to Thursday 2020-10-15.
 * const r = coverage(catalog, [
 *   { title: "9月城乡低保审核信息公示", unit: "盐池县民政局", date: "2020-10-15", eventDate: "2020-09-25", item: key },
 *   { title: "9月特困人员审核信息公示", unit: "盐池县民政局", date: "2020-10-16", eventDate: "2020-09-25", item: key },
 * ], { from: "2020-01-01", to: "2020-12-31" });
 * r.totals.onTime; //=> 1
 * r.late[0].lateByWorkingDays; //=> 1
 */
export function coverage(
  catalog: Catalog | readonly CatalogItem[],
  publications: Iterable<Publication>,
  options: CoverageOptions,
): CoverageResult {
  const counter = coverageCounter(catalog, options);
  for (const p of publications) counter.add(p);
  return counter.result();
}

/**
 * `coverage` over an async stream of publications (read from a file as it comes, one at a
 * time: see `readPublications`).
 *
 * @example
 * const r = await coverageAsync(catalog, publicationsOf(readPublications(chunks, { file })), period);
 */
export async function coverageAsync(
  catalog: Catalog | readonly CatalogItem[],
  publications: AsyncIterable<Publication> | Iterable<Publication>,
  options: CoverageOptions,
): Promise<CoverageResult> {
  const counter = coverageCounter(catalog, options);
  for await (const p of publications) counter.add(p);
  return counter.result();
}
