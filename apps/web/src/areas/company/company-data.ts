import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

// The own company as every company page needs it: whether it may publish, why it was turned down, its locations.
export const OwnCompanyQuery = graphql(`
  query OwnCompany {
    me {
      id
      emailVerified
      company {
        id
        name
        approved
        rejectionReason
        locations {
          id
          name
          postcode
          city
          province
        }
      }
    }
  }
`);

export function useOwnCompany() {
  const { data, loading, error } = useQuery(OwnCompanyQuery);
  return {
    company: data?.me?.company ?? null,
    emailVerified: data?.me?.emailVerified ?? true,
    loading: loading && !data,
    error,
  };
}

export type OwnCompany = NonNullable<ReturnType<typeof useOwnCompany>['company']>;
