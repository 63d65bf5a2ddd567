// Reports migrated from the 2019 trial format (migrate2019to2021, format-2019.md §5):
// MIGRATE-APPROX and MIGRATE-LEGACY-KEPT, and the cells a migration leaves blank — blanks
// of the migration, not of the publication, so they are not CELL-BLANK.
import { type TableId, TABLE_IDS, cellKey, getFormat } from "@disclosure/schema";
import type { CellRef, Finding } from "../finding.js";
import { type CheckContext, cellNames, readCell, ref, tableOf } from "./context.js";

const V2019 = getFormat("2019");
const T2_DOCS = ["rules", "normativeDocuments"];
const NO_CORRECTION = "otherHandling.noCorrection";

/** A 2019 table 二 column label by code (本年新制作数量 for newlyMade). */
function label2019(col: string): string {
  const c = V2019.tables.table2.blocks.flatMap((b) => b.columns).find((x) => x.code === col);
  return c?.label ?? col;
}

/** Whether the report was migrated from the 2019 format. */
export function isMigrated(ctx: CheckContext): boolean {
  return ctx.original === "2019" && ctx.format.id === "2021";
}

/** The cells a 2019 → 2021 migration leaves blank because 2019 has no equivalent. */
export function migrationBlanks(ctx: CheckContext): CellRef[] {
  if (!isMigrated(ctx)) return [];
  const out: CellRef[] = [];
  const blank = (t: TableId, r: string, c: string) => {
    if (ctx.cell(t, r, c).kind === "blank") out.push(ref(t, r, c));
  };
  for (const r of T2_DOCS) {
    blank("table2", r, "repealed");
    blank("table2", r, "inForce");
  }
  blank("table2", "fees", "amountWan");
  for (const c of ctx.format.tables.table3.blocks[0].columns) blank("table3", NO_CORRECTION, c.code);
  return out;
}

/** Keys of {@link migrationBlanks}, for quick lookup. */
export function migrationBlankKeys(ctx: CheckContext): Set<string> {
  return new Set(migrationBlanks(ctx).map((r) => cellKey(r.table, r.row, r.col)));
}

function approx(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const approxCells: CellRef[] = [];
  const from: string[] = [];
  for (const r of T2_DOCS) {
    if (ctx.cell("table2", r, "issued").kind !== "absent") {
      approxCells.push(ref("table2", r, "issued"));
      from.push(`${r}.issued ← ${label2019("newlyMade")}`);
    }
    const inForce = ctx.cell("table2", r, "inForce");
    if (inForce.kind === "value") {
      approxCells.push(ref("table2", r, "inForce"));
      from.push(`${r}.inForce ← ${label2019("publishedTotal")}`);
    }
  }
  const otherRow = ctx.format.tables.table3.blocks[0].rows.find((r) => r.code === "otherHandling.other");
  if (otherRow && ctx.rowPresent("table3", otherRow.code)) {
    approxCells.push(ref("table3", otherRow.code, "total"));
    from.push(
      `otherHandling.other ← ${V2019.tables.table3.blocks[0].rows.find((r) => r.code === "otherHandling")?.label ?? "otherHandling"}`,
    );
  }
  if (approxCells.length) {
    const n = cellNames(ctx.format, approxCells);
    out.push(
      ctx.finding(
        "MIGRATE-APPROX",
        approxCells,
        {
          zh: `由2019年格式迁移，以下单元格按近似口径填入：${n.zh}（${from.join("；")}）`,
          en: `migrated from the 2019 format; these cells are filled by an approximate mapping: ${n.en} (${from.join("; ")})`,
        },
        { expected: from },
      ),
    );
  }
  const nulled = migrationBlanks(ctx);
  if (nulled.length) {
    const n = cellNames(ctx.format, nulled);
    out.push(
      ctx.finding("MIGRATE-APPROX", nulled, {
        zh: `由2019年格式迁移，2019年格式没有对应数据，以下单元格为空：${n.zh}`,
        en: `migrated from the 2019 format, which has no equivalent; these cells are left blank: ${n.en}`,
      }),
    );
  }
  return out;
}

function legacyKept(ctx: CheckContext): Finding[] {
  const legacy = ctx.report.legacy2019;
  if (!legacy) return [];
  const cells: CellRef[] = [];
  for (const t of TABLE_IDS) {
    for (const [row, cols] of Object.entries(tableOf({ tables: legacy } as never, t))) {
      for (const col of Object.keys(cols)) {
        const s = readCell({ tables: legacy } as never, t, row, col);
        if (s.kind === "value" && s.value !== 0) cells.push(ref(t, row, col));
      }
    }
  }
  if (!cells.length) return [];
  const n = cellNames(V2019, cells);
  return [
    ctx.finding("MIGRATE-LEGACY-KEPT", cells, {
      zh: `以下2019年格式数据在2021年格式中没有对应栏目，保留在 legacy2019 中、不进入表格：${n.zh}`,
      en: `these 2019 cells have no 2021 home; kept under legacy2019 and not rendered: ${n.en}`,
    }),
  ];
}

/** Findings of the migration rules (only for a report migrated from the 2019 format). */
export function checkMigration(ctx: CheckContext): Finding[] {
  if (!isMigrated(ctx)) return [];
  return [
    ...(ctx.on("MIGRATE-APPROX") ? approx(ctx) : []),
    ...(ctx.on("MIGRATE-LEGACY-KEPT") ? legacyKept(ctx) : []),
  ];
}
