import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Province } from '@app/core';
import { Tx } from '@app/database';
import { SchoolEntity } from '../entities/school.entity';
import { parseSchoolQuery, schoolSearchLimit } from './school-search-query';

// pg_trgm's word_similarity of a query word to a word of a school's name or place, for the `<%` operator (and so
// the trigram index of school_words): 0.5 forgives a typo in most words of seven letters or more ("utrekht" finds
// Utrecht), where the default 0.6 would not, and a half-typed word matches the words it begins.
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
   * Schools where every word of `query` matches: a code, BRIN, postcode or postcode area exactly, any other word a
   * word of the school's name, place or municipality (typos and accents forgiven). Best first: the most words
   * matched as closely as the registry allows, then the fewest other words (Het Hooghuis before Het Hooghuis
   * locatie Stadion), then by name. Throws a `DomainError` for a query that is empty, too short or too long, and
   * for `first` outside 1..50.
   */
  async search(query: string, options: SchoolSearchOptions = {}): Promise<SchoolEntity[]> {
    const parsed = parseSchoolQuery(query);
    const limit = schoolSearchLimit(options.first);
    return Tx.run(
      this.dataSource,
      (tx) => {
        const builder = tx.manager.createQueryBuilder(SchoolEntity, 's');
        const closest: string[] = [];
        parsed.words.forEach((word, i) => {
          const matches = `FROM school_words v WHERE unaccent_lower(:w${i}) <% v.word`;
          builder.setParameter(`w${i}`, word).andWhere(`s.search_words && ARRAY(SELECT v.word ${matches})`);
          // The registry's words closest to this one (all of them when tied): the word itself when it exists.
          closest.push(`(s.search_words && ARRAY(
            SELECT m.word FROM (
              SELECT v.word, rank() OVER (ORDER BY word_similarity(unaccent_lower(:w${i}), v.word) DESC) AS r ${matches}
            ) m WHERE m.r = 1))::int`);
        });
        parsed.codes.forEach((code, i) =>
          builder.andWhere(`s.vestigingscode = :code${i}`, { [`code${i}`]: code }),
        );
        parsed.brins.forEach((brin, i) => builder.andWhere(`s.brin = :brin${i}`, { [`brin${i}`]: brin }));
        parsed.postcodes.forEach((postcode, i) =>
          builder.andWhere(`s.postcode = :postcode${i}`, { [`postcode${i}`]: postcode }),
        );
        parsed.areas.forEach((area, i) =>
          builder.andWhere(`left(s.postcode, 4) = :area${i}`, { [`area${i}`]: area }),
        );
        if (options.province) builder.andWhere('s.province = :province', { province: options.province });
        if (closest.length > 0) builder.orderBy(closest.join(' + '), 'DESC');
        return builder
          .addOrderBy('cardinality(s.search_words)', 'ASC')
          .addOrderBy('s.name', 'ASC')
          .addOrderBy('s.vestigingscode', 'ASC')
          .limit(limit)
          .getMany();
      },
      {
        readOnly: true,
        answerBeforeCommit: true,
        // The planner prices word_similarity as a cheap operator and would rather compare all 7,000 words than
        // read the trigram index (some 100 times the index's time). Ruling out the scan makes every plan look
        // expensive, and JIT would then spend half a second compiling a query that runs in a millisecond.
        settings: {
          'pg_trgm.word_similarity_threshold': WORD_SIMILARITY_THRESHOLD,
          enable_seqscan: 'off',
          jit: 'off',
        },
      },
    );
  }
}
