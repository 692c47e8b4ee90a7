import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      email
      name
      role
      emailVerified
      schoolVerified
      provinces
      programmes
      school {
        id
        name
        city
      }
      company {
        id
        name
        approved
      }
    }
  }
`);

const LogOutMutation = graphql(`
  mutation LogOut {
    logOut
  }
`);

export type Me = NonNullable<ReturnType<typeof useSession>['me']>;

/** Who is logged in (from the httpOnly session cookie, through `me`); null for a visitor. */
export function useSession() {
  const { data, loading } = useQuery(MeQuery, { fetchPolicy: 'cache-first' });
  return { me: data?.me ?? null, loading: loading && !data };
}

/** Logs out: clears the cookie on the server and every cached answer in the browser. */
export function useLogOut(): () => Promise<void> {
  const client = useApolloClient();
  const [logOut] = useMutation(LogOutMutation);
  return useCallback(async () => {
    await logOut();
    await client.clearStore();
    await client.refetchQueries({ include: [MeQuery] });
  }, [client, logOut]);
}

/**
 * After logIn or signUp set the session cookie: forgets what was cached for the visitor and asks `me` again, so
 * that the menu and every page see the new account.
 */
export function useRefreshSession(): () => Promise<void> {
  const client = useApolloClient();
  return useCallback(async () => {
    await client.clearStore();
    await client.refetchQueries({ include: [MeQuery] });
  }, [client]);
}
