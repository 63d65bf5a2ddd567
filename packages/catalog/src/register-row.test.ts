import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gridLocator } from "./issue.js";
import type { RegisterDocument } from "./register.js";
import { findHeader, registerColumns } from "./register-header.js";
import {
  type RowCells,
  type RowContext,
  readEndDate,
  readIssuedDate,
  readKind,
  readRegisterRow,
  readStatus,
  readValidity,
  settleEnd,
} from "./register-row.js";
import { rowShape } from "./register-table.js";
import { sheetOf } from "../test/locations.js";

// The header of 盐池县人民政府's register as its office keeps it, 印发日期 preferred to 施行日期.
const HEADER = ["序号", "文件名称", "文号", "类别", "施行日期", "印发日期", "废止日期", "有效期", "状态"];

function context(): RowContext & { header: readonly string[] } {
  const found = findHeader([["盐池县人民政府行政规范性文件登记表"], HEADER]);
  if (!found) throw new Error("the header is not found");
  const { loc } = gridLocator({}, { file: "登记表.csv" });
  const labelOf = (c: number) => found.roles[c]?.label ?? "";
  return { col: registerColumns(found.roles), labelOf, loc, issues: [], header: HEADER };
}

/** A row of the register by column name. */
function row(values: Partial<Record<(typeof HEADER)[number], string>>, i = 2): RowCells {
  const cells = HEADER.map((h) => values[h] ?? "");
  return { i, at: (c) => (c >= 0 ? (cells[c] ?? "") : ""), start: cells.filter(Boolean).join(" | ") };
}

describe("the register header", () => {
  it("is found under the title, its issue dates ranked 印发 before 施行", () => {
    const found = findHeader([["盐池县人民政府行政规范性文件登记表"], HEADER]);
    expect(found?.at).toBe(1);
    const col = registerColumns(found?.roles ?? []);
    expect(col.issued).toEqual([5, 4]);
    expect([col.seq, col.title, col.docNumber, col.kind, col.endDate, col.validity, col.status]).toEqual([
      0, 1, 2, 3, 6, 7, 8,
    ]);
    expect(col.unit).toBe(-1);
  });

  it("is not found in rows of data", () => {
    expect(findHeader([["盐池县物业管理实施规定", "盐政规发〔2020〕4号", "2020/6/18"]])).toBeUndefined();
  });
});

describe("the shape of a body row", () => {
  const { col } = context();
  const key = HEADER.join("|");
  it("skips empty rows and rows numbered in advance, and a repeated header", () => {
    expect(rowShape(["", "", ""], undefined, 5, col, key)).toEqual({ shape: "skip", rows: 1 });
    expect(rowShape(["7", "", ""], undefined, 5, col, key)).toEqual({ shape: "skip", rows: 1 });
    expect(rowShape(HEADER, undefined, 5, col, key)).toEqual({ shape: "skip", rows: 1 });
  });

  it("tells a section title merged over the row from a row to read", () => {
    expect(rowShape(["二、已废止文件", "二、已废止文件"], undefined, 5, col, key)).toEqual({
      shape: "section",
      text: "二、已废止文件",
    });
    const r = rowShape(["1", "盐池县物业管理实施规定", "盐政规发〔2020〕4号"], undefined, 5, col, key);
    expect(r.shape === "row" && r.cells.start).toBe("1 | 盐池县物业管理实施规定 | 盐政规发〔2020〕4号");
  });
});

describe("the steps of reading a row", () => {
  it("kind: the 类别 cell, the register's where blank, other kinds not counted", () => {
    const ctx = context();
    expect(readKind(ctx, row({ 类别: "规章" }), "某规章", undefined)).toBe("rules");
    expect(readKind(ctx, row({}), "某文件", "normativeDocuments")).toBe("normativeDocuments");
    expect(readKind(ctx, row({ 类别: "会议纪要" }), "某纪要", undefined)).toEqual({ kind: "notCounted" });
    expect(readKind(ctx, row({}), "某文件", undefined)).toEqual({ kind: "rejected" });
    expect(ctx.issues.map((i) => i.code)).toEqual(["REG-READ-NOT-COUNTED", "REG-READ-ROW"]);
  });

  it("issue date: the preferred column with a date; a bad one beside a good one is a warning", () => {
    const ctx = context();
    expect(readIssuedDate(ctx, row({ 施行日期: "2020年7月1日", 印发日期: "2020/6/18" }), "甲")).toBe(
      "2020-06-18",
    );
    expect(readIssuedDate(ctx, row({ 施行日期: "2020.7.1", 印发日期: "待定" }), "乙")).toBe("2020-07-01");
    expect(ctx.issues.map((i) => [i.code, sheetOf(i.location).cell])).toEqual([["REG-READ-DATE", "F3"]]);
    expect(readIssuedDate(ctx, row({ 印发日期: "无" }), "丙")).toEqual({ kind: "rejected" });
  });

  it("status: the cell's word, the section's where blank, an unknown word left to the dates", () => {
    const ctx = context();
    expect(readStatus(ctx, row({ 状态: "已废止" }), "inForce")).toBe("repealed");
    expect(readStatus(ctx, row({}), "lapsed")).toBe("lapsed");
    expect(readStatus(ctx, row({ 状态: "暂停" }), "inForce")).toBeUndefined();
    expect(ctx.issues.map((i) => i.code)).toEqual(["REG-READ-STATUS"]);
  });

  it("end date and 有效期: read, or warned of and taken as none or as an end on an unknown date", () => {
    const ctx = context();
    expect(readEndDate(ctx, row({ 废止日期: "2021-06-30" }), "甲", undefined)).toEqual({
      endDate: "2021-06-30",
      endUnreadable: false,
    });
    expect(readEndDate(ctx, row({ 废止日期: "年底" }), "乙", "inForce")).toEqual({ endUnreadable: false });
    expect(readEndDate(ctx, row({ 废止日期: "年底" }), "丙", "repealed")).toEqual({ endUnreadable: true });
    expect(readValidity(ctx, row({ 有效期: "5年" }), "2019-08-20")).toBe("2024-08-19");
    expect(readValidity(ctx, row({ 有效期: "长期" }), "2019-08-20")).toBeUndefined();
    expect(ctx.issues.map((i) => i.code)).toEqual(["REG-READ-DATE", "REG-READ-DATE"]);
  });

  it("the end settled: an end date before the issue date rejects the row", () => {
    const ctx = context();
    const doc: RegisterDocument = {
      type: "document",
      id: "",
      kind: "rules",
      title: "甲",
      issuedDate: "2020-06-18",
    };
    const end = { status: "repealed" as const, endDate: "2020-01-01", endUnreadable: false };
    expect(settleEnd(ctx, row({}), doc, end)).toBe(false);
    expect(ctx.issues.map((i) => i.code)).toEqual(["REG-READ-ROW"]);
  });

  it("law: a repealed document with its date ends on that date, and is never also undated", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2010-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }),
        fc.integer({ min: 0, max: 4000 }),
        fc.constantFrom(undefined, "repealed" as const, "inForce" as const),
        (issued, days, status) => {
          const issuedDate = issued.toISOString().slice(0, 10);
          const endDate = new Date(issued.getTime() + days * 86_400_000).toISOString().slice(0, 10);
          const doc: RegisterDocument = { type: "document", id: "", kind: "rules", title: "甲", issuedDate };
          expect(settleEnd(context(), row({}), doc, { status, endDate, endUnreadable: false })).toBe(true);
          expect(doc.repealedDate).toBe(endDate);
          expect(doc.undatedEnd).toBeUndefined();
        },
      ),
    );
  });

  it("a whole row: a document with its 文号, unit and end", () => {
    const ctx = context();
    const r = readRegisterRow(
      ctx,
      row({
        文件名称: "盐池县城乡居民基本医疗保险实施办法",
        文号: "盐政规发〔2019〕2号",
        印发日期: "2019-03-12",
        废止日期: "2021-06-30",
        状态: "已废止",
      }),
      "normativeDocuments",
      undefined,
      "盐池县人民政府",
    );
    expect(r).toMatchObject({
      kind: "document",
      docNumber: "盐政规发〔2019〕2号",
      doc: {
        kind: "normativeDocuments",
        issuedDate: "2019-03-12",
        repealedDate: "2021-06-30",
        unit: "盐池县人民政府",
      },
    });
    expect(ctx.issues).toEqual([]);
  });
});
