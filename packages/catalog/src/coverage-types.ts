/**
 * The types of `coverage`'s options and plain-JSON result.
 */
import type { Message } from "@disclosure/schema";
import type { Finding, WorkingCalendar } from "@disclosure/stats";
import type { UnmatchedReason } from "./match.js";

/** Options of `coverage`: the period (inclusive dates) and how to treat 实时. */
export type CoverageOptions = {
  from: string;
  to: string;
  /** Working days allowed for 实时公开 (0 = the same day, or the next working day after a rest day). */
  realtimeWorkingDays?: number;
  /** How many late / unmatched publications to list one by one in all (default 1000; counts are always complete). */
  maxListed?: number;
  /** How many of them to list for one unit (default: no limit but `maxListed`), so that every unit's list has its own. */
  maxListedPerUnit?: number;
  /** How many findings to give one by one (default: all; `findingCounts` counts them all). */
  maxFindings?: number;
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

/** An item named the way a reader finds it in a table: its key, area, unit and levels. */
export type ItemRef = {
  key: string;
  area: string;
  areaName: string;
  unit: string;
  level1?: string;
  level2: string;
  level3?: string;
};

/** One item's coverage. */
export type ItemCoverage = ItemRef & {
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
  /** The publication's own id (索引号) and link, when the log gives them. */
  id?: string;
  link?: string;
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

/** A publication not placed on any catalog item, and why (`areaOnly`: counted for its area only). */
export type UnmatchedPublication = {
  index: number;
  title: string;
  unit: string;
  date: string;
  reason: UnmatchedReason;
  why: Message;
  itemName?: string;
  section?: string;
  id?: string;
  link?: string;
};

/**
 * A coverage finding: a stats `Finding` of a rule of its own (CAT-*, or one of stats' rules)
 * that may name the catalog item and the publication.
 */
export type CoverageFinding = Finding<string> & { item?: string; publication?: number };

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
  /** The findings by rule, all counted (also those past `maxFindings`). */
  findingCounts: Record<string, number>;
  summary: Message;
};
