/**
 * The ledger as a spreadsheet (.xlsx). write-excel-file is loaded only when this runs (a dynamic import), so the
 * ledger page ships without it until the user asks for the file. Works in the browser and in Node (unit test).
 */
import { LEDGER_COLUMNS, type LedgerRow } from './ledger';

/** The sheet's cells: a bold header row, then one row per hazard; long texts wrap. */
export function ledgerSheet(rows: readonly LedgerRow[]) {
  const header = LEDGER_COLUMNS.map((c) => ({ value: c.header, fontWeight: 'bold' as const }));
  const body = rows.map((r) =>
    LEDGER_COLUMNS.map((c) => {
      const v = c.cell(r);
      return typeof v === 'number' ? { value: v, type: Number } : { value: v, type: String, wrap: true };
    }),
  );
  return [header, ...body];
}

/** Builds the .xlsx file of the rows. */
export async function ledgerXlsx(rows: readonly LedgerRow[]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  return writeXlsxFile(ledgerSheet(rows), {
    sheet: '隐患台账',
    columns: LEDGER_COLUMNS.map((c) => ({ width: c.width })),
    stickyRowsCount: 1,
  }).toBlob();
}
