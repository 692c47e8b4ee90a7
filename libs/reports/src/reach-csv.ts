import { PROGRAMME_LABELS, PROVINCE_NAMES, type Programme } from '@app/core';
import { schoolYearLabel } from '@app/matching';
import type { ReachReport, ReachRow } from './report.service';

// Dutch Excel opens a `;`-separated file with a byte-order mark as UTF-8 and reads `4,5` as a number.
const BOM = '\uFEFF';
const SEPARATOR = ';';

const COLUMNS: Array<[string, (row: ReachRow) => string | number]> = [
  ['Provincie', (row) => PROVINCE_NAMES[row.province]],
  ['Programma', (row) => programmeName(row.programme)],
  ['Scholen bereikt', (row) => row.schoolsReached],
  ['Scholen niet bereikt', (row) => row.schoolsNotReached],
  ['Leerlingen bereikt', (row) => row.pupilsReached],
  ['Bedrijven actief', (row) => row.companiesActive],
  ['Activiteiten gegeven', (row) => row.activitiesGiven],
  ['Gemiddelde beoordeling', (row) => (row.averageRating === null ? '' : decimalComma(row.averageRating))],
  ['Herhaalscholen', (row) => row.repeatSchools],
  ['Wachtlijst einde schooljaar', (row) => row.waitingAtYearEnd],
];

function programmeName(programme: Programme): string {
  // Independent providers have no brand of their own.
  return PROGRAMME_LABELS[programme] || 'Onafhankelijk';
}

function decimalComma(value: number): string {
  return value.toFixed(2).replace('.', ',');
}

function cell(value: string | number): string {
  const text = String(value);
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The reach report as a CSV file for Dutch Excel: BOM, `;`, Dutch headers and names, decimal comma. */
export function reachCsv(report: ReachReport): string {
  const year = schoolYearLabel(report.schoolYear);
  const lines = [
    ['Schooljaar', ...COLUMNS.map(([header]) => header)],
    ...report.rows.map((row) => [year, ...COLUMNS.map(([, value]) => value(row))]),
  ];
  return BOM + lines.map((line) => line.map(cell).join(SEPARATOR)).join('\r\n') + '\r\n';
}

/** `bereik-2026-2027.csv`. */
export function reachCsvFileName(schoolYear: number): string {
  return `bereik-${schoolYear}-${schoolYear + 1}.csv`;
}
