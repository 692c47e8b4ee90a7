import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import {
  CompanyService,
  SchoolService,
  type CompanyEntity,
  type CompanyLocationEntity,
  type SchoolEntity,
} from '@app/catalogue';

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): Array<T | null> {
  const map = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => map.get(id) ?? null);
}

function groupBy<T>(ids: readonly string[], rows: T[], key: (row: T) => string): T[][] {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(key(row)) ?? [];
    list.push(row);
    map.set(key(row), list);
  }
  return ids.map((id) => map.get(id) ?? []);
}

/** One set of DataLoaders a request: every relation a list can ask for is batched. */
export class Loaders {
  readonly school: DataLoader<string, SchoolEntity | null>;
  readonly company: DataLoader<string, CompanyEntity | null>;
  readonly location: DataLoader<string, CompanyLocationEntity | null>;
  readonly locationsOfCompany: DataLoader<string, CompanyLocationEntity[]>;

  constructor(schools: SchoolService, companies: CompanyService) {
    this.school = new DataLoader(async (ids) => byId(ids, await schools.findByIds(ids)));
    this.company = new DataLoader(async (ids) => byId(ids, await companies.findByIds(ids)));
    this.location = new DataLoader(async (ids) => byId(ids, await companies.findLocationsByIds(ids)));
    this.locationsOfCompany = new DataLoader(async (ids) =>
      groupBy(ids, await companies.findLocationsByCompanyIds(ids), (row) => row.companyId),
    );
  }
}

@Injectable()
export class LoaderFactory {
  constructor(
    private readonly schools: SchoolService,
    private readonly companies: CompanyService,
  ) {}

  create(): Loaders {
    return new Loaders(this.schools, this.companies);
  }
}
