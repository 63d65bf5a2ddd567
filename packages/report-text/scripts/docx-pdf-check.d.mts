// Types of docx-pdf-check.mjs, for the tests that import its measurements.

/** The text block of GB/T 9704 on A4, in PDF points (origin bottom left). */
export declare const GBT9704_BLOCK: { left: number; right: number; top: number; bottom: number };

export interface Extent {
  minX: number;
  maxX: number;
}

export interface MeasuredPage {
  page: number;
  width: number;
  height: number;
  bodyLines: number;
  linePitch?: number;
  tableText: boolean;
  paths?: Extent;
  tableTextExtent?: Extent;
}

export interface Check {
  name: string;
  ok: boolean;
  seen: string;
}

export declare function hasSoffice(): boolean;
export declare function convertToPdf(docx: Uint8Array, name?: string): Uint8Array;
export declare function measurePdf(pdf: Uint8Array, opts?: { bodySize?: number }): Promise<MeasuredPage[]>;
export declare function gbt9704Checks(pages: MeasuredPage[], opts?: { tolerance?: number }): Check[];
