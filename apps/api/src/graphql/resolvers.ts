import { ActivityResolver } from '../resolvers/activity.resolver';
import { AuthResolver } from '../resolvers/auth.resolver';
import { CompanyLocationResolver, CompanyResolver } from '../resolvers/company.resolver';
import { SchoolResolver } from '../resolvers/school.resolver';

/** Every resolver of the API; the schema (and schema.gql) is built from this list. */
export const RESOLVERS = [
  AuthResolver,
  SchoolResolver,
  CompanyResolver,
  CompanyLocationResolver,
  ActivityResolver,
];
