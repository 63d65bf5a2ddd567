import { describe, expect, it } from "vitest";
import { rules, yanchi } from "../../test/check-helpers.js";
import { check, publicationDeadline } from "./index.js";

describe("publicationDeadline", () => {
  it("31 March for a county government, 31 January for departments and (by default) townships", () => {
    expect(publicationDeadline(2020, "county")).toBe("2021-03-31");
    expect(publicationDeadline(2020, "department")).toBe("2021-01-31");
    expect(publicationDeadline(2020, "township")).toBe("2021-01-31");
    expect(publicationDeadline(2020, "township", "02-28")).toBe("2021-02-28");
    expect(publicationDeadline(2023, "township", "02-30")).toBe("2024-01-31");
  });
});

describe("DEADLINE", () => {
  it("accepts 沭阳县人民政府's report on 2025 published 2026-01-23", () => {
    expect(rules(check(yanchi("2021", 2025, { publishedDate: "2026-01-23" })))).not.toContain("DEADLINE");
  });

  it("warns on a department's report published after 31 January, with the days late", () => {
    const dept = yanchi("2021", 2023, {
      agency: { name: "盐池县财政局", level: "department", tier: "county" },
      publishedDate: "2024-02-08",
    });
    const f = check(dept).find((x) => x.rule === "DEADLINE");
    expect(f).toMatchObject({ severity: "warning", expected: "<= 2024-01-31", actual: "2024-02-08" });
    expect(f?.message.zh).toBe(
      "盐池县财政局（部门）的2023年度报告应于2024-01-31前发布（条例第四十九条），实际发布于2024-02-08，晚8天",
    );
  });

  it("takes the date from the options, and the township deadline from the options", () => {
    const town = yanchi("2019", 2020, { agency: { name: "抚松县松江河镇人民政府", level: "township" } });
    expect(rules(check(town, { publishedDate: "2021-01-04" }))).not.toContain("DEADLINE");
    expect(rules(check(town, { publishedDate: "2021-02-10" }))).toContain("DEADLINE");
    expect(rules(check(town, { publishedDate: "2021-02-10", townshipDeadline: "03-31" }))).not.toContain(
      "DEADLINE",
    );
  });

  it("reports a date it cannot read instead of ignoring it", () => {
    expect(rules(check(yanchi("2021"), { publishedDate: "2022-02-30" }))).toContain("DEADLINE");
  });
});
