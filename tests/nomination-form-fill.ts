import ExcelJS from 'exceljs';

/**
 * Fills a nomination form as a user would in Excel: one row per person under the headers, each cell
 * found by the hidden key above its header. Shared by the unit tests, the e2e test and the bench.
 */
export async function fillNominationForm(form: Uint8Array, people: ReadonlyArray<Partial<Record<string, string>>>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(form as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Nomination')!;
  const columns = new Map<string, number>();
  sheet.getRow(9).eachCell((cell, column) => columns.set(String(cell.value), column));
  people.forEach((person, i) => {
    for (const [key, value] of Object.entries(person)) if (value !== undefined) sheet.getRow(11 + i).getCell(columns.get(key)!).value = value;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
