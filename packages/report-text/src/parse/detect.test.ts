import { decodeText } from "@disclosure/schema";
import fc from "fast-check";
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

  it("tells bytes as it tells their decoded text, in UTF-8, GB18030 and UTF-16 (property)", () => {
    const utf16 = (text: string, bigEndian: boolean) => {
      const out = new Uint8Array(text.length * 2);
      for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        out[2 * i + (bigEndian ? 1 : 0)] = unit & 0xff;
        out[2 * i + (bigEndian ? 0 : 1)] = unit >> 8;
      }
      return out;
    };
    const piece = fc.oneof(
      fc.constantFrom(
        "<table>",
        "</td>",
        "<p>",
        "%PDF-1.4",
        "%pdf",
        "%",
        "p",
        " ",
        "\u3000",
        "\uFEFF",
        "规章",
        "\n",
      ),
      fc.string({ maxLength: 4 }),
    );
    const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(""));
    const bytes = fc.oneof(
      text.map((t) => new TextEncoder().encode(t)),
      text.chain((t) => fc.boolean().map((be) => utf16(t, be))),
      fc.uint8Array({ maxLength: 40 }),
      fc
        .array(
          fc.oneof(
            fc.uint8Array({ maxLength: 3 }),
            fc.constantFrom(...[0x3c, 0x25, 0x50, 0x70, 0x00].map((b) => Uint8Array.of(b))),
          ),
          {
            maxLength: 16,
          },
        )
        .map((parts) => Uint8Array.from(parts.flatMap((p) => [...p]))),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        expect(sniffKind(b)).toBe(sniffKindDecoded(b));
      }),
      { numRuns: 2000 },
    );
  });
});

/** sniffKind of bytes the long way: magic numbers, else the decoded text's kind. */
function sniffKindDecoded(input: Uint8Array): string {
  if (input[0] === 0x25 && input[1] === 0x50 && input[2] === 0x44 && input[3] === 0x46) return "pdf";
  if (input[0] === 0x50 && input[1] === 0x4b && input[2] === 0x03 && input[3] === 0x04) return "docx";
  return sniffKind(decodeText(input.subarray(0, 4096), { html: false }).text);
}

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
