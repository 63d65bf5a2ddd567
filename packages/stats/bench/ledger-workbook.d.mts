export declare const LEDGER_HEADER: string[];
export declare const REJECT_EVERY: number;
/** What reading a ledger of `rows` data rows must give. */
export declare function ledgerCounts(rows: number): { accepted: number; rejected: number };
/** Writes a ledger of `rows` data rows for `year` to `path` with exceljs's streaming writer. */
export declare function writeLedgerWorkbook(path: string, rows: number, year?: number): Promise<void>;
