/**
 * coverage() of a 50,000-item catalog against 1,000,000 publications (target: under 2 s).
 * Run: npm run bench (in packages/catalog).
 */
import { bench, describe } from "vitest";
import { coverage } from "../src/coverage.js";
import { PERIOD, syntheticCatalog, syntheticPublications } from "./synthetic.js";

const items = syntheticCatalog();
const array = [...syntheticPublications(items)];

describe("coverage: 50,000 items × 1,000,000 publications", () => {
  bench(
    "publications in an array",
    () => {
      coverage(items, array, PERIOD);
    },
    { iterations: 5, warmupIterations: 1, time: 0 },
  );
  bench(
    "publications streamed from a generator (generation included)",
    () => {
      coverage(items, syntheticPublications(items), PERIOD);
    },
    { iterations: 5, warmupIterations: 1, time: 0 },
  );
});
