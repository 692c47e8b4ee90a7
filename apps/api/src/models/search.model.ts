import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Activity } from './activity.model';

@ObjectType({ description: 'One value of a facet and how many hits it would give.' })
export class FacetValue {
  @Field({ description: 'The value, as used in the filter of the same name (an enum name or a theme).' })
  value: string;

  @Field(() => Int, {
    description:
      'Hits with this value under every other filter of the search (not this field’s own): what the total becomes when this value is chosen.',
  })
  count: number;
}

@ObjectType({
  description:
    'Counts per value over all hits of the query, for provinces, levels, types, programmes, targetGroups, themes and delivery.',
})
export class Facet {
  @Field({
    description:
      'The input field it counts: provinces, levels, types, programmes, targetGroups, themes or delivery.',
  })
  field: string;

  @Field(() => [FacetValue], { description: 'Values with at least one hit, most hits first.' })
  values: FacetValue[];
}

@ObjectType({ description: 'One activity found.' })
export class ActivityHit {
  @Field(() => Activity, { description: 'The activity.' })
  activity: Activity;

  @Field(() => Float, {
    nullable: true,
    description: 'Kilometres from near or nearSchool to the company location; null without a point.',
  })
  distanceKm: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Title and an excerpt of the description with the matched words in <mark>…</mark>; all other text is HTML-escaped. Null without a query.',
  })
  highlight: string | null;
}

@ObjectType({ description: 'One page of search results with facet counts.' })
export class ActivitySearchResult {
  @Field(() => Int, { description: 'Number of hits over all pages.' })
  total: number;

  @Field(() => Int, { description: 'This page, counted from 1.' })
  page: number;

  @Field(() => Int, { description: 'Hits per page.' })
  pageSize: number;

  @Field(() => [ActivityHit], { description: 'The hits of this page, in the requested order.' })
  hits: ActivityHit[];

  @Field(() => [Facet], {
    description:
      'Disjunctive facet counts: each field counted with every filter applied except its own, so choosing another value of a field shows what it would add.',
  })
  facets: Facet[];

  @Field({ description: 'Which search engine answered: postgres or meilisearch.' })
  engine: string;
}
