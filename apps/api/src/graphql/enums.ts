import { registerEnumType } from '@nestjs/graphql';
import {
  ActivityStatus,
  ActivityType,
  Delivery,
  EducationLevel,
  Programme,
  Province,
  Role,
  TargetGroup,
} from '@app/core';

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

export { ActivityStatus, ActivityType, Delivery, EducationLevel, Programme, Province, Role, TargetGroup };
