import type { Issue } from "@disclosure/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { correctionNoticeLate, isOverdue, overdueByUnit, replyDeadline } from "./deadline";
import { addWorkingDays, isWorkingDay, workingDaysBetween } from "./working-days";

function deadlineOf(app: Parameters<typeof replyDeadline>[0], options?: Parameters<typeof replyDeadline>[1]) {
  const r = replyDeadline(app, options);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r;
}

/** The JSON path an issue is located at, or what else locates it. */
function pathOf(issue: Issue): readonly (string | number)[] | string {
  return issue.location?.kind === "json" ? issue.location.path : `not a JSON path: ${issue.location?.kind}`;
}

function issuesOf(app: Parameters<typeof replyDeadline>[0]): Issue[] {
  const r = replyDeadline(app);
  if (r.ok) throw new Error(`expected issues, got ${JSON.stringify(r)}`);
  return r.issues;
}

describe("replyDeadline", () => {
  it("counts 20 working days across 国庆 2024", () => {
    // Received Friday 2024-09-27. 1 = Sun 09-29 (make-up), 2 = Mon 09-30, 10-01..07 holiday,
    // 3–6 = 10-08..11, 7 = Sat 10-12 (make-up), 8–12 = 10-14..18, 13–17 = 10-21..25,
    // 18–20 = 10-28..30.
    const r = deadlineOf({ id: "YC-2024-017", receivedDate: "2024-09-27" });
    expect(r.deadline).toBe("2024-10-30");
    expect(r.steps.map((s) => s.kind)).toEqual(["received", "period", "deadline"]);
    expect(r.steps.at(-1)?.message).toEqual({ zh: "答复期限：2024-10-30", en: "reply deadline: 2024-10-30" });
  });

  it("counts across 春节 2025 and its make-up days", () => {
    // Received Mon 2025-01-20. 1–4 = 01-21..24, 5 = Sun 01-26 (make-up), 6 = 01-27,
    // 01-28..02-04 holiday, 7–9 = 02-05..07, 10 = Sat 02-08 (make-up), 11–15 = 02-10..14,
    // 16–20 = 02-17..21.
    expect(deadlineOf({ receivedDate: "2025-01-20" }).deadline).toBe("2025-02-21");
  });

  it("counts across the extended 春节 2020 (holiday until 2 February)", () => {
    // Received Mon 2020-01-20. 1–3 = 01-21..23, 01-24..02-02 holiday, 4–8 = 02-03..07,
    // 9–13 = 02-10..14, 14–18 = 02-17..21, 19–20 = 02-24..25.
    expect(deadlineOf({ receivedDate: "2020-01-20" }).deadline).toBe("2020-02-25");
  });

  it("is the day of receipt for an answer on the spot", () => {
    const r = deadlineOf({ receivedDate: "2024-10-08", onTheSpot: true });
    expect(r.deadline).toBe("2024-10-08");
    expect(r.steps.map((s) => s.kind)).toEqual(["received", "onTheSpot"]);
  });

  it("restarts the clock from the day the correction is received (第三十条)", () => {
    // Correction received Tue 2024-10-15. 1–4 = 10-16..18, 10-21 … 20 = Tue 11-12.
    const r = deadlineOf({
      receivedDate: "2024-09-27",
      correction: { requestedDate: "2024-10-08", receivedDate: "2024-10-15" },
    });
    expect(r.deadline).toBe("2024-11-12");
    expect(r.steps.map((s) => s.kind)).toEqual(["received", "correction", "period", "deadline"]);
    expect(r.steps[1]!.message.zh).toContain("重新计算");
  });

  it("gives no deadline when the correction never arrived (视为放弃申请)", () => {
    const r = deadlineOf({
      receivedDate: "2024-09-27",
      correction: { requestedDate: "2024-10-08", receivedDate: null },
    });
    expect(r.deadline).toBeNull();
    expect(r.reason?.zh).toContain("视为放弃申请");
    expect(r.reason?.en).toContain("abandoned");
  });

  it("adds an approved extension of up to 20 working days", () => {
    // 2024-10-30 + 10: 10-31, 11-01, 11-04..08, 11-11..13 → 11-13
    const ten = deadlineOf({ receivedDate: "2024-09-27", extension: { workingDays: 10 } });
    expect(ten.deadline).toBe("2024-11-13");
    expect(ten.steps.find((s) => s.kind === "extension")?.date).toBe("2024-11-13");
    // + 20: … 11-14, 15, 18..22, 25..27 → 11-27
    expect(deadlineOf({ receivedDate: "2024-09-27", extension: { workingDays: 20 } }).deadline).toBe(
      "2024-11-27",
    );
  });

  it("rejects an extension over 20 working days (APP-EXTENSION-MAX)", () => {
    const issues = issuesOf({
      id: "YC-2024-018",
      receivedDate: "2024-09-27",
      extension: { workingDays: 21 },
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: "APP-EXTENSION-MAX",
      severity: "error",
      location: { kind: "json", path: ["extension", "workingDays"] },
    });
    expect(issues[0]!.message.zh).toMatch(/^YC-2024-018：延长答复期限 21 个工作日/);
    expect(issues[0]!.message.zh).toContain("最长 20 个工作日");
  });

  it("does not count consultation days inside the period (第三十三条第三款)", () => {
    // 10-08..14 holds 6 working days (incl. make-up Sat 10-12), all inside the period:
    // 10-30 + 6 working days = 11-07
    const r = deadlineOf({
      receivedDate: "2024-09-27",
      consultations: [{ from: "2024-10-08", to: "2024-10-14" }],
    });
    expect(r.deadline).toBe("2024-11-07");
    const step = r.steps.find((s) => s.kind === "consultation");
    expect(step?.workingDays).toBe(6);
    expect(r.steps.at(-1)?.message.zh).toBe("答复期限：2024-11-07（20 + 不计入 6 个工作日）");
  });

  it("counts only the consultation days that fall inside the running period", () => {
    // 17 working days have run by Fri 10-25; 10-28..11-08 (10 working days) is skipped;
    // days 18–20 are 11-11..13.
    const partly = deadlineOf({
      receivedDate: "2024-09-27",
      consultations: [{ from: "2024-10-28", to: "2024-11-08" }],
    });
    expect(partly.deadline).toBe("2024-11-13");
    expect(partly.steps.find((s) => s.kind === "consultation")?.workingDays).toBe(10);
    // entirely before receipt or after the deadline: nothing changes
    const outside = deadlineOf({
      receivedDate: "2024-09-27",
      consultations: [
        { from: "2024-09-02", to: "2024-09-27" },
        { from: "2024-11-20", to: "2024-11-22" },
      ],
    });
    expect(outside.deadline).toBe("2024-10-30");
    expect(outside.steps.filter((s) => s.kind === "consultation").map((s) => s.workingDays)).toEqual([0, 0]);
  });

  it("counts a day covered by overlapping consultations once", () => {
    const r = deadlineOf({
      receivedDate: "2024-09-27",
      consultations: [
        { from: "2024-10-08", to: "2024-10-14" },
        { from: "2024-10-10", to: "2024-10-15" },
      ],
    });
    // 10-08..15: 7 working days → 10-30 + 7 = 11-08
    expect(r.deadline).toBe("2024-11-08");
  });

  it("does not count the fee-payment period by default, and can be told to", () => {
    // notice Thu 10-10, paid Wed 10-16: 10-11, Sat 10-12 (make-up), 10-14, 15, 16 = 5
    // working days → 10-30 + 5 = 11-06
    const app = { receivedDate: "2024-09-27", fee: { noticeDate: "2024-10-10", paidDate: "2024-10-16" } };
    const r = deadlineOf(app);
    expect(r.deadline).toBe("2024-11-06");
    expect(r.steps.find((s) => s.kind === "fee")?.workingDays).toBe(5);
    expect(deadlineOf(app, { excludeFeePeriod: false }).deadline).toBe("2024-10-30");
  });

  it("suspends the deadline while a fee is unpaid", () => {
    const unpaid = { receivedDate: "2024-09-27", fee: { noticeDate: "2024-10-10", paidDate: null } };
    const r = deadlineOf(unpaid);
    expect(r.deadline).toBeNull();
    expect(r.reason?.zh).toContain("未缴费");
    expect(deadlineOf(unpaid, { excludeFeePeriod: false }).deadline).toBe("2024-10-30");
  });

  it("combines correction, extension, consultation and fee", () => {
    // start 10-15 (correction) → 20 days = 11-12; + 5 extension = 11-19;
    // consultation 11-04..05 (2 days) and fee 10-21 → 10-23 (10-22, 10-23: 2 days) → 11-19 + 4 = 11-25
    const r = deadlineOf({
      receivedDate: "2024-09-27",
      correction: { requestedDate: "2024-10-08", receivedDate: "2024-10-15" },
      extension: { workingDays: 5 },
      consultations: [{ from: "2024-11-04", to: "2024-11-05" }],
      fee: { noticeDate: "2024-10-21", paidDate: "2024-10-23" },
    });
    expect(r.deadline).toBe("2024-11-25");
    expect(r.steps.map((s) => s.kind)).toEqual([
      "received",
      "correction",
      "period",
      "extension",
      "consultation",
      "fee",
      "deadline",
    ]);
    expect(r.steps.at(-1)?.message.en).toBe(
      "reply deadline: 2024-11-25 (20 + 5 extension + 4 not counted working days)",
    );
  });

  it("reports a date outside the holiday calendar as an issue, not a throw", () => {
    const late = issuesOf({ id: "X", receivedDate: "2026-12-20" });
    expect(late[0]).toMatchObject({
      code: "calendar-range",
      location: { kind: "json", path: ["receivedDate"] },
    });
    expect(late[0]!.message.zh).toContain("节假日日历不覆盖 2027 年");
    const early = issuesOf({ receivedDate: "2003-11-20" });
    expect(early[0]!.message.en).toContain("does not cover 2003");
  });

  it("locates every invalid or contradictory field", () => {
    const issues = issuesOf({
      id: "YC-9",
      receivedDate: "2024-02-30",
      correction: { requestedDate: "2024-10-10", receivedDate: "2024-10-09" },
      extension: { workingDays: 2.5 },
      consultations: [{ from: "2024-10-14", to: "2024-10-08" }],
      fee: { paidDate: "2024-10-16" },
    });
    expect(issues.map((i) => [i.code, pathOf(i)])).toEqual([
      ["invalid-date", ["receivedDate"]],
      ["date-order", ["correction", "receivedDate"]],
      ["invalid-extension", ["extension", "workingDays"]],
      ["date-order", ["consultations", 0, "to"]],
      ["fee-without-notice", ["fee", "noticeDate"]],
    ]);
    expect(issues.every((i) => i.message.zh.startsWith("YC-9：") && i.message.en.startsWith("YC-9: "))).toBe(
      true,
    );
    expect(issues[3]!.message.en).toBe("YC-9: the consultation ends before it starts");
  });

  it("never ends before 20 (+ extension) working days, nor on an excluded or non-working day", () => {
    const date = fc
      .date({
        min: new Date(Date.UTC(2004, 0, 1)),
        max: new Date(Date.UTC(2026, 3, 30)),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        date,
        fc.nat(20),
        fc.array(fc.tuple(fc.nat(60), fc.nat(15)), { maxLength: 3 }),
        (received, extension, spans) => {
          const consultations = spans.map(([offset, length]) => ({
            from: addWorkingDays(received, offset),
            to: addWorkingDays(received, offset + length),
          }));
          const r = deadlineOf({
            receivedDate: received,
            extension: { workingDays: extension },
            consultations,
          });
          const deadline = r.deadline!;
          const plain = addWorkingDays(received, 20 + extension);
          expect(deadline >= plain).toBe(true);
          expect(isWorkingDay(deadline)).toBe(true);
          expect(consultations.some((c) => c.from <= deadline && deadline <= c.to)).toBe(false);
          const excluded = r.steps.reduce((n, s) => n + (s.kind === "consultation" ? s.workingDays! : 0), 0);
          expect(workingDaysBetween(received, deadline)).toBe(20 + extension + excluded);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("isOverdue", () => {
  const app = { receivedDate: "2024-09-27" }; // deadline 2024-10-30
  it("compares the reply date with the deadline", () => {
    expect(isOverdue({ ...app, completedDate: "2024-10-30" })).toBe(false);
    expect(isOverdue({ ...app, completedDate: "2024-10-31" })).toBe(true);
  });
  it("judges open applications as of a day", () => {
    expect(isOverdue({ ...app, completedDate: null }, "2024-10-30")).toBe(false);
    expect(isOverdue({ ...app, completedDate: null }, "2024-10-31")).toBe(true);
    expect(isOverdue({ ...app, completedDate: null })).toBeNull();
    // answered after asOf: still open on asOf
    expect(isOverdue({ ...app, completedDate: "2024-11-05" }, "2024-10-20")).toBe(false);
  });
  it("is null when no reply is owed or the record is invalid", () => {
    expect(
      isOverdue({ ...app, correction: { requestedDate: "2024-10-08" }, completedDate: null }, "2024-12-31"),
    ).toBeNull();
    expect(isOverdue({ receivedDate: "2024-13-01", completedDate: "2024-12-01" })).toBeNull();
    expect(isOverdue({ ...app, completedDate: "31/10/2024" })).toBeNull();
  });
  it("throws on a malformed asOf", () => {
    expect(() => isOverdue(app, "2024/10/31")).toThrow(RangeError);
  });
});

describe("correctionNoticeLate", () => {
  it("allows 7 working days after receipt (第三十条)", () => {
    // 2024-09-27: 1 = 09-29, 2 = 09-30, 3–6 = 10-08..11, 7 = Sat 10-12 (make-up)
    const c = (requestedDate: string) => ({ receivedDate: "2024-09-27", correction: { requestedDate } });
    expect(correctionNoticeLate(c("2024-10-08"))).toBe(false);
    expect(correctionNoticeLate(c("2024-10-12"))).toBe(false);
    expect(correctionNoticeLate(c("2024-10-13"))).toBe(true); // Sunday, after the 7th day
    expect(correctionNoticeLate(c("2024-10-14"))).toBe(true);
  });
  it("is null without a correction or with bad dates", () => {
    expect(correctionNoticeLate({ receivedDate: "2024-09-27" })).toBeNull();
    expect(
      correctionNoticeLate({ receivedDate: "2024-09-27", correction: { requestedDate: "x" } }),
    ).toBeNull();
    expect(
      correctionNoticeLate({ receivedDate: "2026-12-28", correction: { requestedDate: "2027-01-05" } }),
    ).toBeNull();
  });
});

describe("overdueByUnit", () => {
  const records = [
    { id: "CZ-01", unit: "盐池县财政局", receivedDate: "2024-09-27", completedDate: "2024-10-31" },
    { id: "CZ-02", unit: "盐池县财政局", receivedDate: "2024-09-27", completedDate: "2024-10-30" },
    { id: "CZ-03", unit: "盐池县财政局", receivedDate: "2024-11-01", completedDate: null },
    { unit: "花马池镇人民政府", receivedDate: "2024-09-27", completedDate: null },
    { id: "HM-02", unit: "花马池镇人民政府", receivedDate: "2024-09-27", extension: { workingDays: 25 } },
    {
      id: "HM-03",
      unit: "花马池镇人民政府",
      receivedDate: "2024-09-27",
      correction: { requestedDate: "2024-10-08", receivedDate: null },
    },
    { id: "ZF-01", unit: "盐池县人民政府办公室", receivedDate: "2024-09-27", completedDate: "2024-10-29" },
  ];

  it("gives one warning per unit with overdue applications, as of a day", () => {
    const findings = overdueByUnit(records, "2024-12-31");
    const overdue = findings.filter((f) => f.overdue);
    expect(overdue.map((f) => [f.unit, f.count, f.ids])).toEqual([
      ["盐池县财政局", 2, ["CZ-01", "CZ-03"]],
      ["花马池镇人民政府", 1, ["#4"]],
    ]);
    expect(overdue[0]).toMatchObject({ rule: "APP-REPLY-DEADLINE", severity: "warning", cells: [] });
    expect(overdue[0]!.message.zh).toBe("盐池县财政局：2 件政府信息公开申请超过答复期限（CZ-01、CZ-03）");
    expect(overdue[0]!.overdue).toEqual([
      { id: "CZ-01", deadline: "2024-10-30", completedDate: "2024-10-31" },
      // 2024-11-01 + 20 working days = 2024-11-29
      { id: "CZ-03", deadline: "2024-11-29", completedDate: null },
    ]);
  });

  it("reports records it cannot check instead of dropping them", () => {
    const unchecked = overdueByUnit(records, "2024-12-31").filter((f) => f.issues);
    expect(unchecked).toHaveLength(1);
    expect(unchecked[0]).toMatchObject({ unit: "花马池镇人民政府", count: 1, ids: ["HM-02"] });
    expect(unchecked[0]!.issues![0]!.code).toBe("APP-EXTENSION-MAX");
    expect(unchecked[0]!.message.zh).toContain("无法核对答复期限");
  });

  it("judges only answered applications without asOf", () => {
    const findings = overdueByUnit(records).filter((f) => f.overdue);
    expect(findings.map((f) => f.ids)).toEqual([["CZ-01"]]);
  });

  it("accepts any iterable, e.g. a generator", () => {
    function* gen() {
      yield* records;
    }
    expect(overdueByUnit(gen(), "2024-12-31")).toEqual(overdueByUnit(records, "2024-12-31"));
  });
});
