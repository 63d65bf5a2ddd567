import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseJson } from "./json-parse.js";

const jsonParse = (text: string): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
};

describe("parseJson", () => {
  it("gives what JSON.parse gives for any JSON text (property)", () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const r = parseJson(text);
        expect(parseJson(text, { itemLines: true }).ok).toBe(r.ok);
        if (!r.ok) {
          // Only a key given twice separates the two.
          expect(r.issues.every((i) => i.code === "JSON-DUPLICATE-KEY")).toBe(true);
          return;
        }
        expect(r.value).toEqual(JSON.parse(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("accepts a text exactly when JSON.parse does, for texts with any character changed (property)", () => {
    fc.assert(
      fc.property(
        fc.json({ maxDepth: 3 }),
        fc.nat(),
        fc.constantFrom(...'{}[],:"\\ \t\n\r0-.eE+truefalsnNI/\u00a0\ufeff\u0001x'.split("")),
        (text, at, ch) => {
          const i = at % (text.length + 1);
          const edited = text.slice(0, i) + ch + text.slice(i + 1);
          const ours = parseJson(edited);
          const theirs = jsonParse(edited);
          const duplicate = !ours.ok && ours.issues.some((x) => x.code === "JSON-DUPLICATE-KEY");
          const overflow = !ours.ok && ours.issues.some((x) => /out of range/.test(x.message.en));
          if (duplicate || overflow) return;
          expect(ours.ok).toBe(theirs.ok);
          if (ours.ok && theirs.ok) expect(ours.value).toEqual(theirs.value);
          // The visitor alone (used for item lines) says the same.
          const visited = parseJson(edited, { itemLines: true });
          expect(visited.ok).toBe(ours.ok);
          if (visited.ok && ours.ok) expect(visited.value).toEqual(ours.value);
          if (!visited.ok && !ours.ok) expect(visited.issues).toEqual(ours.issues);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("locates NaN and Infinity by line and column, and names them", () => {
    const r = parseJson('{\n  "total": NaN\n}', { file: "r.json" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({
      code: "JSON-SYNTAX",
      location: { kind: "json", file: "r.json", line: 2, column: 12 },
    });
    expect(r.issues[0]?.message.zh).toContain("第 2 行第 12 列");
    expect(r.issues[0]?.message.en).toContain("NaN is not a JSON number");
    const inf = parseJson('{"a":1,"b":-Infinity}', { line: 7, code: "JSONL-SYNTAX" });
    expect(inf.ok ? undefined : inf.issues[0]).toMatchObject({
      code: "JSONL-SYNTAX",
      location: { kind: "json", line: 7, column: 12 },
    });
  });

  it("reports a number that overflows (1e309) instead of reading it as Infinity", () => {
    const r = parseJson('{"count": 1e309}');
    expect(r.ok ? undefined : r.issues[0]).toMatchObject({
      code: "JSON-SYNTAX",
      location: { kind: "json", line: 1, column: 11 },
    });
    expect(JSON.parse('{"count": 1e309}').count).toBe(Number.POSITIVE_INFINITY);
  });

  it("reports a key given twice, where it is and where it first was", () => {
    const text = '{\n  "tables": {\n    "table3": {"received": {"total": 5, "total": 7}}\n  }\n}';
    const r = parseJson(text, { file: "r.json" });
    expect(JSON.parse(text).tables.table3.received.total).toBe(7);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([
      expect.objectContaining({
        code: "JSON-DUPLICATE-KEY",
        severity: "error",
        location: {
          kind: "json",
          file: "r.json",
          line: 3,
          column: 41,
          path: ["tables", "table3", "received", "total"],
        },
      }),
    ]);
    expect(r.issues[0]?.message.zh).toContain("首次在第 3 行第 29 列");
    expect(r.issues[0]?.message.en).toContain('the key "total" appears twice');
  });

  it("tells a key repeated in a nested object from one at the same level", () => {
    expect(parseJson('{"a":{"x":1},"b":{"x":2}}').ok).toBe(true);
    const r = parseJson('{"a":{"x":1},"a":{"x":2}}');
    expect(
      r.ok ? [] : r.issues.map((i) => i.location?.kind === "json" && [i.location.path, i.location.column]),
    ).toEqual([[["a"], 14]]);
  });

  it("keeps __proto__ as an own key, as JSON.parse does", () => {
    const r = parseJson('{"__proto__": {"polluted": 1}}');
    expect(r.ok && Object.keys(r.value as object)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("gives the line each array item starts on", () => {
    const r = parseJson('[\n  {"a":1},\n\n  {"a":2}, 3,\n  [4]\n]', { itemLines: true, line: 10 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const arr = r.value as unknown[];
    expect(r.itemLines?.get(arr)).toEqual([11, 13, 13, 14]);
    expect(r.itemLines?.get(arr[3] as unknown[])).toEqual([14]);
  });

  it("caps the list of repeated keys and counts the rest", () => {
    const text = `[${Array.from({ length: 50 }, () => '{"v":1,"v":2}').join(",")}]`;
    const r = parseJson(text, { maxIssues: 10 });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual([
      ...Array(10).fill("JSON-DUPLICATE-KEY"),
      "ISSUES-TRUNCATED",
    ]);
    expect(r.ok ? 0 : r.issues[10]?.value).toBe(40);
  });
});
