import type { CellUnit, ColumnDef, RowDef, RowGroupDef } from "./types.js";

const NUMBERING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)/;

/** Splits "（一）予以公开" into numbering "（一）" and text "予以公开". */
export function splitNumbering(label: string): { numbering: string; text: string } {
  const m = NUMBERING.exec(label);
  return m ? { numbering: m[0], text: label.slice(m[0].length) } : { numbering: "", text: label };
}

export function column(
  code: string,
  label: string,
  path: readonly string[] = [],
  unit: CellUnit = "count",
  aliases?: readonly string[],
): ColumnDef {
  return aliases ? { code, label, path, unit, aliases } : { code, label, path, unit };
}

/** The code and label of a row or group, the label split into its numbering and text. */
function labelled(code: string, label: string) {
  const { numbering, text } = splitNumbering(label);
  return { code, label, numbering, text };
}

/** The optional parent and aliases of a row or group, present only when given. */
function related(opts: { parent?: string; aliases?: readonly string[] }) {
  return {
    ...(opts.parent ? { parent: opts.parent } : {}),
    ...(opts.aliases ? { aliases: opts.aliases } : {}),
  };
}

export function row(
  code: string,
  label: string,
  opts: { parent?: string; path?: readonly string[]; aliases?: readonly string[]; unit?: CellUnit } = {},
): RowDef {
  return {
    ...labelled(code, label),
    path: opts.path ?? [],
    ...related(opts),
    ...(opts.unit ? { unit: opts.unit } : {}),
  };
}

export function group(
  code: string,
  label: string,
  opts: { parent?: string; aliases?: readonly string[] } = {},
): RowGroupDef {
  return { ...labelled(code, label), ...related(opts) };
}

/** Rows of a group: each gets the group as parent and the group path. */
export function groupRows(
  g: RowGroupDef,
  path: readonly string[],
  items: readonly [code: string, label: string, aliases?: readonly string[]][],
): RowDef[] {
  return items.map(([code, label, aliases]) =>
    row(`${g.code}.${code}`, label, {
      parent: g.code,
      path: [...path, g.label],
      ...(aliases ? { aliases } : {}),
    }),
  );
}
