import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type FeeRequest, perRequestFee, perVolumeFee, processingFee } from "./fee";

describe("perRequestFee (按件, 109号 第四条)", () => {
  it("follows the bands at their edges", () => {
    expect(perRequestFee(1)).toBe(0);
    expect(perRequestFee(10)).toBe(0);
    expect(perRequestFee(11)).toBe(100);
    expect(perRequestFee(30)).toBe(100);
    expect(perRequestFee(31)).toBe(200);
    expect(perRequestFee(40)).toBe(200);
    expect(perRequestFee(41)).toBe(300);
    expect(perRequestFee(50)).toBe(300);
    expect(perRequestFee(51)).toBe(400);
  });

  it("never decreases and rises by 100 元 every 10 applications from the 31st", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (n) => {
        expect(perRequestFee(n + 1)).toBeGreaterThanOrEqual(perRequestFee(n));
        if (n >= 31) expect(perRequestFee(n + 10)).toBe(perRequestFee(n) + 100);
      }),
    );
  });

  it("rejects positions that are not positive integers", () => {
    expect(() => perRequestFee(0)).toThrow(RangeError);
    expect(() => perRequestFee(1.5)).toThrow(RangeError);
  });
});

describe("perVolumeFee (按量, 109号 第五条)", () => {
  it("follows the bands at their edges", () => {
    expect(perVolumeFee(0)).toBe(0);
    expect(perVolumeFee(30)).toBe(0);
    expect(perVolumeFee(31)).toBe(10);
    expect(perVolumeFee(100)).toBe(700);
    expect(perVolumeFee(101)).toBe(720);
    expect(perVolumeFee(150)).toBe(1700); // 70 × 10 + 50 × 20
    expect(perVolumeFee(200)).toBe(2700);
    expect(perVolumeFee(201)).toBe(2740); // 70 × 10 + 100 × 20 + 1 × 40
  });

  it("charges each extra page the rate of its band", () => {
    fc.assert(
      fc.property(fc.nat(5_000), (p) => {
        const rate = p + 1 <= 30 ? 0 : p + 1 <= 100 ? 10 : p + 1 <= 200 ? 20 : 40;
        expect(perVolumeFee(p + 1) - perVolumeFee(p)).toBe(rate);
      }),
    );
  });

  it("rejects negative or fractional pages", () => {
    expect(() => perVolumeFee(-1)).toThrow(RangeError);
    expect(() => perVolumeFee(2.5)).toThrow(RangeError);
  });
});

function month(applicantId: string, count: number, date: (i: number) => string): FeeRequest[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${applicantId}-${i + 1}`,
    applicantId,
    receivedDate: date(i),
    basis: "perRequest" as const,
  }));
}

describe("processingFee", () => {
  it("numbers one applicant's applications within the natural month", () => {
    // 45 applications in October 2024: 10 × 0 + 20 × 100 + 10 × 200 + 5 × 300 = 5500
    const r = processingFee(month("A-001", 45, (i) => `2024-10-${String(1 + (i % 31)).padStart(2, "0")}`));
    expect(r.issues).toEqual([]);
    expect(r.totalYuan).toBe(5500);
    const byOrdinal = new Map(r.items.map((it) => [it.ordinal, it.yuan]));
    expect([10, 11, 30, 31, 40, 41].map((n) => byOrdinal.get(n))).toEqual([0, 100, 100, 200, 200, 300]);
  });

  it("orders by receivedDate, then input order, and returns items in input order", () => {
    const reqs: FeeRequest[] = [
      ...month("A", 10, () => "2024-10-20"),
      { id: "late", applicantId: "A", receivedDate: "2024-10-21", basis: "perRequest" },
      { id: "early", applicantId: "A", receivedDate: "2024-10-02", basis: "perRequest" },
    ];
    const r = processingFee(reqs);
    expect(r.items.map((i) => i.id)).toEqual(reqs.map((q) => q.id));
    const item = (id: string) => r.items.find((i) => i.id === id)!;
    expect(item("early")).toMatchObject({ ordinal: 1, yuan: 0 });
    expect(item("A-1")).toMatchObject({ ordinal: 2, yuan: 0 });
    expect(item("A-10")).toMatchObject({ ordinal: 11, yuan: 100 });
    expect(item("late")).toMatchObject({ ordinal: 12, yuan: 100, month: "2024-10" });
    expect(item("A-10").explanation).toEqual({
      zh: "按件计收：申请人 A 2024年10月第 11 件申请，11—30 件的部分 100 元/件",
      en: "per application: application no. 11 of applicant A in 2024-10; applications 11–30 cost 100 yuan each",
    });
  });

  it("starts counting again in a new month and per applicant", () => {
    const r = processingFee([
      ...month("A", 11, () => "2024-10-31"),
      { id: "nov", applicantId: "A", receivedDate: "2024-11-01", basis: "perRequest" },
      { id: "other", applicantId: "B", receivedDate: "2024-10-31", basis: "perRequest" },
    ]);
    expect(r.items.find((i) => i.id === "A-11")?.yuan).toBe(100);
    expect(r.items.find((i) => i.id === "nov")).toMatchObject({ ordinal: 1, yuan: 0, month: "2024-11" });
    expect(r.items.find((i) => i.id === "other")).toMatchObject({ ordinal: 1, yuan: 0 });
    expect(r.totalYuan).toBe(100);
  });

  it("charges 按量 applications on pages only, but counts them in the month", () => {
    const r = processingFee([
      ...month("A", 10, () => "2024-10-08"),
      { id: "copy", applicantId: "A", receivedDate: "2024-10-09", basis: "perVolume", pages: 150 },
      { id: "next", applicantId: "A", receivedDate: "2024-10-10", basis: "perRequest" },
    ]);
    const copy = r.items.find((i) => i.id === "copy")!;
    expect(copy).toMatchObject({ yuan: 1700, basis: "perVolume", pages: 150 });
    expect(copy.explanation.zh).toBe(
      "按量计收：150 页，31—100 页 70 页 × 10 元 + 101—200 页 50 页 × 20 元 = 1700 元",
    );
    // the 按量 application is the 11th of the month, so the next one is the 12th
    expect(r.items.find((i) => i.id === "next")).toMatchObject({ ordinal: 12, yuan: 100 });
    expect(r.totalYuan).toBe(1800);
  });

  it("explains a free volume", () => {
    const r = processingFee([
      { id: "x", applicantId: "A", receivedDate: "2024-10-08", basis: "perVolume", pages: 30 },
    ]);
    expect(r.items[0]!.explanation).toEqual({
      zh: "按量计收：30 页，30 页以下（含 30 页）不收费",
      en: "per volume: 30 pages; up to 30 pages are free",
    });
  });

  it("reports bad records with their index and leaves them out of the count", () => {
    const r = processingFee([
      { id: "ok-1", applicantId: "A", receivedDate: "2024-10-08", basis: "perRequest" },
      { id: "bad-date", applicantId: "A", receivedDate: "2024-10-32", basis: "perRequest" },
      { id: "no-pages", applicantId: "A", receivedDate: "2024-10-08", basis: "perVolume" },
      { id: "ok-1", applicantId: "A", receivedDate: "2024-10-08", basis: "perRequest" },
      { id: "basis", applicantId: "A", receivedDate: "2024-10-08", basis: "both" as never },
      { id: "", applicantId: "", receivedDate: "2024-10-08", basis: "perRequest" },
    ]);
    expect(r.items.map((i) => i.id)).toEqual(["ok-1"]);
    expect(r.issues.map((i) => [i.code, i.location?.kind === "json" ? i.location.path : i.location])).toEqual(
      [
        ["invalid-date", [1, "receivedDate"]],
        ["invalid-pages", [2, "pages"]],
        ["duplicate-id", [3, "id"]],
        ["invalid-basis", [4, "basis"]],
        ["missing-id", [5, "id"]],
        ["missing-applicant", [5, "applicantId"]],
      ],
    );
    expect(r.issues[0]!.message.zh).toBe('不是有效日期（应为 YYYY-MM-DD）："2024-10-32"');
    expect(r.issues.every((i) => i.severity === "error")).toBe(true);
  });

  it("warns about fees on applications received before 109号 applied (2021-01-01)", () => {
    const r = processingFee([
      { id: "old", applicantId: "A", receivedDate: "2020-12-31", basis: "perVolume", pages: 40 },
    ]);
    expect(r.items[0]!.yuan).toBe(100);
    expect(r.issues).toMatchObject([
      { code: "fee-before-2021", severity: "warning", location: { kind: "json", path: [0, "receivedDate"] } },
    ]);
  });

  it("totals exactly what the items say, whatever the order of input", () => {
    const request = fc.record({
      id: fc.uuid(),
      applicantId: fc.constantFrom("A", "B", "C"),
      receivedDate: fc.constantFrom("2024-09-30", "2024-10-01", "2024-10-15", "2024-10-31", "2024-11-01"),
      basis: fc.constantFrom("perRequest" as const, "perVolume" as const),
      pages: fc.nat(400),
    });
    fc.assert(
      fc.property(fc.uniqueArray(request, { selector: (r) => r.id, maxLength: 80 }), (reqs) => {
        const r = processingFee(reqs);
        expect(r.totalYuan).toBe(r.items.reduce((s, i) => s + i.yuan, 0));
        expect(Number.isInteger(r.totalYuan)).toBe(true);
        // 按件 only: the total does not depend on how same-day applications are ordered
        const perRequest = reqs.map((q) => ({ ...q, basis: "perRequest" as const }));
        expect(processingFee([...perRequest].reverse()).totalYuan).toBe(processingFee(perRequest).totalYuan);
      }),
    );
  });
});
