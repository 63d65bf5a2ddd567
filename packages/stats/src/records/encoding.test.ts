import { applicationRecords } from "@disclosure/samples";
import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { ledgerCsv } from "../ledger";
import { isRejected, type ReadItem, readRecordsCsv, readRecordsJsonl } from "./index";
import { tabulate } from "../tabulate";
import { cut } from "../testing/cut";
import { exactly } from "../testing/exactly";

async function collect(items: AsyncIterable<ReadItem>): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const x of items) out.push(x);
  return out;
}

const encode = (text: string, encoding: string, bom: boolean) =>
  new Uint8Array(iconv.encode(text, encoding, { addBOM: bom }));

const ENCODINGS = [
  ["utf-16le", true],
  ["utf-16le", false],
  ["utf-16be", true],
  ["utf-16be", false],
  ["gb18030", false],
] as const;

describe("record files in UTF-16 (Excel's Unicode text) and GB18030", () => {
  const records = [...applicationRecords({ seed: 21, year: 2021, count: 200 })];
  const jsonl = `${records.map((r) => JSON.stringify(r)).join("\n")}\n`;
  const ledger = ledgerCsv(records).replace(/^\uFEFF/, "");

  it("reads JSON Lines and a ledger CSV as it reads their UTF-8, however the bytes are cut (property)", async () => {
    const fromJsonl = await collect(readRecordsJsonl([jsonl], { file: "r.jsonl" }));
    const fromCsv = await collect(readRecordsCsv([ledger], { file: "台账.csv" }));
    expect(fromCsv.filter(isRejected)).toEqual([]);
    for (const [encoding, bom] of ENCODINGS) {
      const j = encode(jsonl, encoding, bom);
      const c = encode(ledger, encoding, bom);
      expect(await collect(readRecordsJsonl([j], { file: "r.jsonl" })), `${encoding} ${bom}`).toEqual(
        fromJsonl,
      );
      await fc.assert(
        fc.asyncProperty(fc.array(fc.nat({ max: c.length }), { maxLength: 8 }), async (points) => {
          expect(await collect(readRecordsCsv(cut(c, points), { file: "台账.csv" }))).toEqual(fromCsv);
        }),
        { numRuns: 10 },
      );
    }
  });

  it("tabulates UTF-16 JSON Lines on the fast path as it tabulates the records", async () => {
    const expected = tabulate(records, { year: 2021 }).tables;
    for (const [encoding, bom] of ENCODINGS) {
      const t = await tabulate(readRecordsJsonl([encode(jsonl, encoding, bom)]), { year: 2021 });
      expect(t.tables, `${encoding} ${bom}`).toEqual(expected);
      expect(t.accepted).toBe(200);
    }
  });
});

describe("control characters in record files", () => {
  it("locates a NUL or an ESC in a CSV cell, removes the NUL, and reads the record", async () => {
    const csv =
      "编号,承办单位,申请人类型,收到申请日期\r\nA-1,盐池县\u0000财政局,自然人,2021年3月4日\r\nA-2,\u001b[31m盐池县,自然人,2021年3月5日\r\n";
    const [a, b] = exactly(await collect(readRecordsCsv([csv], { file: "台账.csv" })), 2);
    expect(!isRejected(a) && a.record).toMatchObject({ id: "A-1", unit: "盐池县财政局" });
    expect(!isRejected(a) && a.warnings).toMatchObject([
      { code: "RECORD-CONTROL-CHARS", location: { file: "台账.csv", line: 2 }, severity: "warning" },
    ]);
    expect(!isRejected(b) && b.warnings?.[0]?.message.zh).toBe("“承办单位”列含有控制字符：\\u001b[31m盐池县");
  });

  it("takes the formula guard off a ledger's cells, and only a guard", async () => {
    const csv =
      "编号,申请人,申请人类型,收到申请日期\r\nA-1,'=HYPERLINK(\"http://x\"),自然人,2021年3月4日\r\nA-2,'张某,自然人,2021年3月5日\r\n";
    const [a, b] = exactly(await collect(readRecordsCsv([csv], { file: "台账.csv" })), 2);
    expect(!isRejected(a) && a.record).toMatchObject({ applicantId: '=HYPERLINK("http://x")' });
    expect(!isRejected(b) && b.record).toMatchObject({ applicantId: "'张某" });
  });
});
