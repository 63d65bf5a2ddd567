// A large application ledger (依申请公开台账) as Excel keeps it, written row by row with
// exceljs's streaming WorkbookWriter (shared strings, dates as date cells): for the XLSX
// benchmark (bench/ledger-xlsx.mjs) and the command line's memory test. Every row is known
// in advance, so the counts a reader must give are too.
import ExcelJS from "exceljs";

export const LEDGER_HEADER = ["编号", "承办单位", "申请人类型", "收到申请日期", "办理结果", "答复日期"];
const TYPES = ["自然人", "法人或其他组织—商业企业", "法人或其他组织—科研机构"];
const RESULTS = ["予以公开", "部分公开", "不予公开—属于国家秘密"];
/** Every REJECT_EVERY-th row has a date that does not exist (2月30日) and is rejected. */
export const REJECT_EVERY = 1000;

/** What reading a ledger of `rows` data rows must give. */
export function ledgerCounts(rows) {
  const rejected = Math.floor(rows / REJECT_EVERY);
  return { accepted: rows - rejected, rejected };
}

/**
 * Writes a ledger of `rows` data rows for `year` to `path` (one sheet, `${year}年`, a title
 * row merged across, the header, the rows), in constant memory apart from exceljs's table
 * of shared strings.
 */
export async function writeLedgerWorkbook(path, rows, year = 2024) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useSharedStrings: true,
    useStyles: true,
  });
  const ws = wb.addWorksheet(`${year}年`);
  const title = ws.addRow([`盐池县财政局${year}年政府信息公开申请办理台账`]);
  ws.mergeCells(1, 1, 1, LEDGER_HEADER.length);
  title.commit();
  ws.addRow(LEDGER_HEADER).commit();
  for (let i = 1; i <= rows; i++) {
    const received = new Date(Date.UTC(year, i % 11, 1 + (i % 28)));
    const replied = new Date(received.getTime() + 86_400_000 * (1 + (i % 15)));
    const row = ws.addRow([
      `CZ-${year}-${i}`,
      "盐池县财政局",
      TYPES[i % TYPES.length],
      i % REJECT_EVERY === 0 ? `${year}年2月30日` : received,
      RESULTS[i % RESULTS.length],
      replied,
    ]);
    row.getCell(4).numFmt = "yyyy-mm-dd";
    row.getCell(6).numFmt = "yyyy-mm-dd";
    row.commit();
  }
  ws.commit();
  await wb.commit();
}
