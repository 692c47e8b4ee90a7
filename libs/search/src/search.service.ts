import { Injectable } from '@nestjs/common';
import { SchoolService } from '@app/catalogue';
import { DomainError } from '@app/core';
import { validateSearchInput, type SearchInput } from './search-input';
import { SearchEngine, type SearchResult } from './search.types';

/** Searches the published activities: checks the input, resolves `nearSchool`, asks the configured engine. */
@Injectable()
export class SearchService {
  constructor(
    private readonly engine: SearchEngine,
    private readonly schools: SchoolService,
  ) {}

  get engineName(): SearchEngine['name'] {
    return this.engine.name;
  }

  async search(input: SearchInput, options: { facets?: boolean } = {}): Promise<SearchResult> {
    const request = validateSearchInput(input);
    if (input.nearSchool) {
      const code = input.nearSchool.trim().toUpperCase();
      const school = /^[0-9A-Z]{4}[0-9]{2}$/.test(code)
        ? await this.schools.findByVestigingscode(code)
        : null;
      if (!school) {
        throw new DomainError('UNKNOWN_SCHOOL_CODE', `No school with vestigingscode "${input.nearSchool}"`, {
          field: 'nearSchool',
        });
      }
      request.point = { lat: school.lat, lon: school.lon };
    }
    request.facets = options.facets ?? true;
    return this.engine.search(request);
  }
}
