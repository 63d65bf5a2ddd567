// The law of the fused JSON Lines path: tabulating a reader's bytes directly gives exactly
// what tabulating the reader's items gives — same cells, counts, issues and explanations —
// for any mix of well-formed, odd and broken lines.
import { applicationRecords, syntheticCounty } from "@disclosure/fixtures";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ScannedApplication, scanApplication } from "./jsonl-scan";
import { type ReadItem, readRecordsJsonl } from "./records-io";
import { tabulate } from "./tabulate";

const enc = new TextEncoder();
const apps = [...applicationRecords({ seed: 21, year: 2021, count: 400 })];
const others = [...syntheticCounty({ seed: 21, year: 2021 }).ownRecords()].filter(
  (r) => r.type !== "application",
);
const pool: Record<string, unknown>[] = [...apps, ...others] as Record<string, unknown>[];

/** Serialises an object as one JSON line, with optional spaces and shuffled keys. */
function line(o: Record<string, unknown>, spaced: boolean, order: number): string {
  const keys = Object.keys(o);
  const rotated = keys
    .slice(order % Math.max(1, keys.length))
    .concat(keys.slice(0, order % Math.max(1, keys.length)));
  const sep = spaced ? ", " : ",";
  const colon = spaced ? " : " : ":";
  const body = rotated.map((k) => `${JSON.stringify(k)}${colon}${JSON.stringify(o[k])}`).join(sep);
  return spaced ? ` { ${body} } ` : `{${body}}`;
}

type Mutation = (o: Record<string, unknown>, text: string) => string | Uint8Array;
const set =
  (k: string, v: unknown): Mutation =>
  (o, _t) =>
    line({ ...o, [k]: v }, false, 0);
const drop =
  (k: string): Mutation =>
  (o) => {
    const { [k]: _, ...rest } = o;
    return line(rest, false, 0);
  };
const MUTATIONS: Mutation[] = [
  (_o, t) => t,
  set("receivedDate", "2021-02-29"),
  set("receivedDate", "2020-02-29"),
  set("receivedDate", "2021-1-01"),
  set("completedDate", "1900-02-29"),
  set("receivedDate", "1900-02-29"),
  set("receivedDate", "2000-02-29"),
  set("completedDate", "2000-02-29"),
  set("completedDate", "2021-04-31"),
  set("completedDate", "2021-04-30"),
  set("completedDate", "2021-12-31"),
  set("receivedDate", "2021-13-01"),
  set("receivedDate", "2021-00-10"),
  set("receivedDate", "2021-01-00"),
  set("receivedDate", "2021-0:-01"),
  set("receivedDate", "202/-01-01"),
  set("receivedDate", "2021-01-3a"),
  set("applicantType", "Commercial"),
  set("result", "granted "),
  set("result", null),
  set("channel", "wechat"),
  set("id", ""),
  set("id", 42),
  set("id", 'a"b\\c'),
  set("id", "编号-１"),
  set("unit", "盐池县\u0001财政局"),
  set("unit", "盐池县\uFFFD局"),
  set("subject", "😀 emoji"),
  set("note", "unknown field"),
  set("type", "case"),
  set("type", "application"),
  drop("type"),
  drop("id"),
  drop("receivedDate"),
  drop("result"),
  drop("completedDate"),
  set("completedDate", "2019-01-01"),
  set("onTheSpot", true),
  set("onTheSpot", "yes"),
  set("extension", { workingDays: 20 }),
  set("extension", { workingDays: -1 }),
  set("extension", { workingDays: 1.5 }),
  set("extension", { approvedDate: "2021-03-01" }),
  set("extension", { workingDays: 20, extra: 1 }),
  set("correction", { requestedDate: "2021-03-08", receivedDate: null }),
  set("correction", { requestedDate: "2021-03-08", receivedDate: "2021-03-32" }),
  set("fee", {}),
  set("fee", { basis: "perVolume", pages: 120, noticeDate: "2021-03-10", amountYuan: 700, paidDate: null }),
  set("fee", { basis: "perPage" }),
  set("consultations", [{ from: "2021-03-01", to: "2021-03-05" }]),
  (_o, t) => t.replace('"id"', '"\\u0069d"'),
  (_o, t) => t.replace(/}\s*$/, ',"id":"dup"}'),
  (_o, t) => `${t}x`,
  (_o, t) => t.slice(0, Math.floor(t.length / 2)),
  (_o, t) => `\uFEFF${t}`,
  (_o, t) => `${t}\r`,
  (_o, t) => t.replace('"workingDays":20', '"workingDays":2e1'),
  (_o, t) => t.replace('"workingDays":20', '"workingDays":020'),
  () => "{}",
  () => "[]",
  () => "null",
  () => "",
  () => "   ",
  (_o, t) => {
    const b = enc.encode(t);
    const i = t.indexOf('"unit":"');
    if (i < 0) return b;
    const at = enc.encode(t.slice(0, i + 8)).length;
    const out = new Uint8Array(b.length + 1);
    out.set(b.subarray(0, at), 0);
    out[at] = 0xff;
    out.set(b.subarray(at), at + 1);
    return out;
  },
];

async function* generic(items: AsyncIterable<ReadItem>): AsyncGenerator<ReadItem> {
  for await (const x of items) yield x;
}

function joinLines(parts: (string | Uint8Array)[]): Uint8Array {
  const bytes = parts.map((p) => (typeof p === "string" ? enc.encode(p) : p));
  const total = bytes.reduce((s, b) => s + b.length + 1, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const b of bytes) {
    out.set(b, at);
    at += b.length;
    out[at++] = 10;
  }
  return out;
}

describe("the fused JSON Lines path", () => {
  it("tabulates exactly like the reader's items, for any mix of lines (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            rec: fc.nat({ max: pool.length - 1 }),
            mutation: fc.nat({ max: MUTATIONS.length - 1 }),
            spaced: fc.boolean(),
            order: fc.nat({ max: 12 }),
          }),
          { minLength: 1, maxLength: 60 },
        ),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.constantFrom<"application" | undefined>(undefined, "application"),
        async (lines, cuts, type) => {
          const parts = lines.map(({ rec, mutation, spaced, order }) => {
            const o = pool[rec];
            return MUTATIONS[mutation](o, line(o, spaced, order));
          });
          const all = joinLines(parts);
          const points = [...new Set(cuts.map((c) => c % (all.length + 1)))].sort((a, b) => a - b);
          const chunks: Uint8Array[] = [];
          let prev = 0;
          for (const p of [...points, all.length]) {
            chunks.push(all.subarray(prev, p));
            prev = p;
          }
          const opts = { year: 2021, explain: true };
          const fused = await tabulate(readRecordsJsonl(chunks, { file: "t.jsonl", type }), opts);
          const slow = await tabulate(generic(readRecordsJsonl(chunks, { file: "t.jsonl", type })), opts);
          expect(fused).toEqual(slow);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("accepts the common shapes and leaves the rest to the full path", () => {
    const out: ScannedApplication = {
      applicant: 0,
      received: 0,
      completed: 0,
      result: 0,
      idStart: 0,
      idEnd: 0,
    };
    const scan = (s: string) => {
      const b = enc.encode(`${s}\n`);
      const nl = scanApplication(b, 0, b.length, true, out);
      if (nl >= 0) expect(nl).toBe(b.length - 1);
      return nl >= 0;
    };
    expect(
      scan(
        '{"type":"application","id":"YC-1","unit":"盐池县财政局","receivedDate":"2021-03-04","channel":"online","applicantType":"commercial","result":"partlyGranted","completedDate":"2021-03-18"}',
      ),
    ).toBe(true);
    expect(out).toMatchObject({ applicant: 1, received: 20210304, completed: 20210318, result: 1 });
    expect(scan('{"id":"YC-2","receivedDate":"2021-12-30","applicantType":"naturalPerson"}')).toBe(true);
    expect(out).toMatchObject({ applicant: 0, completed: 0, result: -1 });
    expect(scan('{"id":"YC-3","receivedDate":"2021-12-30","applicantType":"naturalPerson","x":1}')).toBe(
      false,
    );
    expect(scan('{"id":"YC-\\u0033","receivedDate":"2021-12-30","applicantType":"naturalPerson"}')).toBe(
      false,
    );
    expect(scan('{"id":"YC-4","receivedDate":"2021-02-29","applicantType":"naturalPerson"}')).toBe(false);
    // a line without its line feed is not complete
    const partial = enc.encode('{"id":"YC-5","receivedDate":"2021-12-30","applicantType":"naturalPerson"}');
    expect(scanApplication(partial, 0, partial.length, true, out)).toBe(-1);
  });
});
