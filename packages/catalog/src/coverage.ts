/**
 * `coverage`: the units' publications checked against the catalog over a period — per item and
 * per unit: published on time, late (by how many working days), missing; per area totals.
 * Plain-JSON result with findings and a bilingual summary; publications may be any iterable
 * (an array or a generator streaming a large export).
 */
import type { Finding, WorkingCalendar } from "@disclosure/stats";
import { areaKey, areaName, isStandardArea } from "./area-match";
import { type DayCalendar, dateOfDayNumber, dayCalendar, dayNumber } from "./calendar";
import type { AreaRef, Catalog, CatalogItem, Message, Publication, SimpleRule, TimeLimitRule } from "./item";
import { catalogKeys } from "./key";
import { normalizeText } from "./normalize";
import { periodEnd, periodLabel } from "./period";
import { type PeriodicRule, periodicRuleOf, periodJudge } from "./periodic";
import { DEFAULT_WORKING_DAYS } from "./standard/time-limit-words";

/** Options of `coverage`: the period (inclusive dates) and how to treat 实时. */
export type CoverageOptions = {
  from: string;
  to: string;
  /** Working days allowed for 实时公开 (0 = the same day, or the next working day after a rest day). */
  realtimeWorkingDays?: number;
  /** How many late / unmatched publications to list one by one (counts are always complete). */
  maxListed?: number;
  /** The holiday calendar of @disclosure/stats to count working days with (default: the registered one). */
  calendar?: WorkingCalendar;
  /**
   * The day of the check (default `to`): a period of a periodic item due after it is not yet
   * missing.
   */
  asOf?: string;
};

/** What happened to one catalog item in the period. */
export type ItemStatus = "onTime" | "late" | "partial" | "missing" | "published" | "notExpected";

/** How an item's time limit is checked. */
export type CheckKind = "event" | "periodic" | "annual" | "ongoing" | "unknown";

/** Counts shared by items, units, areas and the total. */
export type CoverageCounts = {
  /** Catalog items. */
  items: number;
  /** Items due to be published proactively (主动). */
  expected: number;
  /** Items with at least one publication in the period. */
  covered: number;
  /** Expected items with no publication in the period. */
  missing: number;
  /** Publications in the period. */
  publications: number;
  onTime: number;
  late: number;
  /** Publications whose timeliness cannot be judged (no 信息形成日期, unparsed time limit …). */
  unknown: number;
  /** Sum of working days late over the late publications. */
  lateWorkingDays: number;
};

/** One item's coverage. */
export type ItemCoverage = {
  key: string;
  area: string;
  areaName: string;
  unit: string;
  level1?: string;
  level2: string;
  level3?: string;
  check: CheckKind;
  status: ItemStatus;
  publications: number;
  onTime: number;
  late: number;
  unknown: number;
  maxLateWorkingDays: number;
  /** Periods ("2020-Q3", "2020-07", "2020") with no publication, for periodic and yearly items. */
  missingPeriods?: string[];
};

/** One late publication. */
export type LatePublication = {
  index: number;
  item: string;
  title: string;
  unit: string;
  date: string;
  eventDate?: string;
  deadline: string;
  lateByWorkingDays: number;
  lateByDays: number;
  /** For a periodic item: the period the publication covers ("2024-Q1"). */
  period?: string;
};

/** A publication not placed on any catalog item. */
export type UnmatchedPublication = {
  index: number;
  title: string;
  unit: string;
  reason: "unknownItem" | "areaOnly" | "unclassified";
};

/** A coverage finding: a stats `Finding` that may name the catalog item and the publication. */
export type CoverageFinding = Finding & { item?: string; publication?: number };

/** The result of `coverage`: plain JSON. */
export type CoverageResult = {
  period: { from: string; to: string };
  totals: CoverageCounts & {
    unmatched: number;
    areaOnly: number;
    outOfPeriod: number;
    invalid: number;
  };
  byItem: ItemCoverage[];
  byUnit: (CoverageCounts & { unit: string; unmatched: number })[];
  byArea: (CoverageCounts & { area: string; name: string; standard: boolean; areaOnly: number })[];
  late: LatePublication[];
  unmatched: UnmatchedPublication[];
  /** True when more late or unmatched publications exist than are listed. */
  truncated: boolean;
  findings: CoverageFinding[];
  summary: Message;
};

type Prepared = {
  key: string;
  item: CatalogItem;
  area: string;
  unit: string;
  expected: boolean;
  check: CheckKind;
  parts: { appliesTo?: string; rule: SimpleRule }[];
  period?: PeriodicRule;
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

/** The part of a composite rule a publication falls under (by its category), else the default part. */
function choosePart(parts: Prepared["parts"], category: string | undefined): SimpleRule | undefined {
  const timed = parts.filter((p) => ["within", "realtime", "prompt"].includes(p.rule.kind));
  if (category) {
    const c = normalizeText(category);
    const hit = parts.find(
      (p) =>
        p.appliesTo && (normalizeText(p.appliesTo).includes(c) || c.includes(normalizeText(p.appliesTo))),
    );
    if (hit) return hit.rule;
  }
  const general = timed.find((p) => !p.appliesTo || /^(其他|除)/u.test(p.appliesTo));
  return (general ?? timed[0])?.rule;
}

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

/**
 * Check the units' publications against the catalog for a period. A publication is placed on
 * an item by `item` (the item's key), else by its unit, area and a title that contains the
 * item's name; it is on time when published by the deadline its item's 公开时限 sets from
 * `eventDate` (working days from @disclosure/stats: 法定节假日 and 调休 counted), late otherwise
 * (by working days, a rest-day publication counting as the next working day). 及时公开 is
 * checked against 条例第二十六条's 20 working days; periodic items (按年, 每季度 …) need one
 * publication per period; a 主动 item without publication is missing.
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
  const items: readonly CatalogItem[] = "items" in catalog ? catalog.items : catalog;
  const fromDay = dayNumber(options.from);
  const toDay = dayNumber(options.to);
  if (Number.isNaN(fromDay) || Number.isNaN(toDay) || toDay < fromDay) {
    throw new RangeError(`coverage: invalid period ${options.from} – ${options.to}`);
  }
  const maxListed = options.maxListed ?? 1000;
  const realtimeDays = options.realtimeWorkingDays ?? 0;
  const cal: DayCalendar = dayCalendar(options.from, options.to, undefined, options.calendar);

  const keys = catalogKeys(items);
  const prepared: Prepared[] = items.map((item, i) => ({
    key: keys[i],
    item,
    area: areaKey(item.area),
    unit: item.publisher.trim(),
    expected: item.mode.length === 0 || item.mode.includes("proactive"),
    ...checkKind(item.timeLimit.rule),
  }));
  const byKey = new Map<string, number>();
  prepared.forEach((p, i) => {
    byKey.set(p.key, i);
  });
  /** unit|area → item indexes, for publications that name only their area. */
  const byUnitArea = new Map<string, number[]>();
  prepared.forEach((p, i) => {
    const k = `${p.unit}|${p.area}`;
    const list = byUnitArea.get(k);
    if (list) list.push(i);
    else byUnitArea.set(k, [i]);
  });

  const n = prepared.length;
  const pubs = new Int32Array(n);
  const onTime = new Int32Array(n);
  const late = new Int32Array(n);
  const unknown = new Int32Array(n);
  const lateWd = new Float64Array(n);
  const maxLate = new Int32Array(n);
  const presentBefore = new Uint8Array(n);
  const periods = periodJudge(cal);
  const asOfDay = options.asOf === undefined ? toDay : dayNumber(options.asOf);
  if (Number.isNaN(asOfDay)) throw new RangeError(`coverage: invalid asOf ${options.asOf}`);

  const dayMemo = new Map<string, number>();
  const dayOf = (s: string): number => {
    let d = dayMemo.get(s);
    if (d === undefined) {
      d = dayNumber(s);
      dayMemo.set(s, d);
    }
    return d;
  };
  /** Deadline of a rule from an event day; one table per distinct rule, filled as days are met. */
  type DeadlineFn = (event: number) => number | undefined;
  const UNSET = -2147483648;
  const NONE = -2147483647;
  const tableBase = fromDay - 1100;
  const tableSpan = toDay - fromDay + 1500;
  const deadlineFns = new Map<string, DeadlineFn>();
  const computeDeadline = (rule: SimpleRule, event: number): number | undefined => {
    if (rule.kind === "within") {
      const { amount, unit } = rule.limit;
      if (unit === "workingDay") return cal.addWorking(event, amount);
      if (unit === "calendarDay") return cal.rollForward(event + amount);
      if (unit === "hour") return cal.rollForward(event + Math.ceil(amount / 24));
      const e = dateOfDayNumber(event);
      const y = Number(e.slice(0, 4));
      const m = Number(e.slice(5, 7)) - 1 + amount;
      const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
      return cal.rollForward(Date.UTC(y, m, Math.min(Number(e.slice(8, 10)), last)) / 86_400_000);
    }
    if (rule.kind === "realtime")
      return realtimeDays > 0 ? cal.addWorking(event, realtimeDays) : cal.rollForward(event);
    return cal.addWorking(event, DEFAULT_WORKING_DAYS);
  };
  const deadlineFnOf = (rule: SimpleRule | undefined): DeadlineFn | undefined => {
    if (!rule) return undefined;
    let sig: string;
    if (rule.kind === "within") sig = `w${rule.limit.unit}${rule.limit.amount}`;
    else if (rule.kind === "realtime") sig = "r";
    else if (rule.kind === "prompt") sig = "p";
    else return undefined;
    const known = deadlineFns.get(sig);
    if (known) return known;
    const table = new Int32Array(tableSpan).fill(UNSET);
    const fn: DeadlineFn = (event) => {
      const i = event - tableBase;
      if (i < 0 || i >= tableSpan) return computeDeadline(rule, event);
      let v = table[i];
      if (v === UNSET) {
        v = computeDeadline(rule, event) ?? NONE;
        table[i] = v;
      }
      return v === NONE ? undefined : v;
    };
    deadlineFns.set(sig, fn);
    return fn;
  };
  const defaultDeadline: (DeadlineFn | undefined)[] = prepared.map((p) =>
    p.check === "event" ? deadlineFnOf(choosePart(p.parts, undefined)) : undefined,
  );

  const unitPubs = new Map<
    string,
    {
      publications: number;
      onTime: number;
      late: number;
      unknown: number;
      lateWorkingDays: number;
      unmatched: number;
    }
  >();
  const areaOnly = new Map<string, number>();
  const lateList: LatePublication[] = [];
  const unmatchedList: UnmatchedPublication[] = [];
  const findings: CoverageFinding[] = [];
  let truncated = false;
  let index = -1;
  let invalid = 0;
  let outOfPeriod = 0;
  let unmatched = 0;
  let areaOnlyTotal = 0;
  let calendarGaps = 0;

  for (const p of publications) {
    index++;
    const day = dayOf(p.date);
    if (Number.isNaN(day)) {
      invalid++;
      findings.push({
        rule: "CAT-PUBLICATION-INVALID",
        severity: "error",
        cells: [],
        publication: index,
        message: {
          zh: `第${index + 1}条公开记录“${p.title}”的发布日期“${p.date}”不是有效日期（YYYY-MM-DD）`,
          en: `publication ${index + 1} "${p.title}": publication date "${p.date}" is not a valid YYYY-MM-DD date`,
        },
      });
      continue;
    }
    let i = -1;
    let reason: UnmatchedPublication["reason"] | undefined;
    if (p.item !== undefined) {
      i = byKey.get(p.item) ?? -1;
      if (i < 0) reason = "unknownItem";
    } else if (p.area !== undefined) {
      const candidates = byUnitArea.get(`${p.unit.trim()}|${areaKey(p.area)}`);
      if (candidates) {
        let best = -1;
        let bestLen = 0;
        for (const c of candidates) {
          const it = prepared[c].item.item;
          for (const name of [it.level3, it.level2, it.level1]) {
            if (name && name.length > bestLen && p.title.includes(name)) {
              best = c;
              bestLen = name.length;
            }
          }
        }
        i = best;
      }
      if (i < 0) reason = "areaOnly";
    } else reason = "unclassified";

    if (day < fromDay || day > toDay) {
      outOfPeriod++;
      if (i >= 0 && day < fromDay) presentBefore[i] = 1;
      const period = i >= 0 && day < fromDay ? prepared[i].period : undefined;
      if (period) periods.place(i, period, p.title, day);
      continue;
    }
    const unitName = p.unit.trim();
    let u = unitPubs.get(unitName);
    if (!u) {
      u = { publications: 0, onTime: 0, late: 0, unknown: 0, lateWorkingDays: 0, unmatched: 0 };
      unitPubs.set(unitName, u);
    }
    u.publications++;
    if (i < 0) {
      u.unknown++;
      if (reason === "areaOnly" && p.area !== undefined) {
        const a = areaKey(p.area);
        areaOnly.set(a, (areaOnly.get(a) ?? 0) + 1);
        areaOnlyTotal++;
      } else {
        unmatched++;
        u.unmatched++;
      }
      if (unmatchedList.length < maxListed) {
        unmatchedList.push({ index, title: p.title, unit: unitName, reason: reason ?? "unclassified" });
      } else truncated = true;
      continue;
    }
    pubs[i]++;
    const prep = prepared[i];
    let lateBy = -1;
    let deadline: number | undefined;
    let eventDay = Number.NaN;
    let covered: string | undefined;
    if (prep.period) {
      const period = periods.place(i, prep.period, p.title, day);
      const due = periods.due(prep.period, period);
      covered = periodLabel(period, prep.period.every);
      // Without a due date in the wording, a publication within its period is on time; after it, unknown.
      if (due === null && day <= periodEnd(period, prep.period.every)) {
        onTime[i]++;
        u.onTime++;
        continue;
      }
      if (due === undefined) calendarGaps++;
      deadline = due ?? undefined;
    } else if (prep.check === "event") {
      const fn =
        p.category !== undefined && prep.parts.length > 1
          ? deadlineFnOf(choosePart(prep.parts, p.category))
          : defaultDeadline[i];
      if (p.eventDate !== undefined) eventDay = dayOf(p.eventDate);
      if (fn && !Number.isNaN(eventDay)) {
        deadline = fn(eventDay);
        if (deadline === undefined) calendarGaps++;
      }
    } else if (prep.check === "ongoing") {
      onTime[i]++;
      u.onTime++;
      continue;
    }
    if (deadline === undefined) {
      unknown[i]++;
      u.unknown++;
      continue;
    }
    if (day <= deadline) {
      onTime[i]++;
      u.onTime++;
      continue;
    }
    const between = cal.between(deadline, day);
    const working = cal.isWorking(day);
    lateBy = between === undefined || working === undefined ? day - deadline : between + (working ? 0 : 1);
    late[i]++;
    u.late++;
    lateWd[i] += lateBy;
    u.lateWorkingDays += lateBy;
    if (lateBy > maxLate[i]) maxLate[i] = lateBy;
    if (lateList.length < maxListed) {
      const entry: LatePublication = {
        index,
        item: prep.key,
        title: p.title,
        unit: unitName,
        date: p.date,
        deadline: dateOfDayNumber(deadline),
        lateByWorkingDays: lateBy,
        lateByDays: day - deadline,
      };
      if (p.eventDate !== undefined) entry.eventDate = p.eventDate;
      if (covered !== undefined) entry.period = covered;
      lateList.push(entry);
    } else truncated = true;
  }

  // Per item.
  const byItem: ItemCoverage[] = prepared.map((prep, i) => {
    const it = prep.item.item;
    let missingPeriods: string[] | undefined;
    let periodsDue = 0;
    if (prep.period) {
      const due = periods.dueIn(i, prep.period, fromDay, Math.min(toDay, asOfDay));
      missingPeriods = due.missing;
      periodsDue = due.due;
    }
    let status: ItemStatus;
    if (pubs[i] === 0) {
      if (!prep.expected) status = "notExpected";
      else if (prep.period) {
        // Nothing due in the range: not expected yet; every period due filled before it: on time.
        status = missingPeriods?.length ? "missing" : periodsDue > 0 ? "onTime" : "notExpected";
      } else status = prep.check === "ongoing" && presentBefore[i] ? "onTime" : "missing";
    } else if (late[i] > 0) status = "late";
    else if (missingPeriods && missingPeriods.length > 0) status = "partial";
    else if (unknown[i] === pubs[i]) status = "published";
    else status = "onTime";
    const row: ItemCoverage = {
      key: prep.key,
      area: prep.area,
      areaName: areaName(prep.item.area),
      unit: prep.unit,
      level2: it.level2,
      check: prep.check,
      status,
      publications: pubs[i],
      onTime: onTime[i],
      late: late[i],
      unknown: unknown[i],
      maxLateWorkingDays: maxLate[i],
    };
    if (it.level1 !== undefined) row.level1 = it.level1;
    if (it.level3 !== undefined) row.level3 = it.level3;
    if (missingPeriods) row.missingPeriods = missingPeriods;
    return row;
  });

  // Aggregates.
  const add = (c: CoverageCounts, r: ItemCoverage, i: number) => {
    c.items++;
    if (prepared[i].expected) c.expected++;
    if (r.publications > 0) c.covered++;
    if (r.status === "missing") c.missing++;
    c.publications += r.publications;
    c.onTime += r.onTime;
    c.late += r.late;
    c.unknown += r.unknown;
    c.lateWorkingDays += lateWd[i];
  };
  const areas = new Map<
    string,
    CoverageCounts & { area: string; name: string; standard: boolean; areaOnly: number }
  >();
  const units = new Map<string, CoverageCounts & { unit: string; unmatched: number }>();
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
  const total = emptyCounts();
  byItem.forEach((r, i) => {
    add(total, r, i);
    add(areaOf(prepared[i].item.area), r, i);
    const u = unitOf(r.unit);
    u.items++;
    if (prepared[i].expected) u.expected++;
    if (r.publications > 0) u.covered++;
    if (r.status === "missing") u.missing++;
  });
  for (const [name, c] of unitPubs) {
    const u = unitOf(name);
    u.publications = c.publications;
    u.onTime = c.onTime;
    u.late = c.late;
    u.unknown = c.unknown;
    u.lateWorkingDays = c.lateWorkingDays;
    u.unmatched = c.unmatched;
  }
  for (const [k, count] of areaOnly) {
    const ref: AreaRef = k.startsWith("other:") ? { other: k.slice(6) } : (k as AreaRef);
    const a = areaOf(ref);
    a.areaOnly += count;
    a.publications += count;
    a.unknown += count;
  }
  total.publications += areaOnlyTotal + unmatched;
  total.unknown += areaOnlyTotal + unmatched;

  // Findings, one per item or unit.
  byItem.forEach((r, i) => {
    const where = `“${r.level2}”（${r.unit}，${r.areaName}）`;
    const whereEn = `"${r.level2}" (${r.unit}, ${r.areaName})`;
    if (r.status === "missing") {
      const due = prepared[i].check !== "event" && prepared[i].check !== "unknown";
      findings.push({
        rule: "CAT-ITEM-MISSING",
        severity: due ? "warning" : "info",
        cells: [],
        unit: r.unit,
        item: r.key,
        message: {
          zh: `${where}在${options.from}至${options.to}期间没有公开记录`,
          en: `${whereEn} has no publication between ${options.from} and ${options.to}`,
        },
      });
    }
    if (r.late > 0) {
      findings.push({
        rule: "CAT-PUBLICATION-LATE",
        severity: "warning",
        cells: [],
        unit: r.unit,
        item: r.key,
        actual: { late: r.late, maxLateWorkingDays: r.maxLateWorkingDays },
        message: {
          zh: `${where}有${r.late}条信息超过公开时限，最多逾期${r.maxLateWorkingDays}个工作日`,
          en: `${whereEn}: ${r.late} publication(s) past the time limit, at most ${r.maxLateWorkingDays} working day(s) late`,
        },
      });
    }
    if (r.missingPeriods && r.missingPeriods.length > 0 && r.publications > 0) {
      findings.push({
        rule: "CAT-PERIOD-MISSING",
        severity: "warning",
        cells: [],
        unit: r.unit,
        item: r.key,
        actual: r.missingPeriods,
        message: {
          zh: `${where}以下期间没有公开：${r.missingPeriods.join("、")}`,
          en: `${whereEn}: nothing published for ${r.missingPeriods.join(", ")}`,
        },
      });
    }
    if (r.check === "unknown" && r.publications > 0) {
      findings.push({
        rule: "CAT-TIMELINESS-UNKNOWN",
        severity: "info",
        cells: [],
        unit: r.unit,
        item: r.key,
        message: {
          zh: `${where}的公开时限“${prepared[i].item.timeLimit.raw}”无法换算为期限，未检查及时性`,
          en: `${whereEn}: the time limit "${prepared[i].item.timeLimit.raw}" gives no deadline; timeliness not checked`,
        },
      });
    }
  });
  for (const u of units.values()) {
    if (u.unmatched > 0) {
      findings.push({
        rule: "CAT-PUBLICATION-UNMATCHED",
        severity: "warning",
        cells: [],
        unit: u.unit,
        actual: u.unmatched,
        message: {
          zh: `${u.unit}有${u.unmatched}条公开信息未对应目录事项`,
          en: `${u.unit}: ${u.unmatched} publication(s) match no catalog item`,
        },
      });
    }
  }
  if (calendarGaps > 0) {
    findings.push({
      rule: "CAT-CALENDAR-RANGE",
      severity: "warning",
      cells: [],
      actual: calendarGaps,
      message: {
        zh: `${calendarGaps}条信息的期限超出节假日日历覆盖的年份，未检查及时性；这些年份的节假日安排可用 --calendar <文件> 或 calendar 选项提供`,
        en: `${calendarGaps} publication(s) have deadlines outside the years the holiday calendar covers; timeliness not checked (supply those years' holidays with --calendar <file> or the calendar option)`,
      },
    });
  }

  const totals = { ...total, unmatched, areaOnly: areaOnlyTotal, outOfPeriod, invalid };
  const summary: Message = {
    zh:
      `${options.from}至${options.to}：目录事项${group(total.items)}项，已公开${group(total.covered)}项，缺失${group(total.missing)}项；` +
      `公开信息${group(total.publications)}条，按时${group(total.onTime)}条，逾期${group(total.late)}条` +
      `（共逾期${group(total.lateWorkingDays)}个工作日），时效未知${group(total.unknown)}条，未对应目录事项${group(unmatched)}条。`,
    en:
      `${options.from} to ${options.to}: ${group(total.items)} catalog items, ${group(total.covered)} published, ${group(total.missing)} missing; ` +
      `${group(total.publications)} publications, ${group(total.onTime)} on time, ${group(total.late)} late ` +
      `(${group(total.lateWorkingDays)} working days in all), ${group(total.unknown)} of unknown timeliness, ${group(unmatched)} matching no item.`,
  };
  return {
    period: { from: options.from, to: options.to },
    totals,
    byItem,
    byUnit: [...units.values()],
    byArea: [...areas.values()],
    late: lateList,
    unmatched: unmatchedList,
    truncated,
    findings,
    summary,
  };
}
