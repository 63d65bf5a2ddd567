import { describe, expect, it } from "vitest";
import { normalizeLabel } from "./labels.js";
import {
  agencyLevel,
  detectFormat,
  detectTitle,
  looksTraditional,
  sniffKind,
  yearOfPeriod,
} from "./detect.js";

describe("sniffKind", () => {
  it("PDF, .docx, HTML, text", () => {
    expect(sniffKind(new TextEncoder().encode("%PDF-1.7\n"))).toBe("pdf");
    expect(sniffKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]))).toBe("docx");
    expect(sniffKind("<!DOCTYPE html><html>")).toBe("html");
    expect(sniffKind("\uFEFF  <table><tr><td>规章</td></tr></table>")).toBe("html");
    expect(sniffKind("一、总体情况\n共收到申请 <5 件")).toBe("text");
    expect(sniffKind("| 规章 | 0 |")).toBe("text");
  });
});

describe("looksTraditional", () => {
  it("by the frequent characters of each script", () => {
    expect(looksTraditional("一、總體情況 2022年,我縣認真貫徹落實《中華人民共和國政府信息公開條例》")).toBe(
      true,
    );
    expect(looksTraditional("一、总体情况 2022年，我县认真贯彻落实")).toBe(false);
  });
});

describe("detectTitle", () => {
  it("agency first, year first, over two lines, behind a breadcrumb", () => {
    expect(detectTitle(["淮安市洪泽区人民政府", "2024 年政府信息公开工作年度报告"])).toEqual({
      title: "淮安市洪泽区人民政府2024年政府信息公开工作年度报告",
      agency: "淮安市洪泽区人民政府",
      year: 2024,
      line: 1,
    });
    expect(detectTitle(["2019年上海市人民政府办公厅政府信息公开工作年度报告"])).toMatchObject({
      agency: "上海市人民政府办公厅",
      year: 2019,
    });
    expect(
      detectTitle([
        "当前位置： 首页政务公开政府信息公开年报 平潭综合实验区2021年度政府信息公开工作年度报告 来源：平潭县人民政府",
      ]),
    ).toMatchObject({ agency: "平潭综合实验区", year: 2021 });
    expect(
      detectTitle(["登录 | 注册", "抚松县松江河镇人民政府2020年政府信息公开工作年度报告"]),
    ).toMatchObject({
      agency: "抚松县松江河镇人民政府",
      line: 1,
    });
    expect(detectTitle(["一、总体情况"])).toEqual({});
  });

  it("the year of the statistical period", () => {
    expect(yearOfPeriod("报告中所列数据统计期限自 2024 年 1 月 1 日起至 2024 年 12 月 31 日止")).toBe(2024);
  });
});

describe("agencyLevel", () => {
  it("from the name", () => {
    expect(agencyLevel("淮安市洪泽区人民政府")).toBe("county");
    expect(agencyLevel("抚松县松江河镇人民政府")).toBe("township");
    expect(agencyLevel("沭阳县发展和改革局")).toBe("department");
    expect(agencyLevel("上海市人民政府办公厅")).toBe("department");
    expect(agencyLevel("上海市人民政府")).toBe("city");
    expect(agencyLevel("某某街道办事处")).toBe("subdistrict");
  });
});

describe("detectFormat", () => {
  it("by the labels only one format prints, else by the year", () => {
    expect(
      detectFormat(normalizeLabel("信息内容 本年新制作数量 本年新公开数量 对外公开总数量")),
    ).toMatchObject({
      format: "2019",
      by: "labels",
    });
    expect(
      detectFormat(normalizeLabel("信息内容 本年制发件数 本年废止件数 现行有效件数"), 2020),
    ).toMatchObject({
      format: "2021",
      by: "labels",
    });
    // 洪泽 2024 prints （六）其他处理 as one row, as the 2019 format does: still 2021 by table 二.
    expect(detectFormat(normalizeLabel("（六）其他处理 本年制发件数"))).toMatchObject({ format: "2021" });
    expect(detectFormat("", 2020)).toEqual({ format: "2019", by: "year", evidence: [] });
    expect(detectFormat("")).toEqual({ format: "2021", by: "default", evidence: [] });
  });
});
