import { getFormat } from "@disclosure/schema";
import { describe, expect, it } from "vitest";
import { findLabels, isHeaderFragment, labelIndex, normalizeLabel } from "./labels.js";

const t3 = labelIndex(getFormat("2021"), "table3");
const codes = (text: string, idx = t3) => findLabels(normalizeLabel(text), idx).map((m) => m.code);

describe("normalizeLabel", () => {
  it("drops spaces, quotes and markup; unifies brackets, commas, colons and numbering", () => {
    expect(normalizeLabel("（二）部分公开（区分处理的， 只计这一情 形，不计其他情形）")).toBe(
      "(二)部分公开(区分处理的,只计这一情形,不计其他情形)",
    );
    expect(normalizeLabel("3.危及「三安全一稳定」")).toBe(normalizeLabel("3.危及“三安全一稳定”"));
    expect(normalizeLabel("１、属于国家秘密")).toBe("1.属于国家秘密");
    expect(normalizeLabel("本年收费金额(单位:万元)")).toBe(normalizeLabel("本年收费金额（单位：万元）"));
    expect(normalizeLabel("| **（七）总计** |")).toBe("(七)总计");
  });
});

describe("findLabels", () => {
  it("finds the format's labels and its aliases (typos and variants of real reports)", () => {
    expect(codes("2.其他法律行政止公开")).toEqual(["withheld.lawProhibited"]);
    expect(codes("（二）部分公开(区分处理的,只计这一情况,不计其他情形)")).toEqual(["partlyGranted"]);
    expect(codes("规范性文件", labelIndex(getFormat("2021"), "table2"))).toEqual(["normativeDocuments"]);
    expect(codes("行政规范性文件", labelIndex(getFormat("2021"), "table2"))).toEqual(["normativeDocuments"]);
  });

  it("finds row and group labels run together, in order", () => {
    expect(codes("三、本年度办理结果（三）不予公开1.属于国家秘密")).toEqual([
      "results",
      "withheld",
      "withheld.stateSecret",
    ]);
  });

  it("matches a label without its numbering only when that text names one row", () => {
    expect(codes("本年新收政府信息公开申请数量")).toEqual(["received"]);
    expect(codes("其他")).toEqual([]); // 3.其他, and a column label too
    expect(codes("3.其他")).toEqual(["otherHandling.other"]);
  });

  it("matches a label cut off at a line break by its start", () => {
    const m = findLabels(normalizeLabel("1.申请人无正当理由逾期"), t3);
    expect(m).toEqual([{ kind: "row", code: "otherHandling.noCorrection", start: 0, end: 12, by: "prefix" }]);
    expect(findLabels(normalizeLabel("1.申请人"), t3)).toEqual([]); // too short to tell
  });
});

describe("isHeaderFragment", () => {
  const t4 = labelIndex(getFormat("2021"), "table4");
  it("tells header words from narrative", () => {
    expect(isHeaderFragment(normalizeLabel("行政诉讼（未经复议直接起诉）"), t4)).toBe(true);
    expect(isHeaderFragment(normalizeLabel("总 计"), t4)).toBe(true);
    expect(isHeaderFragment(normalizeLabel("（一）主要问题"), t4)).toBe(false);
  });
});
