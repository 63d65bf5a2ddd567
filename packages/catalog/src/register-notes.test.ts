import { describe, expect, it } from "vitest";
import type { RegisterDocument } from "./register.js";
import { expiredInYear, registerFormatNote } from "./register-notes.js";
import { parseRegisterTable } from "./register-table.js";

describe("expiredInYear", () => {
  it("names the documents whose 有效期 ran out in the year, not the ones repealed before", () => {
    const { register } = parseRegisterTable(
      {
        rows: [
          ["文件名称", "文号", "类别", "印发日期", "有效期", "状态", "废止日期"],
          [
            "盐池县农村集体经济组织财务管理办法",
            "盐政规发〔2019〕5号",
            "行政规范性文件",
            "2019-08-20",
            "2年",
            "",
            "",
          ],
          [
            "盐池县城区停车管理暂行办法",
            "盐政规发〔2019〕3号",
            "行政规范性文件",
            "2019-05-06",
            "2021-12-31",
            "已废止",
            "2021-03-01",
          ],
          [
            "盐池县物业管理实施规定",
            "盐政规发〔2020〕4号",
            "行政规范性文件",
            "2020-06-18",
            "5年",
            "现行有效",
            "",
          ],
        ],
      },
      { file: "登记表.csv", unit: "盐池县人民政府" },
    );
    expect(expiredInYear(register.documents, 2021)).toEqual([
      {
        id: "盐政规发〔2019〕5号",
        title: "盐池县农村集体经济组织财务管理办法",
        docNumber: "盐政规发〔2019〕5号",
        expiresDate: "2021-08-19",
        source: { kind: "sheet", file: "登记表.csv", row: 2 },
      },
    ]);
    expect(expiredInYear(register.documents, 2020)).toEqual([]);
    const byCode: RegisterDocument = {
      type: "document",
      id: "x",
      kind: "rules",
      title: "某规章",
      issuedDate: "2018-01-01",
      expiresDate: "2021-01-01",
    };
    expect(expiredInYear([byCode], 2021).map((d) => d.id)).toEqual(["x"]);
  });
});

describe("registerFormatNote", () => {
  it("says that reports on 2019 and 2020 use the 2019 format, with its columns", () => {
    expect(registerFormatNote(2020)?.zh).toBe(
      "2020年度的年度报告使用2019年版格式（国办公开办函〔2019〕60号《中华人民共和国政府信息公开工作年度报告格式（试行）》），其表二第二十条第（一）项为“本年新制作数量、本年新公开数量、对外公开总数量”；以下按2021年版格式计出“本年制发件数、本年废止件数、现行有效件数”，不能照搬填入2020年度报告",
    );
    expect(registerFormatNote(2019)?.en).toContain("reports on 2019 use the 2019 format");
    expect(registerFormatNote(2021)).toBeUndefined();
  });
});
