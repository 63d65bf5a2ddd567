import { describe, expect, it } from "vitest";
import { checkCatalog } from "./check.js";
import type { CatalogItem } from "./item.js";
import { parseTimeLimit } from "./time-limit.js";

const base: CatalogItem = {
  area: "socialAssistance",
  item: { level1: "最低生活保障", level2: "审核确认结果" },
  content: "●保障对象姓名",
  basis: "《社会救助暂行办法》",
  timeLimit: parseTimeLimit("制定或获取信息之日起10个工作日内"),
  publisher: "盐池县民政局",
  channels: [{ code: "website", required: true }],
  audience: ["public"],
  mode: ["proactive"],
  source: { kind: "sheet", file: "民政局.xlsx", sheet: "社会救助", row: 5 },
};

describe("checkCatalog", () => {
  it("passes a well-formed row", () => {
    expect(checkCatalog([base])).toEqual([]);
  });
  it("flags each problem of a row, located where it was read", () => {
    const bad: CatalogItem = {
      ...base,
      area: { other: "统计" },
      timeLimit: parseTimeLimit("信息形成之日起30个工作日内"),
      audience: [],
      mode: [],
      channels: [{ code: "website", required: false }],
    };
    const f = checkCatalog({ items: [bad, bad] });
    expect(f.map((x) => x.rule)).toEqual([
      "CAT-AREA-ADDITIONAL",
      "CAT-TIME-LIMIT-LONG",
      "CAT-NO-AUDIENCE",
      "CAT-NO-MODE",
      "CAT-NO-CHANNEL",
      "CAT-TIME-LIMIT-LONG",
      "CAT-NO-AUDIENCE",
      "CAT-NO-MODE",
      "CAT-NO-CHANNEL",
      "CAT-DUPLICATE-ITEM",
    ]);
    expect(f[1]).toMatchObject({ severity: "warning", unit: "盐池县民政局", location: { row: 5 } });
    expect(f[1]?.message.zh).toBe(
      "“审核确认结果”（盐池县民政局，统计）的公开时限30个工作日长于条例第二十六条规定的20个工作日",
    );
  });
  it("accepts a longer limit when the row says a law provides otherwise, and flags unparsed ones", () => {
    const law = {
      ...base,
      timeLimit: parseTimeLimit(
        "信息形成或者变更之日起30个工作日内。法律、法规对政府信息公开的期限另有规定的，从其规定。",
      ),
    };
    expect(checkCatalog([law])).toEqual([]);
    const odd = { ...base, timeLimit: parseTimeLimit("看情况"), publisher: "" };
    expect(checkCatalog([odd]).map((x) => x.rule)).toEqual(["CAT-TIME-LIMIT-UNPARSED", "CAT-NO-PUBLISHER"]);
  });
});
