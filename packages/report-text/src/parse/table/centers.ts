// Where the columns of a PDF table are: the x centres of the column labels printed above
// them, else the average centres of the rows that have one value under every column.
import type { BlockDef } from "@disclosure/schema";
import { normalizeLabel } from "../labels.js";
import type { Run, Token } from "../tokens.js";
import type { Column } from "./columns.js";
import { trimmed } from "./run-shape.js";
import type { Slot } from "./slots.js";

const centre = (t: Token): number => (t.x ?? 0) + (t.w ?? 0) / 2;

/** x centres of a block's columns from header labels printed above them (PDF), in column order. */
export function headerCenters(tokens: readonly Token[], columns: readonly Column[]): number[] | undefined {
  const wanted = columns.map((c) => normalizeLabel(c.label));
  const hits = tokens
    .filter((t) => t.kind === "text" && t.x !== undefined && t.w !== undefined && wanted.includes(t.norm))
    .sort((a, b) => (a.x ?? 0) - (b.x ?? 0));
  // Repeated labels (table 四's five columns under each group) are taken in x order.
  const seq: number[] = [];
  let i = 0;
  for (const t of hits) {
    if (i < wanted.length && t.norm === wanted[i]) {
      seq.push(centre(t));
      i++;
    }
  }
  return seq.length === wanted.length ? seq : undefined;
}

/** x centres of columns averaged over the runs that have exactly one value per column. */
export function rowCenters(runs: readonly Run[], width: number): number[] | undefined {
  const sums = new Array<number>(width).fill(0);
  let n = 0;
  for (const r of runs) {
    const t = trimmed(r.tokens, width);
    if (t.length !== width || t.some((x) => x.x === undefined || x.w === undefined)) continue;
    t.forEach((x, i) => {
      sums[i] = (sums[i] ?? 0) + centre(x);
    });
    n++;
  }
  return n ? sums.map((s) => s / n) : undefined;
}

/** The first of the `width` column centres nearest to `x`; 0 when there is none. */
function nearestColumn(centers: readonly number[], width: number, x: number): number {
  let best = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let i = 0; i < width; i++) {
    const center = centers[i];
    if (center === undefined) break;
    const distance = Math.abs(center - x);
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The tokens of a row placed under the nearest column centre, null under a column that got
 * none; undefined when two land under one column.
 */
export function placeByCenters(
  tokens: readonly Token[],
  centers: readonly number[],
  width: number,
): (Token | null)[] | undefined {
  const out: (Token | null)[] = new Array(width).fill(null);
  let clash = false;
  for (const x of tokens) {
    const best = nearestColumn(centers, width, centre(x));
    if (out[best]) clash = true;
    out[best] = x;
  }
  return clash ? undefined : out;
}

/** What the column centres of a table's blocks are found from. */
export interface CentersInput {
  /** Whether the document places its values (PDF x positions); no centres otherwise. */
  readonly positioned: boolean;
  /** Whether the table has one block: only then are its column labels taken as the header's. */
  readonly singleBlock: boolean;
  readonly tokens: readonly Token[];
  readonly runs: readonly Run[];
  readonly slots: readonly Slot[];
  /** The run aligned with each slot (-1 for none). */
  readonly runOfSlot: readonly number[];
}

/**
 * The column centres of a slot's block, found once a block: from the header labels (a table of
 * one block), else from the block's rows of one value a column.
 */
export function blockCenters(input: CentersInput): (slot: Slot) => number[] | undefined {
  const found = new Map<BlockDef, number[] | undefined>();
  return (s) => {
    if (!input.positioned) return undefined;
    if (!found.has(s.block)) {
      const blockRuns = input.runs.filter((_, k) =>
        input.slots.some((x, i) => x.block === s.block && input.runOfSlot[i] === k),
      );
      found.set(
        s.block,
        (input.singleBlock ? headerCenters(input.tokens, s.columns) : undefined) ??
          rowCenters(blockRuns, s.columns.length),
      );
    }
    return found.get(s.block);
  };
}
