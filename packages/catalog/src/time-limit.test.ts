import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ParsedTimeLimit, SimpleRule, TimeLimitRule } from "./item.js";
import { PROPOSED_TIME_LIMIT_WORDINGS, TIME_LIMIT_EXAMPLES } from "./standard/time-limit-examples.js";
import { parseTimeLimit, resolveSameAsAbove } from "./time-limit.js";

describe("parseTimeLimit on the wordings of real catalogs (catalog.md §4.3)", () => {
  const cases = TIME_LIMIT_EXAMPLES.flatMap((ex) => ex.wordings.map((w) => [ex.n, w, ex] as const));
  it("covers the 35 rows", () => {
    expect(TIME_LIMIT_EXAMPLES.map((e) => e.n)).toEqual(Array.from({ length: 35 }, (_, i) => i + 1));
  });
  it.each(cases)("row %i: %s", (_n, wording, ex) => {
    const parsed = parseTimeLimit(wording);
    expect(parsed.raw).toBe(wording);
    expect(parsed.rule).toEqual(ex.rule);
    expect(parsed.displayPeriod).toEqual(ex.displayPeriod);
    expect(parsed.consultationPeriod).toEqual(ex.consultationPeriod);
    expect(parsed.lawOverrides).toEqual(ex.lawOverrides);
    expect(parsed.warning).toBeUndefined();
  });
  it.each(PROPOSED_TIME_LIMIT_WORDINGS.map((p) => [p.wording, p.rule] as const))(
    "proposed: %s",
    (w, rule) => {
      expect(parseTimeLimit(w).rule).toEqual(rule);
    },
  );
});

describe("parseTimeLimit normalisation", () => {
  const within20 = { kind: "within", start: "formedOrChanged", limit: { amount: 20, unit: "workingDay" } };
  it("reads Traditional characters as mirrors serve them", () => {
    expect(parseTimeLimit("信息形成或變更之日起20個工作日內").rule).toEqual(within20);
  });
  it("reads a phrase broken over six lines (锡林浩特市)", () => {
    expect(parseTimeLimit("自信息形\n成或者变\n更之日起\n20个工作\n日内予以\n公开").rule).toEqual(within20);
  });
  it("reads full-width digits and Chinese numerals", () => {
    expect(parseTimeLimit("信息形成或变更之日起２０个工作日内").rule).toEqual(within20);
    expect(parseTimeLimit("信息形成或变更之日起二十个工作日内").rule).toEqual(within20);
    expect(parseTimeLimit("自作出行政决定之日起七个工作日内").rule).toEqual({
      kind: "within",
      start: "decisionMade",
      limit: { amount: 7, unit: "workingDay" },
    });
  });
  it("reads hours, but not a clock whose start the phrase does not name (义务教育 舆情)", () => {
    expect(parseTimeLimit("5小时内").rule).toEqual({
      kind: "within",
      start: "formedOrChanged",
      limit: { amount: 5, unit: "hour" },
    });
    expect(parseTimeLimit("最迟要在5小时内发布权威信息").rule.kind).toBe("unparsed");
  });
  it("keeps the note of 荣昌区's 公开要求", () => {
    expect(parseTimeLimit(TIME_LIMIT_EXAMPLES[31]?.wordings[0] ?? "").note).toContain("保持数据同源");
  });
});

describe("parseTimeLimit never guesses", () => {
  it.each(["看情况", "尽快", "公告期限为5个", "信息形成后适时", "20个"])(
    "%s → unparsed with a warning",
    (w) => {
      const parsed = parseTimeLimit(w);
      expect(parsed.rule).toEqual({ kind: "unparsed", text: w });
      expect(parsed.warning?.zh).toContain(w);
      expect(parsed.warning?.en).toContain("unrecognised");
    },
  );
  it("an empty cell is unparsed", () => {
    expect(parseTimeLimit("  ").rule.kind).toBe("unparsed");
    expect(parseTimeLimit("").warning?.en).toBe("the time limit is empty");
  });
  it("never throws and always keeps the raw text (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const parsed = parseTimeLimit(s);
        expect(parsed.raw).toBe(s);
        if (parsed.rule.kind === "unparsed") expect(parsed.warning).toBeDefined();
      }),
      { numRuns: 2000 },
    );
  });
  it("reads any number of working days after the 条例 wording (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 365 }), (n) => {
        expect(parseTimeLimit(`自该政府信息形成或者变更之日起${n}个工作日内`).rule).toEqual({
          kind: "within",
          start: "formedOrChanged",
          limit: { amount: n, unit: "workingDay" },
        });
      }),
    );
  });
});

describe("resolveSameAsAbove", () => {
  it("takes the rule of the row above and keeps 同上 as printed", () => {
    const above = parseTimeLimit("制定或获取信息之日起10个工作日内，公示7个工作日");
    const resolved = resolveSameAsAbove(parseTimeLimit("同上"), above);
    expect(resolved.raw).toBe("同上");
    expect(resolved.rule).toEqual(above.rule);
    expect(resolved.displayPeriod).toEqual({ amount: 7, unit: "workingDay" });
  });
  it("warns when there is no row above", () => {
    expect(resolveSameAsAbove(parseTimeLimit("同上"), undefined).warning?.zh).toContain("同上");
  });
});

describe("the other wordings of catalog.md", () => {
  it("§3.4's copy of row 22 with ASCII punctuation and a space reads as row 22", () => {
    expect(
      parseTimeLimit("1.除处罚决定外其他内容:长期公开(动态调整); 2.处罚决定:20个工作日内。").rule,
    ).toEqual(TIME_LIMIT_EXAMPLES[21]?.rule);
  });
  it.each([
    ["及时公开，公告期限为5个", "row 17 as stored, cut off after 5个"],
    [
      "信息形成或者变更之日起20个工作日内予以公开；征求意见期限不得少于30",
      "row 35 as stored, cut off after 30",
    ],
    ["最迟要在5小时内发布权威信息，在24小时内举行新闻发布会", "§4.4, 义务教育 舆情"],
  ])("%s (%s) is unparsed: a number without its unit, or two clocks without a start", (w) => {
    expect(parseTimeLimit(w).rule.kind).toBe("unparsed");
  });
});

describe("periodic wordings and their due dates", () => {
  const wd = (amount: number) => ({ amount, unit: "workingDay" as const });
  const cal = (amount: number) => ({ amount, unit: "calendarDay" as const });
  it.each<[string, TimeLimitRule]>([
    ["各季度结束后15日内", { kind: "periodic", every: "quarter", due: { afterEnd: cal(15) } }],
    ["每季度结束后15个工作日内", { kind: "periodic", every: "quarter", due: { afterEnd: wd(15) } }],
    ["每个季度结束后十五个工作日内公开", { kind: "periodic", every: "quarter", due: { afterEnd: wd(15) } }],
    ["每月结束后5个工作日内", { kind: "periodic", every: "month", due: { afterEnd: wd(5) } }],
    [
      "每季度结束后24小时内",
      { kind: "periodic", every: "quarter", due: { afterEnd: { amount: 24, unit: "hour" } } },
    ],
    [
      "每半年结束后1个月内",
      { kind: "periodic", every: "halfYear", due: { afterEnd: { amount: 1, unit: "month" } } },
    ],
    [
      "年度终了后3个月内",
      { kind: "periodic", every: "year", due: { afterEnd: { amount: 3, unit: "month" } } },
    ],
    ["每月10日前", { kind: "periodic", every: "month", due: { day: 10, month: "next" } }],
    [
      "每月10日前公开上月低保金发放情况",
      { kind: "periodic", every: "month", due: { day: 10, month: "next" } },
    ],
    ["每月5日前公开当月救助对象名单", { kind: "periodic", every: "month", due: { day: 5, month: "same" } }],
    ["每年3月底前", { kind: "annualDate", month: 3, day: 31, covers: "currentYear" }],
    ["每年三月底前公开上一年度工作总结", { kind: "annualDate", month: 3, day: 31, covers: "previousYear" }],
    ["每年第一季度", { kind: "annualDate", month: 3, day: 31, covers: "currentYear" }],
    ["每年一季度公开上年度决算", { kind: "annualDate", month: 3, day: 31, covers: "previousYear" }],
    ["每年上半年", { kind: "annualDate", month: 6, day: 30, covers: "currentYear" }],
    ["上半年、下半年各公开一次", { kind: "periodic", every: "halfYear" }],
    [
      "上半年信息于7月31日前公开，下半年信息于次年1月31日前公开",
      { kind: "periodic", every: "halfYear", due: { day: 31, month: "next" } },
    ],
  ])("%s", (w, rule) => {
    const parsed = parseTimeLimit(w);
    expect(parsed.rule).toEqual(rule);
    expect(parsed.warning).toBeUndefined();
  });
  it.each([
    ["每月5日前公开当月和上月数据", "当月"],
    ["每季度结束后15日左右", "左右"],
    ["每年1月31日前后", "前后"],
    ["每月32日前", "32日"],
    ["每年13月底前", "13月"],
    ["上半年信息于7月31日前公开，下半年信息于次年1月15日前公开", "次年1月15日"],
    ["上半年", "上半年"],
    ["每季度公开2次", "2"],
  ])("%s is unparsed", (w, part) => {
    const parsed = parseTimeLimit(w);
    expect(parsed.rule.kind).toBe("unparsed");
    expect(parsed.warning?.zh).toContain(part);
  });
});

describe("parseTimeLimit never returns a number it did not read", () => {
  it.each([
    ["1.5个月内", "1.5"],
    ["0.5个工作日内", "0.5"],
    ["信息形成之日起1.5个月内", "1.5"],
    ["信息形成之日起-5个工作日内", "-5"],
    ["1e5个工作日内", "1e5"],
    ["10个工作日或15日内", "或15日内"],
    ["信息形成之日起10个工作日内，但不超过3日", "但不超过3日"],
    ["信息形成之日起20个工作日内公开2次", "公开2次"],
    ["5至10个工作日内", "5至10"],
    ["10～20个工作日内", "10~20"],
    ["信息形成之日起二二个工作日内", "二二个工作日"],
    ["信息形成之日起半个月内", "半个月"],
    ["5、10个工作日内", "5、"],
    ["信息形成之日起约20个工作日内", "之日起约"],
    ["信息形成之日起20个工作日以上", "以上"],
  ])("%s → unparsed, naming %s", (w, part) => {
    const parsed = parseTimeLimit(w);
    expect(parsed.rule).toEqual({ kind: "unparsed", text: w });
    expect(parsed.warning?.zh).toContain(`“${part}”`);
    expect(parsed.warning?.en).toContain(`"${part}" not understood`);
  });

  const CN = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
  /** Every way of writing 0–999 in Chinese numerals, built independently of the parser. */
  const CHINESE_NUMERALS = new Map<string, number>([
    ["零", 0],
    ["〇", 0],
    ["两", 2],
  ]);
  const tensOf = (n: number) => {
    const [t, o] = [Math.floor(n / 10), n % 10];
    const ones = o === 0 ? "" : CN[o];
    return t === 1 ? [`十${ones}`, `一十${ones}`] : [`${CN[t]}十${ones}`];
  };
  for (let n = 1; n < 1000; n++) {
    const forms: string[] = [];
    if (n < 10) forms.push(CN[n] ?? "");
    else if (n < 100) forms.push(...tensOf(n));
    else {
      const h = Math.floor(n / 100);
      const rest = n % 100;
      const tail =
        rest === 0
          ? [""]
          : rest < 10
            ? [`零${CN[rest]}`]
            : rest < 20
              ? [`一十${CN[rest % 10] === "零" ? "" : CN[rest % 10]}`]
              : tensOf(rest);
      for (const head of h === 2 ? ["二百", "两百"] : [`${CN[h]}百`])
        for (const t of tail) forms.push(head + t);
    }
    for (const f of forms) CHINESE_NUMERALS.set(f, n);
  }
  /** The numbers a text holds: Arabic tokens read whole (1.5, -5, 1e5 as such) and Chinese numerals. */
  const numbersIn = (text: string): Set<number> => {
    const t = text.normalize("NFKC");
    const out = new Set<number>();
    for (const m of t.matchAll(/[-−]?\d+(?:\.\d+)?(?:[eE][-+−]?\d+)?/gu))
      out.add(Number(m[0].replace("−", "-")));
    for (const m of t.matchAll(/[零〇一二两三四五六七八九十百]+/gu)) {
      const n = CHINESE_NUMERALS.get(m[0]);
      if (n !== undefined) out.add(n);
    }
    return out;
  };
  const lastDay = (month: number) => [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  const simple = (rule: TimeLimitRule): SimpleRule[] =>
    rule.kind === "composite" ? rule.parts.map((p) => p.rule) : [rule];
  /** Numbers of the result not in the text; a date read from words (3月底, 第一季度, 上半年) is that date. */
  const unread = (text: string, parsed: ParsedTimeLimit): number[] => {
    const have = numbersIn(text);
    const t = text.normalize("NFKC");
    const wordDate = (month: number, day: number) =>
      (/月[底末]/u.test(t) && have.has(month) && day === lastDay(month)) ||
      (t.includes("季度") && month % 3 === 0 && day === lastDay(month)) ||
      (t.includes("上半年") && month === 6 && day === 30) ||
      (t.includes("下半年") && month === 12 && day === 31);
    const out: number[] = [];
    const need = (n: number) => {
      if (!have.has(n)) out.push(n);
    };
    for (const r of simple(parsed.rule)) {
      if (r.kind === "within") need(r.limit.amount);
      if (r.kind === "periodic" && r.due) need("afterEnd" in r.due ? r.due.afterEnd.amount : r.due.day);
      if (r.kind === "annualDate" && !wordDate(r.month, r.day)) {
        need(r.month);
        need(r.day);
      }
    }
    if (parsed.displayPeriod) need(parsed.displayPeriod.amount);
    if (parsed.consultationPeriod) need(parsed.consultationPeriod.amount);
    return out;
  };

  const FORMS = [
    "自该信息形成或者变更之日起#个工作日内",
    "信息形成（变更）#个工作日内",
    "#个工作日",
    "#工作日内公开",
    "#小时内",
    "部门预算经本级财政部门批复后#日内公开",
    "本级人民代表大会或其常务委员会批准后#日内",
    "执法决定信息在决定作出之日起#个工作日内公开，其他相关信息形成或变更之日起20个工作日内公开",
    "1.除处罚决定外其他内容：长期公开（动态调整）；2.处罚决定：#个工作日内。",
    "制定或获取信息之日起10个工作日内，公示#个工作日",
    "信息形成或者变更之日起20个工作日内予以公开；征求意见期限不得少于#日",
    "各季度结束后#日内",
    "每季度结束后#个工作日内",
    "每月结束后#个工作日内",
    "每年度结束后#个月内",
    "每月#日前公开上月低保金发放情况",
    "每年1月#日前公开上一年度公开年度报告",
    "每年#月底前",
    "每年#月20日前",
    "上半年信息于7月#日前公开，下半年信息于次年1月#日前公开",
  ];
  const chinese = (n: number) => [...CHINESE_NUMERALS].find(([, v]) => v === n)?.[0] ?? String(n);
  const numberText = fc.oneof(
    fc.integer({ min: 0, max: 400 }).map(String),
    fc
      .integer({ min: 0, max: 400 })
      .map((n) => String(n).replace(/\d/gu, (d) => String.fromCharCode(0xff10 + Number(d)))),
    fc.integer({ min: 0, max: 120 }).map(chinese),
  );
  /** Mostly nothing, sometimes one of the words: so that some wordings stay readable. */
  const sometimes = (arb: fc.Arbitrary<string>) =>
    fc.oneof({ weight: 2, arbitrary: fc.constant("") }, { weight: 1, arbitrary: arb });
  const around = (words: string[]) => sometimes(fc.constantFrom(...words));
  const pieces = [
    "1",
    "2.5",
    "-",
    "+",
    "−",
    "e3",
    ".",
    "．",
    "－",
    "或",
    "至",
    "～",
    "约",
    "左右",
    "以上",
    "不超过",
    "15日",
    "个工作日",
    "内",
    "日",
    "前",
    "后",
    "月",
    "十",
    "二",
    "半",
    "，",
    "；",
    "。",
    "1.",
    "2、",
    "每年",
    "每月",
    "每季度",
    "上半年",
    "下半年",
    "次年7月31日前",
    "第一季度",
    "公示3个工作日",
    "信息形成之日起",
  ];
  const wording = fc
    .record({
      form: fc.constantFrom(...FORMS),
      n: numberText,
      before: around(["-", "+", "−", ".", "0.", "1.", "约", "第", "1", "5至", "10~", "、", "e", "二"]),
      after: around([".5", "e5", "e", ".", "至20", "-30", "~15", "或3", "0", "十", "1"]),
      prefix: sometimes(
        fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 3 }).map((a) => a.join("")),
      ),
      suffix: sometimes(
        fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 3 }).map((a) => a.join("")),
      ),
      insert: fc.option(
        fc.tuple(fc.nat(), fc.constantFrom("3", "1.5", "-2", "十五", "二", "7个工作日", "15日", "1e2")),
        {
          freq: 2,
        },
      ),
    })
    .map(({ form, n, before, after, prefix, suffix, insert }) => {
      let w = prefix + form.replaceAll("#", before + n + after) + suffix;
      if (insert) {
        const at = insert[0] % (w.length + 1);
        w = w.slice(0, at) + insert[1] + w.slice(at);
      }
      return w;
    });

  it("reads every number whole from the text, or leaves the cell unparsed (property)", () => {
    let read = 0;
    const runs = 5000;
    fc.assert(
      fc.property(wording, (w) => {
        const parsed = parseTimeLimit(w);
        if (parsed.rule.kind !== "unparsed") read++;
        expect(unread(w, parsed)).toEqual([]);
      }),
      { numRuns: runs },
    );
    // Not vacuous: many of the wordings are read.
    expect(read).toBeGreaterThan(runs / 10);
  });

  it("reads the plain forms (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...FORMS), fc.integer({ min: 1, max: 12 }), (form, n) => {
        const w = form.replaceAll("#", String(n));
        const parsed = parseTimeLimit(w);
        expect(parsed.rule.kind).not.toBe("unparsed");
        expect(unread(w, parsed)).toEqual([]);
      }),
    );
  });
});
