import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { provinceFromName, type Province } from '@app/core';

export interface Pc4Point {
  pc4: string;
  lat: number;
  lon: number;
  city: string;
  municipality: string;
  province: Province;
}

export interface Municipality {
  name: string;
  duoName: string;
  province: Province;
}

/** A CSV file with a header line as one object per row (a BOM and blank lines are dropped). */
export function readCsvFile(path: string): Array<Record<string, string>> {
  return Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
}

/**
 * The open reference data under DATA_DIR (see ../shared/data/README.md): PC4 centroids and municipalities.
 * Loaded lazily and once per process.
 */
export class ReferenceData {
  private pc4?: Map<string, Pc4Point>;
  private municipalities?: Map<string, Municipality>;

  constructor(private readonly dataDir: string) {}

  static path(dataDir: string, ...parts: string[]): string {
    return resolve(process.cwd(), dataDir, ...parts);
  }

  pc4Points(): Map<string, Pc4Point> {
    if (!this.pc4) {
      this.pc4 = new Map();
      for (const row of readCsvFile(ReferenceData.path(this.dataDir, 'nl/geo/pc4_centroids_nl.csv'))) {
        const province = provinceFromName(row.provincie ?? '');
        if (!province || !row.pc4) continue;
        this.pc4.set(row.pc4, {
          pc4: row.pc4,
          lat: Number(row.lat),
          lon: Number(row.lon),
          city: (row.plaatsen ?? '').split(/[;|]/)[0].trim(),
          municipality: (row.gemeentenaam ?? '').replace(/\s*\(gemeente\)\s*$/, ''),
          province,
        });
      }
    }
    return this.pc4;
  }

  /** The PC4 centroid of a Dutch postcode (`9306TC` or `9306 TC`). */
  geocodePostcode(postcode: string): Pc4Point | undefined {
    return this.pc4Points().get(postcode.replace(/\s+/g, '').slice(0, 4));
  }

  /** Municipalities by DUO's upper-case spelling (`S GRAVENHAGE`) and by their CBS name, lower-cased. */
  municipalityIndex(): Map<string, Municipality> {
    if (!this.municipalities) {
      this.municipalities = new Map();
      for (const row of readCsvFile(ReferenceData.path(this.dataDir, 'nl/geo/gemeenten_nl_2024.csv'))) {
        const province = provinceFromName(row.provincie ?? '');
        if (!province) continue;
        const name = (row.gemeentenaam ?? '').replace(/\s*\(gemeente\)\s*$/, '');
        const municipality = { name, duoName: row.gemeentenaam_duo ?? name.toUpperCase(), province };
        this.municipalities.set(municipality.duoName.toLowerCase(), municipality);
        this.municipalities.set(name.toLowerCase(), municipality);
      }
    }
    return this.municipalities;
  }

  municipality(name: string): Municipality | undefined {
    return this.municipalityIndex().get(name.trim().toLowerCase());
  }
}
