import { graphql } from '../../gql';
import type { CompanyActivityFragment } from '../../gql/graphql';

// The company's activities as its pages read and change them.

export const CompanyActivityFragmentDoc = graphql(`
  fragment CompanyActivity on Activity {
    id
    title
    description
    type
    programme
    levels
    targetGroups
    themes
    delivery
    provinces
    maxTravelKm
    durationMinutes
    maxParticipants
    costEuros
    startsAt
    endsAt
    status
    averageRating
    reviewCount
    location {
      id
      name
      city
      company {
        id
        name
      }
    }
  }
`);

export type CompanyActivity = CompanyActivityFragment;

export const MyActivitiesQuery = graphql(`
  query MyActivities {
    myActivities {
      ...CompanyActivity
    }
  }
`);

export const OwnActivityQuery = graphql(`
  query OwnActivity($id: ID!) {
    activity(id: $id) {
      ...CompanyActivity
    }
  }
`);

export const CreateActivityMutation = graphql(`
  mutation CreateActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      ...CompanyActivity
    }
  }
`);

export const UpdateActivityMutation = graphql(`
  mutation UpdateActivity($id: ID!, $input: UpdateActivityInput!) {
    updateActivity(id: $id, input: $input) {
      ...CompanyActivity
    }
  }
`);

export const PublishActivityMutation = graphql(`
  mutation PublishActivity($id: ID!) {
    publishActivity(id: $id) {
      id
      status
    }
  }
`);

export const ArchiveActivityMutation = graphql(`
  mutation ArchiveActivity($id: ID!) {
    archiveActivity(id: $id) {
      id
      status
    }
  }
`);
