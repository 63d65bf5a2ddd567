// Raw records → the official tables 二、三、四 of one year (spec/format-2021.md §6, rules.md
// APP-YEAR-BUCKET): records of any kind tallied one by one (tally.ts), or a JSON Lines reader's
// own bytes scanned (tabulate-jsonl.ts).
import { loadWasmScanner } from "./jsonl-scan-wasm";
import { type ReadItem, jsonlSourceOf, readerParts } from "./records/index";
import { tabulateJsonl } from "./tabulate-jsonl";
import {
  addItem,
  createTally,
  finishTally,
  type TabulateInput,
  type TabulateOptions,
  type TabulateResult,
} from "./tally";

export type { OverdueCount, Tally, TabulateInput, TabulateOptions, TabulateResult } from "./tally";

function isAsync(x: unknown): x is AsyncIterable<unknown> {
  return typeof x === "object" && x !== null && Symbol.asyncIterator in x;
}

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
 * only the totals and the ids taken are held (the id's bytes and 17–28 bytes more a record;
 * none with `checkIds: false`).
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
  if (isAsync(records)) {
    return (async () => {
      // The WebAssembly module scans JSON Lines and keeps the ids of every path (record-ids.ts).
      const t = createTally(opts, await loadWasmScanner());
      for (const part of readerParts(records as AsyncIterable<ReadItem>)) {
        const src = jsonlSourceOf(part);
        if (src && !opts.overdue) await tabulateJsonl(t, src);
        else for await (const item of part) addItem(t, item);
      }
      return finishTally(t);
    })();
  }
  const t = createTally(opts);
  for (const item of records) addItem(t, item);
  return finishTally(t);
}
