/**
 * Memory of coverage() over 1,000,000 streamed publications and a 50,000-item catalog
 * (target: under 300 MB): peak RSS of this benchmark process, which holds the catalog and
 * the result but never the publications.
 */
import { bench, describe } from "vitest";
import { coverage } from "../src/coverage.js";
import { PERIOD, syntheticCatalog, syntheticPublications } from "./synthetic.js";

const mb = (bytes: number) => `${Math.round(bytes / 1_048_576)} MB`;
const rssBefore = process.memoryUsage().rss;
const items = syntheticCatalog();
const t0 = performance.now();
const result = coverage(items, syntheticPublications(items), PERIOD);
const ms = Math.round(performance.now() - t0);
console.log(
  `streamed: ${ms} ms; RSS before the catalog ${mb(rssBefore)}, peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} ` +
    `(heap now ${mb(process.memoryUsage().heapUsed)}); ${result.summary.en}`,
);

describe("memory", () => {
  bench(
    "coverage of 1,000,000 streamed publications, once",
    () => {
      coverage(items, syntheticPublications(items), PERIOD);
    },
    { iterations: 1, warmupIterations: 0, time: 0 },
  );
});
