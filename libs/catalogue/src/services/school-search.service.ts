import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Province } from '@app/core';
import { Tx } from '@app/database';
import { SchoolEntity } from '../entities/school.entity';
import { parseSchoolQuery, schoolSearchLimit } from './school-search-query';

// pg_trgm's word_similarity of a query word to the best matching stretch of a school's text, for the `<%`
// operator (and so the trigram index): 0.5 lets a five-letter word keep one typo ("gauda" finds Gouda), where the
// default 0.6 would not.
const WORD_SIMILARITY_THRESHOLD = '0.5';

export interface SchoolSearchOptions {
  province?: Province | null;
  /** How many schools, 1 to 50; 10 when absent. */
  first?: number | null;
}

/** Finds schools by name, place, postcode or vestigingscode, for sign-up and every form that names a school. */
@Injectable()
export class SchoolSearchService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Schools where every word of `query` matches a word of the school's name, place, municipality, postcode or
   * code (typos and accents forgiven), best first: an exact code, postcode or BRIN first, then the closest words,
   * then the name closest to the whole query. Throws a `DomainError` for a query that is empty, too short or too
   * long, and for `first` outside 1..50.
   */
  async search(query: string, options: SchoolSearchOptions = {}): Promise<SchoolEntity[]> {
    const parsed = parseSchoolQuery(query);
    const limit = schoolSearchLimit(options.first);
    return Tx.run(
      this.dataSource,
      (tx) => {
        const builder = tx.manager.createQueryBuilder(SchoolEntity, 's');
        const words = parsed.words.map((word, i) => {
          builder.setParameter(`w${i}`, word);
          return `unaccent_lower(:w${i})`;
        });
        for (const word of words) builder.andWhere(`${word} <% s.search_text`);
        if (options.province) builder.andWhere('s.province = :province', { province: options.province });
        const exact = `CASE
          WHEN s.vestigingscode = ANY(:codes) THEN 3
          WHEN s.postcode = ANY(:postcodes) THEN 2
          WHEN s.brin = ANY(:brins) OR left(s.postcode, 4) = ANY(:areas) THEN 1
          ELSE 0 END`;
        const closeness = words.map((word) => `strict_word_similarity(${word}, s.search_text)`).join(' + ');
        return builder
          .setParameters({
            codes: parsed.codes,
            postcodes: parsed.postcodes,
            brins: parsed.brins,
            areas: parsed.areas,
            text: parsed.text,
          })
          .orderBy(exact, 'DESC')
          .addOrderBy(closeness, 'DESC')
          .addOrderBy('similarity(unaccent_lower(:text), unaccent_lower(s.name))', 'DESC')
          .addOrderBy('s.name', 'ASC')
          .addOrderBy('s.vestigingscode', 'ASC')
          .limit(limit)
          .getMany();
      },
      {
        readOnly: true,
        answerBeforeCommit: true,
        settings: { 'pg_trgm.word_similarity_threshold': WORD_SIMILARITY_THRESHOLD },
      },
    );
  }
}
