import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import type { SchoolRequestEntity, SupplyOfferEntity } from '@app/matching';
import { ActivityType, EducationLevel } from '../graphql/enums';

/** How a side (demand or supply) words the fields a school request and a supply offer share. */
export interface PostingWords {
  type: string;
  levels: string;
  themes: string;
  sessions: string;
}

/** The fields a request or an offer is posted with and shown with; one class per side for its own words. */
export function PostingFields(words: PostingWords) {
  @InputType({ isAbstract: true })
  @ObjectType({ isAbstract: true })
  abstract class PostingFieldsBase {
    @Field(() => ActivityType, { description: words.type })
    type: ActivityType;

    @Field(() => [EducationLevel], { description: words.levels })
    levels: EducationLevel[];

    @Field(() => [String], { description: words.themes })
    themes: string[];

    @Field(() => Int, { description: words.sessions })
    @IsInt()
    @Min(1)
    @Max(500)
    sessions: number;
  }
  return PostingFieldsBase;
}

interface PostingModelWords extends PostingWords {
  sessionsRemaining: string;
  status: string;
  createdAt: string;
}

// What a school request and a supply offer both show.
export function PostingModel(words: PostingModelWords) {
  @ObjectType({ isAbstract: true })
  abstract class PostingModelBase extends PostingFields(words) {
    @Field(() => ID, { description: 'Internal id.' })
    id: string;

    @Field(() => Int, { description: words.sessionsRemaining })
    sessionsRemaining: number;

    @Field(() => Date, { description: 'First day of the period; the period lies within one school year.' })
    periodStart: Date;

    @Field(() => Date, { description: 'Last day of the period.' })
    periodEnd: Date;

    @Field({ description: words.status })
    status: string;

    @Field(() => Date, { description: words.createdAt })
    createdAt: Date;
  }
  return PostingModelBase;
}

/** The shared fields of a request or an offer, as the model shows them. */
export function postingFields(entity: SchoolRequestEntity | SupplyOfferEntity) {
  return {
    id: entity.id,
    type: entity.type,
    levels: entity.levels,
    themes: entity.themes,
    sessions: entity.sessions,
    sessionsRemaining: entity.sessions - entity.sessionsUsed,
    periodStart: entity.periodStart,
    periodEnd: entity.periodEnd,
    status: entity.status,
    createdAt: entity.createdAt,
  };
}
