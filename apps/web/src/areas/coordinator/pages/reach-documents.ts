import { graphql } from '../../../gql';

export const CoordinatorReachQuery = graphql(`
  query CoordinatorReach($schoolYear: Int!, $programme: Programme, $province: Province) {
    reachReport(schoolYear: $schoolYear, programme: $programme, province: $province) {
      schoolYear
      rows {
        province
        programme
        schoolsReached
        schoolsNotReached
        repeatSchools
        activitiesGiven
        pupilsReached
        companiesActive
        averageRating
        waitingAtYearEnd
      }
    }
  }
`);

export const UnreachedSchoolsQuery = graphql(`
  query UnreachedSchools($schoolYear: Int!, $province: Province!) {
    unreachedSchools(schoolYear: $schoolYear, province: $province) {
      nearestSupplyKm
      school {
        id
        name
        city
        vestigingscode
        location {
          lat
          lon
        }
      }
    }
  }
`);
