import { encodeGbk, writeCatalogCsv, writeCatalogXlsx } from "@disclosure/catalog";
import { yanchiCatalog, yanchiPublications2020 } from "@disclosure/samples/catalog";
import { formats } from "@disclosure/schema";
import { describe, expect, it } from "vitest";
import { cli, present } from "./helpers.js";

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
    expect(r.stderr).toContain("错误 p.jsonl 第2行 “发布机构”列: 缺少发布机构，该条未计入 [CAT-PUB-ROW]");
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

describe("disclosure catalog register", () => {
  // 盐池县人民政府's register of 行政规范性文件 (illustrative numbers and dates), as a GBK CSV.
  const header =
    "盐池县人民政府行政规范性文件登记表,,,,,,\r\n序号,文件名称,文号,类别,印发日期,状态,废止日期\r\n";
  const rows = [
    "1,盐池县城乡居民基本医疗保险实施办法,盐政规发〔2019〕2号,行政规范性文件,2019-03-12,已废止,2021-06-30",
    "2,盐池县农村集体经济组织财务管理办法,盐政规发〔2019〕5号,行政规范性文件,2019/8/20,现行有效,",
    "3,盐池县抗震宜居农房改造建设实施方案,盐政规发〔2020〕3号,行政规范性文件,2020年4月10日,已废止,2020-12-15",
    "4,盐池县物业管理实施规定,盐政规发〔2020〕4号,行政规范性文件,2020.6.18,现行有效,",
    "5,盐池县城市建设用地容积率管理办法,盐政规发〔2020〕5号,规范性文件,2020-09-01,已废止,2021年11月30日",
    "6,盐池县滩羊产业高质量发展扶持办法,盐政规发〔2021〕1号,行政规范性文件,2021-04-08,现行有效,",
    "7,盐池县城乡居民基本医疗保险实施办法,盐政规发〔2021〕2号,行政规范性文件,2021-06-30,现行有效,",
  ];
  const gbk = (lines: string[]) => encodeGbk(`${header}${lines.join("\r\n")}\r\n`).bytes;
  const previous = JSON.stringify({
    agency: { name: "盐池县人民政府", level: "county" },
    year: 2020,
    format: "2021",
    sections: {},
    tables: {
      table2: {
        rules: { issued: 0, repealed: 0, inForce: 0 },
        normativeDocuments: { issued: 3, repealed: 1, inForce: 4 },
      },
    },
  });
  const [block1, block2] = formats.v2021.tables.table2.blocks;

  it("prints table 二's first block and no findings when 2021 follows from 2020", async () => {
    const r = await cli(["catalog", "register", "r.csv", "--year", "2021", "--previous", "p.json"], {
      "r.csv": gbk(rows),
      "p.json": previous,
    });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("读入文件 7 件，未能读取 0 行");
    expect(r.stdout).toContain(present(block1, "table 二 block 1").heading);
    expect(r.stdout).not.toContain(present(block2, "table 二 block 2").heading);
    expect(r.stdout).toMatch(/行政规范性文件\s*│\s*2\s*│\s*2\s*│\s*4\s*│/);
    expect(r.stdout).toMatch(/└─+┴/);
    expect(r.stdout).toContain("未发现问题");

    const j = await cli(
      ["catalog", "register", "r.csv", "--year", "2021", "--previous", "p.json", "--json"],
      {
        "r.csv": gbk(rows),
        "p.json": previous,
      },
    );
    const out = JSON.parse(j.stdout);
    expect(out.tables.table2.normativeDocuments).toEqual({ issued: 2, repealed: 2, inForce: 4 });
    expect(out.explain["table2/normativeDocuments/repealed"]).toEqual([
      "盐政规发〔2019〕2号",
      "盐政规发〔2020〕5号",
    ]);
    expect(out.findings).toEqual([]);
    expect(out.rows).toEqual({ accepted: 7, rejected: 0, notCounted: 0 });
  });

  it("a lost repeal fires T2-INFORCE-CONTINUITY; a bad row is located and exits 1", async () => {
    const lost = rows.map((l) => (l.startsWith("3,") ? l.replace(",已废止,2020-12-15", ",,") : l));
    const r = await cli(
      ["catalog", "register", "r.csv", "--year", "2021", "--previous", "p.json", "--lang", "en"],
      {
        "r.csv": gbk(lost),
        "p.json": previous,
      },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /warning T2-INFORCE-CONTINUITY table2 normativeDocuments .*= 4, but in force is 5/,
    );

    const bad = [
      ...rows,
      "8,盐池县城乡环境卫生管理办法,盐政规发〔2021〕6号,行政规范性文件,2021-02-30,现行有效,",
    ];
    const b = await cli(
      ["catalog", "register", "r.csv", "--year", "2021", "--agency", "盐池县人民政府", "--level", "county"],
      {
        "r.csv": gbk(bad),
      },
    );
    expect(b.code).toBe(1);
    expect(b.stderr).toContain("r.csv E10 “印发日期”列: 无法读取该行");
    expect(b.stdout).toContain("未能读取 1 行");
  });

  it("needs --year, and --level with --agency", async () => {
    expect((await cli(["catalog", "register", "r.csv"], { "r.csv": gbk(rows) })).code).toBe(2);
    const r = await cli(["catalog", "register", "r.csv", "--year", "2021", "--agency", "盐池县人民政府"], {
      "r.csv": gbk(rows),
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--level");
  });
});
