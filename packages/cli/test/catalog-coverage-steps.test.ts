// The steps of `disclosure catalog coverage`, each on its own: the file-name checks, the log
// counted piece by piece, why nothing could be read, the text and the 督查清单 file.
import { coverageCounter } from "@disclosure/catalog";
import { yanchiCatalog } from "@disclosure/samples/catalog";
import { describe, expect, it } from "vitest";
import {
  checkWorklistName,
  countPublications,
  coverageText,
  nothingRead,
  type PublicationTally,
  refuseWorkbookLog,
  worklistBytes,
} from "../src/commands/catalog-coverage.js";
import { CliError, type Io } from "../src/io.js";
import { progress } from "../src/progress.js";

/** An Io that streams one in-memory file in pieces of `piece` bytes and keeps stderr. */
function streamingIo(text: string, piece: number): Io & { err: () => string } {
  const bytes = new TextEncoder().encode(text);
  let err = "";
  const io = {
    stdout: () => {},
    stderr: (t: string) => {
      err += t;
    },
    readStream: async function* () {
      for (let at = 0; at < bytes.length; at += piece) yield bytes.subarray(at, at + piece);
    },
    err: () => err,
  };
  return io as unknown as Io & { err: () => string };
}

const emptyTally = (): PublicationTally => ({ read: 0, rejected: 0, notPrinted: 0 });
const catalog = yanchiCatalog();
const unit = catalog.items[0]?.publisher ?? "";
const log = [
  JSON.stringify({ title: "一", unit, date: "2020-03-02" }),
  JSON.stringify({ title: "二", date: "2020-03-03" }),
  JSON.stringify({ title: "三", unit, date: "2020-04-01" }),
].join("\n");

describe("catalog coverage, step by step", () => {
  it("a worklist file is named .xlsx or .csv, or not at all", () => {
    for (const ok of [undefined, "清单.xlsx", "清单.CSV"]) expect(() => checkWorklistName(ok)).not.toThrow();
    expect(() => checkWorklistName("清单.txt")).toThrow(CliError);
  });

  it("a publication log given as a workbook is refused, with how to save it", () => {
    expect(() => refuseWorkbookLog("发布记录.xlsx")).toThrow(/另存为 CSV/);
    expect(() => refuseWorkbookLog("发布记录.ET")).toThrow(CliError);
    expect(() => refuseWorkbookLog("发布记录.csv")).not.toThrow();
  });

  it("counts a log read in pieces as whole lines, one rejection located on stderr", async () => {
    for (const piece of [7, 64, 1 << 16]) {
      const io = streamingIo(log, piece);
      const tally = emptyTally();
      const counter = coverageCounter(catalog, { from: "2020-01-01", to: "2020-12-31" });
      await countPublications(
        io,
        "p.jsonl",
        "zh",
        counter,
        tally,
        progress(io, "zh", { label: { zh: "", en: "" }, unit: "bytes" }),
      );
      expect(tally, `pieces of ${piece} bytes`).toEqual({ read: 2, rejected: 1, notPrinted: 0 });
      expect(io.err()).toContain("p.jsonl 第2行");
      expect(counter.result().totals.publications).toBe(2);
    }
  });

  it("says why nothing could be read: the fatal reason, every line rejected, or an empty log", () => {
    const fatal = { zh: "读不出", en: "unreadable" };
    expect(nothingRead("p.csv", { ...emptyTally(), fatal }).bilingual).toEqual(fatal);
    expect(nothingRead("p.csv", { ...emptyTally(), rejected: 3 }).bilingual.zh).toContain("3 行均被拒收");
    expect(nothingRead("p.csv", emptyTally()).bilingual.en).toBe("p.csv holds no publications");
  });

  it("the text names the rejected lines and ends with the summary; the CSV worklist is the list sheet", async () => {
    const counter = coverageCounter(catalog, { from: "2020-01-01", to: "2020-12-31" });
    const result = counter.result();
    const text = coverageText(result, { read: 0, rejected: 4, notPrinted: 2 }, "p.csv", "en");
    expect(text).toContain("p.csv: 4 lines rejected (listed above, 2 issues not printed), not counted");
    expect(text.endsWith(`${result.summary.en}\n`)).toBe(true);
    const csv = await worklistBytes("清单.csv", result, "zh");
    expect(typeof csv).toBe("string");
    expect(String(csv)).toContain("缺失事项");
    expect(await worklistBytes("清单.xlsx", result, "zh")).toBeInstanceOf(Uint8Array);
  });
});
