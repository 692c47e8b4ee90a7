import { graphql } from '../../../gql';

// The waiting-list pages' GraphQL documents. Every answer about an entry carries the same fields, so that the
// cache keeps one complete copy of each entry (the panel reads it from there, also after it left the list).

export const WaitlistEntryFields = graphql(`
  fragment WaitlistEntryFields on WaitlistEntry {
    id
    status
    priority
    position
    joinedAt
    placedAt
    programme
    province
    school {
      id
      name
      city
      vestigingscode
    }
    currentOffer {
      id
      createdAt
      expiresAt
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
    partner {
      id
      name
      city
      company {
        id
        name
      }
    }
    events {
      at
      kind
      actorRole
      note
    }
  }
`);

export const CoordinatorWaitlistQuery = graphql(`
  query CoordinatorWaitlist($programme: Programme!, $province: Province, $statuses: [WaitlistStatus!]) {
    waitlist(programme: $programme, province: $province, statuses: $statuses) {
      ...WaitlistEntryFields
    }
  }
`);

export const PrioritizeWaitlistEntryMutation = graphql(`
  mutation PrioritizeWaitlistEntry($entryId: ID!, $priority: Int!, $reason: String!) {
    prioritizeWaitlistEntry(entryId: $entryId, priority: $priority, reason: $reason) {
      ...WaitlistEntryFields
    }
  }
`);

export const PlaceWaitlistEntryMutation = graphql(`
  mutation PlaceWaitlistEntry($entryId: ID!, $locationId: ID!, $reason: String!) {
    placeWaitlistEntry(entryId: $entryId, locationId: $locationId, reason: $reason) {
      ...WaitlistEntryFields
    }
  }
`);

export const PlacementLocationsQuery = graphql(`
  query PlacementLocations($province: Province, $query: String) {
    companies(approved: true, province: $province, query: $query) {
      id
      name
      locations {
        id
        name
        city
        province
      }
    }
  }
`);

export const LocationPartnerCapacityQuery = graphql(`
  query LocationPartnerCapacity($locationId: ID!, $programme: Programme!) {
    partnerCapacity(locationId: $locationId, programme: $programme) {
      slots
      used
      placed
      pending
      partnerDistanceKm
    }
  }
`);
