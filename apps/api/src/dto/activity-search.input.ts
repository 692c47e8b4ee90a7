import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { IsPlausibleDate } from './plausible.validator';
import {
  ActivityType,
  Delivery,
  EducationLevel,
  Programme,
  Province,
  SearchSort,
  TargetGroup,
} from '../graphql/enums';
import { GeoPointInput } from '../models/geo-point.model';

// The rules (ranges, combinations) are checked in one place, @app/search's validateSearchInput.
@InputType({
  description:
    'A search over the published activities. Filters of different fields must all match; values within one field are alternatives.',
})
export class ActivitySearchInput {
  @Field(() => String, {
    nullable: true,
    description:
      'Free text in Dutch; tolerant of typos, accents and inflection. At most 200 characters; the last word also matches as a prefix.',
  })
  query?: string | null;

  @Field(() => [Province], { nullable: true, description: 'Offered in one of these provinces.' })
  provinces?: Province[] | null;

  @Field(() => [EducationLevel], { nullable: true, description: 'For one of these levels.' })
  levels?: EducationLevel[] | null;

  @Field(() => [ActivityType], { nullable: true, description: 'Of one of these types.' })
  types?: ActivityType[] | null;

  @Field(() => [Programme], { nullable: true, description: 'From one of these programmes.' })
  programmes?: Programme[] | null;

  @Field(() => [TargetGroup], { nullable: true, description: 'For one of these target groups.' })
  targetGroups?: TargetGroup[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'About one of these themes (energie, water, robotica, ...; the theme facet lists them).',
  })
  themes?: string[] | null;

  @Field(() => [Delivery], { nullable: true, description: 'Taking place in one of these ways.' })
  delivery?: Delivery[] | null;

  @Field(() => GeoPointInput, {
    nullable: true,
    description: 'Only activities within radiusKm of this point (or of the school given by nearSchool).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => GeoPointInput)
  near?: GeoPointInput | null;

  @Field(() => String, {
    nullable: true,
    description: 'DUO vestigingscode of a school to measure distances from, instead of near.',
  })
  nearSchool?: string | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Only activities whose company location is at most this far (more than 0, at most 300 km); needs near or nearSchool.',
  })
  radiusKm?: number | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Only activities with a start date on or after this moment (activities without a date drop out).',
  })
  @IsOptional()
  @IsPlausibleDate()
  startsAfter?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Only activities with a start date on or before this moment (activities without a date drop out).',
  })
  @IsOptional()
  @IsPlausibleDate()
  startsBefore?: Date | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Only activities costing the school at most this (0: free).',
  })
  maxCostEuros?: number | null;

  @Field(() => SearchSort, {
    nullable: true,
    description:
      'Order of the hits; RELEVANCE by default (newest first without a query). DISTANCE needs a point.',
  })
  sort?: SearchSort | null;

  @Field(() => Int, { nullable: true, description: 'Page, counted from 1 (default 1).' })
  page?: number | null;

  @Field(() => Int, { nullable: true, description: 'Hits per page, 1 to 100 (default 20).' })
  pageSize?: number | null;
}
