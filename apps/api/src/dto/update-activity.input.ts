import { InputType, OmitType, PartialType } from '@nestjs/graphql';
import { CreateActivityInput } from './create-activity.input';

@InputType({
  description:
    'A partial edit of an activity, checked as a new one is; the programme does not change. Absent fields stay as ' +
    'they are (provinces too, even when delivery or location change). null clears provinces (back to the ' +
    'default), maxTravelKm, durationMinutes, maxParticipants, startsAt and endsAt, and leaves the other fields ' +
    'as they are. A new locationId must be one of the same company.',
})
export class UpdateActivityInput extends PartialType(OmitType(CreateActivityInput, ['programme'] as const)) {}
