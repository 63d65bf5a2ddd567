// The synthetic county's 依申请公开 records: applications drawn by applicant, result, channel and
// processing time, received and completed on working days, some carried across the year end.
import type { ApplicantType, ApplicationRecord, ApplicationResult } from "@disclosure/schema";
import { UNITS, YANCHI_COUNTY } from "./county-units.js";
import { itemAt } from "./item-at.js";
import { mix, mulberry32, type Random, STREAM, weighted } from "./random.js";
import { workingDaysOf } from "./working-days.js";

export const APPLICANTS = weighted<ApplicantType>([
  ["naturalPerson", 86],
  ["commercial", 6],
  ["research", 0.5],
  ["publicInterest", 0.5],
  ["legalService", 3],
  ["otherOrganization", 4],
]);

const RESULT_WEIGHTS = (year: number): [ApplicationResult, number][] => [
  ["granted", 46],
  ["partlyGranted", 8],
  ["withheld.stateSecret", 0.2],
  ["withheld.lawProhibited", 0.3],
  ["withheld.securityStability", 0.2],
  ["withheld.thirdPartyRights", 2],
  ["withheld.internalAffairs", 1],
  ["withheld.deliberative", 1.5],
  ["withheld.enforcementFile", 0.5],
  ["withheld.queryMatter", 0.3],
  ["unavailable.notHeld", 21],
  ["unavailable.needsCreation", 3],
  ["unavailable.unclearAfterCorrection", 1],
  ["notProcessed.petition", 4],
  ["notProcessed.duplicate", 2],
  ["notProcessed.publication", 1],
  ["notProcessed.excessive", 0.5],
  ["notProcessed.confirmation", 0.5],
  ["otherHandling.noCorrection", 2],
  // 信息处理费 could be charged only from 2021-01-01 (国办函〔2020〕109号).
  ["otherHandling.unpaidFee", year >= 2021 ? 0.5 : 0],
  ["otherHandling.other", 4],
];
const RESULTS_BEFORE_2021 = weighted(RESULT_WEIGHTS(2020));
const RESULTS_FROM_2021 = weighted(RESULT_WEIGHTS(2021));
export function resultPicker(year: number): (r: number) => ApplicationResult {
  return year >= 2021 ? RESULTS_FROM_2021 : RESULTS_BEFORE_2021;
}

/** Fewest working days to a result that involves a 补正 request or a fee notice. */
export function minimumDays(result: ApplicationResult): number {
  return result === "otherHandling.noCorrection" ||
    result === "unavailable.unclearAfterCorrection" ||
    result === "otherHandling.unpaidFee"
    ? 12
    : 0;
}

export const CHANNELS = weighted<NonNullable<ApplicationRecord["channel"]>>([
  ["online", 55],
  ["inPerson", 25],
  ["post", 15],
  ["email", 3],
  ["fax", 2],
]);

/** Working days taken to reply: most within 10, some use the whole 20, a few an extension. */
export const PROCESSING = weighted<number>([
  [0, 4],
  [2, 6],
  [3, 8],
  [5, 14],
  [7, 14],
  [10, 16],
  [12, 10],
  [15, 10],
  [18, 7],
  [20, 6],
  [25, 2],
  [32, 1.5],
  [38, 1.5],
]);

/** Share of applications received in a year that are still open on 31 December. */
export const CARRY_OVER_SHARE = 0.015;

export interface AppContext {
  readonly prefix: string;
  /** Picks the `unit` field; absent: the caller sets it. */
  readonly unitPick: ((r: number) => string) | undefined;
  readonly unit: string | undefined;
}

/**
 * One application, received on `itemAt(days, recvIdx)` and completed on `itemAt(days, recvIdx + k)` (`days`
 * spans one or two years), with the fields its handling needs: an extension when it took
 * more than 20 working days, the 补正 request, the 收费通知.
 */
export function application(
  rand: Random,
  ctx: AppContext,
  id: string,
  days: readonly string[],
  recvIdx: number,
  k: number,
  applicantType: ApplicantType,
  result: ApplicationResult,
): ApplicationRecord {
  const unit = ctx.unitPick ? ctx.unitPick(rand()) : ctx.unit;
  const rec: ApplicationRecord =
    unit === undefined
      ? {
          type: "application",
          id,
          receivedDate: itemAt(days, recvIdx),
          channel: CHANNELS(rand()),
          applicantType,
        }
      : {
          type: "application",
          id,
          unit,
          receivedDate: itemAt(days, recvIdx),
          channel: CHANNELS(rand()),
          applicantType,
        };
  if (k === 0) rec.onTheSpot = true;
  if (k > 20) rec.extension = { workingDays: 20, approvedDate: itemAt(days, recvIdx + 18) };
  if (result === "otherHandling.noCorrection" || result === "unavailable.unclearAfterCorrection") {
    rec.correction = {
      requestedDate: itemAt(days, recvIdx + 3),
      receivedDate: result === "otherHandling.noCorrection" ? null : itemAt(days, recvIdx + 6),
    };
  } else if (result === "otherHandling.unpaidFee") {
    rec.fee = {
      basis: "perVolume",
      pages: 60 + Math.floor(rand() * 140),
      noticeDate: itemAt(days, recvIdx + 5),
      paidDate: null,
    };
  }
  rec.result = result;
  rec.completedDate = itemAt(days, recvIdx + k);
  return rec;
}

/** Applications received and completed within `year`. */
export function* bulkApplications(
  seed: number,
  year: number,
  n: number,
  ctx: AppContext,
  stream: number,
): Generator<ApplicationRecord> {
  const rand = mulberry32(mix(seed, year, STREAM.bulk, stream));
  const days = workingDaysOf(year);
  const results = resultPicker(year);
  const width = String(Math.max(n, 1)).length;
  for (let i = 0; i < n; i++) {
    const applicantType = APPLICANTS(rand());
    const result = results(rand());
    const k = Math.max(PROCESSING(rand()), minimumDays(result));
    const recvIdx = Math.floor(rand() * (days.length - k));
    const id = `${ctx.prefix}${year}-${String(i + 1).padStart(width, "0")}`;
    yield application(rand, ctx, id, days, recvIdx, k, applicantType, result);
  }
}

/**
 * The applications received late in `boundaryYear` and completed in January of the next
 * year (or, with `asOf`, still open): the same records whichever of the two years is
 * generated, so last year's 结转下年度 equals this year's 上年结转 (CROSS-YEAR-CARRY).
 */
export function* boundaryApplications(
  seed: number,
  boundaryYear: number,
  n: number,
  ctx: AppContext,
  stream: number,
  asOf: string | undefined,
): Generator<ApplicationRecord> {
  const rand = mulberry32(mix(seed, boundaryYear, STREAM.boundary, stream));
  const a = workingDaysOf(boundaryYear);
  const days = [...a.slice(-25), ...workingDaysOf(boundaryYear + 1).slice(0, 60)];
  const last = 24; // index of the year's last working day in `days`
  const results = resultPicker(boundaryYear + 1);
  for (let i = 0; i < n; i++) {
    const applicantType = APPLICANTS(rand());
    const result = results(rand());
    const recvIdx = last - Math.floor(rand() * 15);
    const k = Math.max(last - recvIdx + 1 + Math.floor(rand() * 18), minimumDays(result));
    const id = `${ctx.prefix}${boundaryYear}-E${String(i + 1).padStart(3, "0")}`;
    const rec = application(rand, ctx, id, days, recvIdx, k, applicantType, result);
    if (asOf !== undefined && rec.completedDate !== undefined && rec.completedDate > asOf) {
      const { result: _r, completedDate: _c, ...open } = rec;
      yield open;
    } else yield rec;
  }
}

export interface ApplicationRecordsOptions {
  seed: number;
  /** The report year: records received in it, plus those carried in from the year before. */
  year: number;
  /** How many records to generate. */
  count: number;
  /** Unit names to spread the records over (`unit` field); default the 33 units and the county. */
  units?: readonly string[];
  /** Prefix of record ids; default "YC". */
  prefix?: string;
  /** Records completed after this date are generated as still open (no result). Default: none. */
  asOf?: string;
}

/**
 * A stream of `count` synthetic application records for `year`: mostly 自然人, about half
 * 予以公开 and a fifth 本机关不掌握, dates on Chinese working days, about 1.5 % carried in from
 * the year before and 1.5 % carried over into the next. Deterministic for a seed; holds
 * nothing but the PRNG state, so 10 million records stream in constant memory. With the
 * same seed and count, year y's carried-over records are year y+1's carried-in ones.
 *
 * @example
 * const [first] = applicationRecords({ seed: 1, year: 2021, count: 3 });
 * first.receivedDate; //=> a working day of 2020 or 2021, the same on every run
 */
export function* applicationRecords(opts: ApplicationRecordsOptions): Generator<ApplicationRecord> {
  const units = opts.units ?? [YANCHI_COUNTY.name, ...UNITS.map((u) => u.name)];
  const ctx: AppContext = {
    prefix: opts.prefix ?? "YC",
    unitPick: units.length ? (r) => itemAt(units, Math.floor(r * units.length)) : undefined,
    unit: undefined,
  };
  const carry = Math.floor(opts.count * CARRY_OVER_SHARE);
  const bulk = Math.max(0, opts.count - 2 * carry);
  yield* boundaryApplications(opts.seed, opts.year - 1, Math.min(carry, opts.count), ctx, 0, opts.asOf);
  yield* bulkApplications(opts.seed, opts.year, bulk, ctx, 0);
  yield* boundaryApplications(
    opts.seed,
    opts.year,
    Math.min(carry, Math.max(0, opts.count - carry)),
    ctx,
    0,
    opts.asOf,
  );
}
