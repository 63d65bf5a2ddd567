import { writeCatalogCsv, writeCatalogXlsx } from "@disclosure/catalog";
import { yanchiCatalog, yanchiPublications2020 } from "@disclosure/fixtures-catalog";
import { describe, expect, it } from "vitest";
import { cli } from "./helpers.js";

describe("disclosure catalog", () => {
  it("coverage of the sample county's 2020 publications against its catalog (XLSX)", async () => {
    const catalog = yanchiCatalog();
    const xlsx = await writeCatalogXlsx(catalog);
    const pubs = [...yanchiPublications2020()].map((p) => JSON.stringify(p)).join("\n");
    const r = await cli(
      ["catalog", "coverage", "c.xlsx", "p.jsonl", "--from", "2020-01-01", "--to", "2020-12-31", "--json"],
      {
        "c.xlsx": xlsx,
        "p.jsonl": pubs,
      },
    );
    const out = JSON.parse(r.stdout);
    expect(out.totals.publications).toBeGreaterThan(40000);
    expect(out.rejectedPublications).toBe(0);
    expect(out.byArea.length).toBeGreaterThan(10);
    const text = await cli(
      ["catalog", "coverage", "c.xlsx", "p.jsonl", "--from", "2020-01-01", "--to", "2020-12-31"],
      {
        "c.xlsx": xlsx,
        "p.jsonl": pubs,
      },
    );
    expect(text.stdout).toMatch(/社会救助：公开 \d+ 条/);
  });

  it("locates a bad publication line and needs --from/--to", async () => {
    const csv = (await writeCatalogCsv(yanchiCatalog(), { encoding: "gbk" })).bytes;
    const pubs =
      '{"title":"x","unit":"盐池县民政局","date":"2020-03-01"}\n{"title":"y","date":"2020-03-02"}\n';
    const r = await cli(
      ["catalog", "coverage", "c.csv", "p.jsonl", "--from", "2020-01-01", "--to", "2020-12-31"],
      { "c.csv": csv, "p.jsonl": pubs },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("p.jsonl:2");
    expect(
      (await cli(["catalog", "coverage", "c.csv", "p.jsonl"], { "c.csv": csv, "p.jsonl": pubs })).code,
    ).toBe(2);
  });

  it("diffs two catalog versions", async () => {
    const a = yanchiCatalog();
    const b = {
      ...a,
      items: a.items.slice(1).map((it, i) => (i === 0 ? { ...it, basis: `${it.basis}；《新规定》` } : it)),
    };
    const r = await cli(["catalog", "diff", "a.json", "b.json", "--json"], {
      "a.json": JSON.stringify(a),
      "b.json": JSON.stringify(b),
    });
    const d = JSON.parse(r.stdout);
    expect(d.removed).toHaveLength(1);
    expect(d.changed).toHaveLength(1);
    expect(d.changed[0].changes[0].field).toBe("basis");
  });
});
