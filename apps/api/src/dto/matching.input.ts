import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsInt, IsNumber, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';
import { ActivityType, EducationLevel } from '../graphql/enums';
import { IsPlausibleDate } from './plausible.validator';
import { PostingFields, type PostingWords } from '../models/posting.model';

// The shared fields of posting a request or an offer.
function PostingInput(words: PostingWords) {
  @InputType({ isAbstract: true })
  abstract class PostingInputBase extends PostingFields(words) {
    @Field(() => Date, {
      description: 'First day; the period lies within one school year (1 August – 31 July).',
    })
    @IsDate()
    @IsPlausibleDate()
    periodStart: Date;

    @Field(() => Date, { description: 'Last day; not before periodStart and not in the past.' })
    @IsDate()
    @IsPlausibleDate()
    periodEnd: Date;
  }
  return PostingInputBase;
}

// The shared fields of a change to a request or an offer; omitted fields stay as they are.
function PostingPatchInput(words: PostingWords) {
  @InputType({ isAbstract: true })
  abstract class PostingPatchInputBase {
    @Field(() => ActivityType, { nullable: true, description: words.type })
    @IsOptional()
    type?: ActivityType | null;

    @Field(() => [EducationLevel], { nullable: true, description: words.levels })
    @IsOptional()
    levels?: EducationLevel[] | null;

    @Field(() => [String], { nullable: true, description: words.themes })
    @IsOptional()
    themes?: string[] | null;

    @Field(() => Int, { nullable: true, description: words.sessions })
    @IsOptional()
    @IsInt()
    @Min(1)
    @Max(500)
    sessions?: number | null;

    @Field(() => Date, { nullable: true, description: 'First day of the period.' })
    @IsOptional()
    @IsDate()
    @IsPlausibleDate()
    periodStart?: Date | null;

    @Field(() => Date, { nullable: true, description: 'Last day of the period.' })
    @IsOptional()
    @IsDate()
    @IsPlausibleDate()
    periodEnd?: Date | null;
  }
  return PostingPatchInputBase;
}

const REQUEST_WORDS = { type: 'The kind of activity wanted.', levels: 'Levels of the groups; at least one.' };
const OFFER_WORDS = { type: 'The kind of activity offered.', levels: 'Levels it is for; at least one.' };

@InputType({ description: 'A school need: what, for whom, how many sessions, in which period.' })
export class CreateSchoolRequestInput extends PostingInput({
  ...REQUEST_WORDS,
  themes: 'Themes from the domain list; empty means any theme.',
  sessions: 'Sessions wanted, 1 to 500.',
}) {
  @Field(() => ID, {
    nullable: true,
    description: 'Coordinators: the school to post for. Teachers post for their own school only.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'schoolId is not a valid id' })
  schoolId?: string | null;
}

@InputType({ description: 'Changes to a school request; omitted fields stay as they are.' })
export class UpdateSchoolRequestInput extends PostingPatchInput({
  ...REQUEST_WORDS,
  themes: 'Themes; empty means any theme.',
  sessions: 'Sessions wanted, 1 to 500; not below those matched.',
}) {}

@InputType({
  description: "A company location's capacity to give sessions of one activity type in a period.",
})
export class CreateSupplyOfferInput extends PostingInput({
  ...OFFER_WORDS,
  themes: 'Themes from the domain list.',
  sessions: 'Sessions the location can give, 1 to 500.',
}) {
  @Field(() => ID, { description: 'The location; one of your own company.' })
  @IsString()
  locationId: string;

  @Field(() => Float, {
    description: 'How far the provider travels to a school, more than 0 and at most 400 km.',
  })
  @IsNumber()
  maxTravelKm: number;

  @Field(() => ID, {
    nullable: true,
    description:
      'An activity of this location and type that bookings from accepted proposals point at; when omitted, ' +
      'a draft activity describing the offer is created on the first accepted proposal.',
  })
  @IsOptional()
  @IsString()
  activityId?: string | null;
}

@InputType({ description: 'Changes to a supply offer; omitted fields stay as they are.' })
export class UpdateSupplyOfferInput extends PostingPatchInput({
  ...OFFER_WORDS,
  themes: 'Themes from the domain list.',
  sessions: 'Sessions, 1 to 500; not below those matched.',
}) {
  @Field(() => Float, { nullable: true, description: 'How far the provider travels, at most 400 km.' })
  @IsOptional()
  @IsNumber()
  maxTravelKm?: number | null;

  @Field(() => ID, { nullable: true, description: 'The activity bookings point at.' })
  @IsOptional()
  @IsString()
  activityId?: string | null;
}
