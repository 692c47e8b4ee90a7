import { useQuery } from '@apollo/client/react';
import { useSession } from '../../../../app/session';
import { MySchoolQuery } from './queries';

/**
 * The logged-in teacher's school (code, name and place on the map); null for everyone else. `pending` while it
 * is not yet known whether there is one.
 */
export function useMySchool() {
  const { me, loading: sessionLoading } = useSession();
  const isTeacher = me?.role === 'TEACHER' && Boolean(me.school);
  const { data, loading } = useQuery(MySchoolQuery, { skip: !isTeacher, fetchPolicy: 'cache-first' });
  const school = isTeacher ? (data?.me?.school ?? null) : null;
  return { school, pending: sessionLoading || (isTeacher && loading && !school) };
}
