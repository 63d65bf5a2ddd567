import { describe, expect, it } from "vitest";
import { didYouMean, suggestKey } from "./suggest.js";

describe("suggestKey", () => {
  it("finds the key meant by a slip of the hand, and nothing for a word far from all", () => {
    expect(suggestKey("tabel3", ["table2", "table3", "table4"])).toBe("table3");
    expect(suggestKey("vaule", ["table", "row", "col", "value"])).toBe("value");
    expect(suggestKey("recievedDate", ["receivedDate", "completedDate", "result"])).toBe("receivedDate");
    expect(suggestKey("ApplicantType", ["applicantType", "applicantId"])).toBe("applicantType");
    expect(suggestKey("x", ["id", "name"])).toBeUndefined();
    expect(suggestKey("备注", ["table", "row", "col", "value"])).toBeUndefined();
    expect(suggestKey("table3", ["table3"])).toBeUndefined();
  });

  it("words the suggestion in both languages, or nothing", () => {
    expect(didYouMean("table3")).toEqual({ zh: "（是否应为 table3？）", en: " (did you mean table3?)" });
    expect(didYouMean(undefined)).toEqual({ zh: "", en: "" });
  });
});
