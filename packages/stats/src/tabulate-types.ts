// What tabulate takes and gives: its options, its result and the inputs it accepts.
import type { Cell, FormatId, Issue, RawRecord, Tables } from "@disclosure/schema";
import type { WorkingCalendar } from "./calendar";
import type { RecordType } from "./record-parse";
import type { ReadItem } from "./records/index";

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
   * are kept, with where each was first: the id's bytes and 17–28 bytes more a record;
   * `false`, for ids known to be unique, keeps the memory constant however many records
   * stream through.
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
