import type { Issue, Message, Severity } from "@disclosure/schema";
import { parseCalendarDate } from "./working-days";

/**
 * 信息处理费 (2019 条例 第四十二条; 《政府信息公开信息处理费管理办法》国办函〔2020〕109号,
 * spec/law.md §3): charged per application either 按件 (by the applicant's number of
 * applications in a natural month) or 按量 (by the pages provided), both progressive
 * on the excess, never both for one application. Amounts are integer 元.
 */

export type FeeBasis = "perRequest" | "perVolume";

/** One application that may be charged. `receivedDate` is a `YYYY-MM-DD` date in Asia/Shanghai. */
export type FeeRequest = {
  id: string;
  applicantId: string;
  receivedDate: string;
  /** 按件计收 or 按量计收, chosen by the agency for this application. */
  basis: FeeBasis;
  /** Pages provided (按量计收 only). */
  pages?: number;
};

export type FeeItem = {
  id: string;
  /** Integer 元. */
  yuan: number;
  basis: FeeBasis;
  explanation: Message;
  /** `YYYY-MM`: the natural month the application counts in (按件). */
  month?: string;
  /** Its position among the applicant's applications of that month, from 1 (按件). */
  ordinal?: number;
  /** Pages charged for (按量). */
  pages?: number;
};

export type FeeResult = {
  /** One item per accepted application, in input order. */
  items: FeeItem[];
  /** Sum of `items[].yuan`, integer 元. */
  totalYuan: number;
  /** Rejected applications (error) and doubts (warning), each located by a JSON path from the input index (`[1, "receivedDate"]`). */
  issues: Issue[];
};

/** 109号 第四条: the first 10 applications of a month are free. */
const FREE_REQUESTS = 10;
/** 109号 第四条: applications 11–30 cost 100 元 each. */
const FIRST_BAND_LAST = 30;
const BAND_SIZE = 10;
const STEP_YUAN = 100;
/** 109号 is applied from this day (law.md §3 ○). */
const FEES_FROM = "2021-01-01";

function assertInteger(value: number, min: number, name: string): void {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`${name} must be an integer ≥ ${min}, got ${value}`);
  }
}

/**
 * 按件计收 (109号 第四条): the fee for the n-th application of one applicant in one
 * natural month — 0 元 up to the 10th, 100 元 for the 11th–30th, then 10 applications a
 * band, each band 100 元 more: 200 元 for the 31st–40th, 300 元 for the 41st–50th, …
 * i.e. `100 × (2 + floor((n − 31) / 10))` for n ≥ 31.
 *
 * @param n the application's position in the month, from 1
 * @returns integer 元
 * @throws RangeError when n is not a positive integer
 *
 * @example
 * perRequestFee(10); //=> 0
 * perRequestFee(11); //=> 100
 * perRequestFee(31); //=> 200
 * perRequestFee(41); //=> 300
 */
export function perRequestFee(n: number): number {
  assertInteger(n, 1, "perRequestFee: n");
  if (n <= FREE_REQUESTS) return 0;
  if (n <= FIRST_BAND_LAST) return STEP_YUAN;
  return STEP_YUAN * (2 + Math.floor((n - (FIRST_BAND_LAST + 1)) / BAND_SIZE));
}

/**
 * 按量计收 (109号 第五条): the fee for one application by the pages provided — the
 * first 30 pages free, pages 31–100 at 10 元, 101–200 at 20 元, from 201 at 40 元:
 * `10·max(0, min(p,100) − 30) + 20·max(0, min(p,200) − 100) + 40·max(0, p − 200)`.
 *
 * @param pages a non-negative integer
 * @returns integer 元
 * @throws RangeError when pages is not a non-negative integer
 *
 * @example
 * perVolumeFee(30);  //=> 0
 * perVolumeFee(150); //=> 1700  (70 × 10 + 50 × 20)
 * perVolumeFee(201); //=> 2740  (70 × 10 + 100 × 20 + 1 × 40)
 */
export function perVolumeFee(pages: number): number {
  assertInteger(pages, 0, "perVolumeFee: pages");
  return volumeBands(pages).reduce((sum, b) => sum + b.pages * b.yuanPerPage, 0);
}

/** The pages of `pages` falling in each charged band of 第五条. */
function volumeBands(
  pages: number,
): { first: number; last: number | null; pages: number; yuanPerPage: number }[] {
  return [
    { first: 31, last: 100, pages: Math.max(0, Math.min(pages, 100) - 30), yuanPerPage: 10 },
    { first: 101, last: 200, pages: Math.max(0, Math.min(pages, 200) - 100), yuanPerPage: 20 },
    { first: 201, last: null, pages: Math.max(0, pages - 200), yuanPerPage: 40 },
  ];
}

function requestExplanation(applicantId: string, month: string, n: number, yuan: number): Message {
  const [y, m] = month.split("-");
  const monthZh = `${y}年${Number(m)}月`;
  if (n <= FREE_REQUESTS) {
    return {
      zh: `按件计收：申请人 ${applicantId} ${monthZh}第 ${n} 件申请，一个自然月内 10 件以下（含 10 件）不收费`,
      en: `per application: application no. ${n} of applicant ${applicantId} in ${month}; up to 10 a month are free`,
    };
  }
  const first = n <= FIRST_BAND_LAST ? FREE_REQUESTS + 1 : n - ((n - (FIRST_BAND_LAST + 1)) % BAND_SIZE);
  const last = n <= FIRST_BAND_LAST ? FIRST_BAND_LAST : first + BAND_SIZE - 1;
  return {
    zh: `按件计收：申请人 ${applicantId} ${monthZh}第 ${n} 件申请，${first}—${last} 件的部分 ${yuan} 元/件`,
    en: `per application: application no. ${n} of applicant ${applicantId} in ${month}; applications ${first}–${last} cost ${yuan} yuan each`,
  };
}

function volumeExplanation(pages: number, yuan: number): Message {
  const charged = volumeBands(pages).filter((b) => b.pages > 0);
  if (charged.length === 0) {
    return {
      zh: `按量计收：${pages} 页，30 页以下（含 30 页）不收费`,
      en: `per volume: ${pages} pages; up to 30 pages are free`,
    };
  }
  const range = (b: { first: number; last: number | null }, zh: boolean) =>
    b.last === null
      ? zh
        ? `${b.first} 页以上`
        : `pages ${b.first}+`
      : zh
        ? `${b.first}—${b.last} 页`
        : `pages ${b.first}–${b.last}`;
  return {
    zh: `按量计收：${pages} 页，${charged.map((b) => `${range(b, true)} ${b.pages} 页 × ${b.yuanPerPage} 元`).join(" + ")} = ${yuan} 元`,
    en: `per volume: ${pages} pages; ${charged.map((b) => `${range(b, false)}: ${b.pages} × ${b.yuanPerPage} yuan`).join(" + ")} = ${yuan} yuan`,
  };
}

type Accepted = { index: number; request: FeeRequest; month: string; ordinal?: number };

/**
 * The 信息处理费 of a batch of applications under 109号. 按件 applications are numbered
 * per applicant and natural month (Asia/Shanghai), ordered by `receivedDate` and then by
 * input order; every application of the applicant in that month counts toward the
 * number, whichever basis it is charged on (第四条 counts the applicant's 累计申请), but
 * each application is charged on its own basis only, never both (第三条). 按量
 * applications are charged on their pages.
 *
 * Never throws for bad records: an application with a missing id or applicant, an
 * invalid date, an unknown basis, missing or invalid pages (按量), or a repeated id is
 * left out and reported in `issues` with its input index; one received before
 * 2021-01-01 (before 109号 applied) is charged and warned about.
 *
 * @example
 * // An applicant's 11th application in October 2024 (按件), and a 150-page copy (按量):
 * const ten = Array.from({ length: 10 }, (_, i) => ({
 *   id: `YC-${i + 1}`, applicantId: "A-001", receivedDate: "2024-10-08", basis: "perRequest" as const,
 * }));
 * processingFee([
 *   ...ten,
 *   { id: "YC-11", applicantId: "A-001", receivedDate: "2024-10-09", basis: "perRequest" },
 *   { id: "YC-12", applicantId: "B-002", receivedDate: "2024-10-09", basis: "perVolume", pages: 150 },
 * ]).totalYuan;
 * //=> 1800   (100 + 1700)
 */
export function processingFee(requests: Iterable<FeeRequest>): FeeResult {
  const issues: Issue[] = [];
  const accepted: Accepted[] = [];
  const seen = new Set<string>();
  let index = -1;
  for (const request of requests) {
    index++;
    const problem = (code: string, field: string, message: Message, severity: Severity = "error") => {
      issues.push({ code, severity, message, location: { kind: "json", path: [index, field] } });
    };
    const before = issues.length;
    if (typeof request?.id !== "string" || request.id === "") {
      problem("missing-id", "id", { zh: "缺少申请编号", en: "the application id is missing" });
    } else if (seen.has(request.id)) {
      problem("duplicate-id", "id", {
        zh: `申请编号 ${request.id} 重复，只计第一次出现`,
        en: `application id ${request.id} is repeated; only its first occurrence counts`,
      });
    }
    if (typeof request?.applicantId !== "string" || request.applicantId === "") {
      problem("missing-applicant", "applicantId", { zh: "缺少申请人", en: "the applicant is missing" });
    }
    if (!parseCalendarDate(request?.receivedDate)) {
      problem("invalid-date", "receivedDate", {
        zh: `不是有效日期（应为 YYYY-MM-DD）：${JSON.stringify(request?.receivedDate)}`,
        en: `not a valid date (expected YYYY-MM-DD): ${JSON.stringify(request?.receivedDate)}`,
      });
    }
    if (request?.basis !== "perRequest" && request?.basis !== "perVolume") {
      problem("invalid-basis", "basis", {
        zh: `收费方式应为按件（perRequest）或按量（perVolume）：${JSON.stringify(request?.basis)}`,
        en: `the basis must be perRequest or perVolume: ${JSON.stringify(request?.basis)}`,
      });
    } else if (
      request.basis === "perVolume" &&
      (typeof request.pages !== "number" || !Number.isInteger(request.pages) || request.pages < 0)
    ) {
      problem("invalid-pages", "pages", {
        zh: `按量计收需要页数（非负整数）：${JSON.stringify(request.pages)}`,
        en: `per-volume charging needs the number of pages (a non-negative integer): ${JSON.stringify(request.pages)}`,
      });
    }
    if (issues.length > before) continue;
    seen.add(request.id);
    if (request.receivedDate < FEES_FROM) {
      problem(
        "fee-before-2021",
        "receivedDate",
        {
          zh: "信息处理费自 2021 年 1 月 1 日起按国办函〔2020〕109号收取，此前收到的申请不应收费",
          en: "processing fees are charged under Circular 109 (2020) from 1 January 2021; applications received earlier should not be charged",
        },
        "warning",
      );
    }
    accepted.push({ index, request, month: request.receivedDate.slice(0, 7) });
  }

  // number the applications of each applicant and month (stable sort keeps input order)
  const groups = new Map<string, Accepted[]>();
  for (const a of accepted) {
    const key = `${a.request.applicantId}\u0000${a.month}`;
    const group = groups.get(key);
    if (group) group.push(a);
    else groups.set(key, [a]);
  }
  for (const group of groups.values()) {
    group
      .slice()
      .sort((x, y) =>
        x.request.receivedDate < y.request.receivedDate
          ? -1
          : x.request.receivedDate > y.request.receivedDate
            ? 1
            : 0,
      )
      .forEach((a, i) => {
        a.ordinal = i + 1;
      });
  }

  let totalYuan = 0;
  const items = accepted.map(({ request, month, ordinal }): FeeItem => {
    if (request.basis === "perRequest") {
      const yuan = perRequestFee(ordinal!);
      totalYuan += yuan;
      return {
        id: request.id,
        yuan,
        basis: "perRequest",
        explanation: requestExplanation(request.applicantId, month, ordinal!, yuan),
        month,
        ...(ordinal === undefined ? {} : { ordinal }),
      };
    }
    const pages = request.pages!;
    const yuan = perVolumeFee(pages);
    totalYuan += yuan;
    return { id: request.id, yuan, basis: "perVolume", explanation: volumeExplanation(pages, yuan), pages };
  });
  return { items, totalYuan, issues };
}
