// The --json document of `disclosure audit` assembled from pieces made on the worker threads:
// byte for byte what JSON.stringify prints for the whole, on any JSON values and on real
// audited reports (control characters, Chinese, nested findings).
import { readFileSync } from "node:fs";
import { readAndCheck } from "@disclosure/report-text";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeControlChars } from "@disclosure/schema";
import { chunked, indentedJson, jsonDocumentOfLists, terminalSafeJson } from "../src/audit/json-pieces.js";
import { REPORT_DEPTH } from "../src/audit/outcome.js";
import { testdataDir } from "./helpers.js";

/** The document as the command prints it: `{ reports, pairs }` from element pieces. */
function assembled(reports: readonly unknown[], pairs: readonly unknown[]): string {
  const pieces = jsonDocumentOfLists([
    ["reports", reports.map((r) => indentedJson(r, REPORT_DEPTH))],
    ["pairs", pairs.map((p) => indentedJson(p, REPORT_DEPTH))],
  ]);
  return [...pieces].join("");
}

const whole = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** JSON values whose strings hold line ends, tabs, controls and characters beyond the BMP. */
const text = fc.string({ unit: "binary", maxLength: 12 });
const value = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    text,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(text, tie("value"), { maxKeys: 4 }),
  ),
})).value;
const element = fc.dictionary(text, value, { maxKeys: 5 });

describe("the --json document from pieces", () => {
  it("is what JSON.stringify prints for the whole, empty lists included", () => {
    fc.assert(
      fc.property(
        fc.array(element, { maxLength: 5 }),
        fc.array(element, { maxLength: 3 }),
        (reports, pairs) => {
          expect(assembled(reports, pairs)).toBe(whole({ reports, pairs }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("is what JSON.stringify prints for real audited reports", async () => {
    const corpus = `${testdataDir}corpus/`;
    const names = ["2019-pingtan-zone.txt", "2021-pingtan-zone.txt", "2024-shanghai-science-commission.txt"];
    const reports = [];
    for (const name of names) {
      const data = readFileSync(corpus + name, "utf8").replace("平潭", "平\u0085潭\u001b[31m\r");
      reports.push((await readAndCheck({ name, data })).audited);
    }
    expect(reports.some((r) => r.findings.length > 1)).toBe(true);
    expect(assembled(reports, [])).toBe(whole({ reports, pairs: [] }));
    expect(assembled([], reports)).toBe(whole({ reports: [], pairs: reports }));
  });

  it("indents a value as it sits in the document", () => {
    expect(indentedJson({ a: [1, "x\ny"] }, 2)).toBe(
      '{\n      "a": [\n        1,\n        "x\\ny"\n      ]\n    }',
    );
    expect(indentedJson([], 2)).toBe("[]");
    expect(indentedJson("a", 0)).toBe('"a"');
  });
});

describe("terminalSafeJson", () => {
  it("is escapeControlChars on any JSON text", () => {
    fc.assert(
      fc.property(element, (v) => {
        const json = indentedJson(v, REPORT_DEPTH);
        expect(terminalSafeJson(json)).toBe(escapeControlChars(json));
      }),
      { numRuns: 500 },
    );
    const hostile = indentedJson({ file: "a\u001b[31m\u0085\u007f\r\u009bb.txt" }, 0);
    expect(terminalSafeJson(hostile)).toBe('{\n  "file": "a\\u001b[31m\\u0085\\u007f\\r\\u009bb.txt"\n}');
  });
});

describe("chunked", () => {
  it("joins the pieces, in order, into chunks no smaller than asked but the last", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 9 })), fc.integer({ min: 1, max: 20 }), (pieces, size) => {
        const chunks = [...chunked(pieces, size)];
        expect(chunks.join("")).toBe(pieces.join(""));
        expect(chunks.slice(0, -1).every((c) => c.length >= size)).toBe(true);
        expect(chunks.every((c) => c.length > 0)).toBe(true);
      }),
    );
  });
});
