import { graphql } from '../../../../gql';

/** One page of the search, with what a result shows and every facet. */
export const SearchActivitiesQuery = graphql(`
  query SearchActivities($input: ActivitySearchInput!) {
    searchActivities(input: $input) {
      total
      page
      pageSize
      hits {
        distanceKm
        highlight
        activity {
          id
          title
          description
          type
          levels
          delivery
          costEuros
          startsAt
          averageRating
          reviewCount
          location {
            id
            city
            location {
              lat
              lon
            }
            company {
              id
              name
            }
          }
        }
      }
      facets {
        field
        values {
          value
          count
        }
      }
    }
  }
`);

/** How many activities a search finds (for the filters a zero result could drop). */
export const SearchTotalQuery = graphql(`
  query SearchTotal($input: ActivitySearchInput!) {
    searchActivities(input: $input) {
      total
    }
  }
`);

/** The logged-in teacher's school: its code to measure distances from, and where it is. */
export const MySchoolQuery = graphql(`
  query PublicMySchool {
    me {
      id
      school {
        id
        name
        vestigingscode
        location {
          lat
          lon
        }
      }
    }
  }
`);
