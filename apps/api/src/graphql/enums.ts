import { registerEnumType } from '@nestjs/graphql';
import { BookingStatus } from '@app/bookings';
import {
  ActivityStatus,
  ActivityType,
  Delivery,
  EducationLevel,
  NotificationKind,
  Programme,
  Province,
  Role,
  TargetGroup,
} from '@app/core';
import { MatchRunStatus, ProposalStatus } from '@app/matching';
import { SearchSort } from '@app/search';
import { OfferStatus, WaitlistStatus } from '@app/waitlist';

// The domain enums live in @app/core; only the api gives them GraphQL names.
registerEnumType(Province, { name: 'Province', description: 'The twelve Dutch provinces.' });
registerEnumType(EducationLevel, {
  name: 'EducationLevel',
  description:
    'Who an activity is for: primary school by bouw (groep 1-2, 3-5, 6-8), secondary school by track, mbo.',
});
registerEnumType(ActivityType, { name: 'ActivityType', description: 'The format of an activity.' });
registerEnumType(Programme, { name: 'Programme', description: 'The programme that supplies an activity.' });
registerEnumType(TargetGroup, {
  name: 'TargetGroup',
  description: 'Which pupils (or teachers) an activity is for.',
});
registerEnumType(Delivery, { name: 'Delivery', description: 'Where an activity takes place.' });
registerEnumType(Role, { name: 'Role', description: 'What an account may do.' });
registerEnumType(ActivityStatus, {
  name: 'ActivityStatus',
  description: 'Only PUBLISHED activities can be found.',
});
registerEnumType(WaitlistStatus, {
  name: 'WaitlistStatus',
  description:
    'Where a school stands on a waiting list: WAITING, OFFERED (an offer is pending), PLACED or WITHDRAWN.',
});
registerEnumType(OfferStatus, {
  name: 'OfferStatus',
  description: 'A partner offer: PENDING until ACCEPTED, DECLINED, EXPIRED or REVOKED.',
});
registerEnumType(BookingStatus, {
  name: 'BookingStatus',
  description:
    'REQUESTED by the school; ACCEPTED or DECLINED by the company; COMPLETED after it took place; CANCELLED before.',
});
registerEnumType(MatchRunStatus, {
  name: 'MatchRunStatus',
  description: 'A match run: QUEUED, RUNNING, DONE or FAILED.',
});
registerEnumType(ProposalStatus, {
  name: 'ProposalStatus',
  description: 'A match proposal: PROPOSED until a coordinator ACCEPTS or REJECTS it.',
});
registerEnumType(SearchSort, {
  name: 'SearchSort',
  description:
    'Order of search hits: RELEVANCE (best match; newest first without a query), DISTANCE (nearest first), START_DATE (soonest first, undated last) or RATING (best reviewed first).',
});
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description:
    'What a notification is about: a booking requested, answered, cancelled or completed; a review received; ' +
    'the company approved or rejected; a partner offer, its reminder or its end; a placement; a match proposed.',
});

export {
  ActivityStatus,
  ActivityType,
  BookingStatus,
  Delivery,
  EducationLevel,
  MatchRunStatus,
  NotificationKind,
  OfferStatus,
  Programme,
  ProposalStatus,
  Province,
  Role,
  SearchSort,
  TargetGroup,
  WaitlistStatus,
};
