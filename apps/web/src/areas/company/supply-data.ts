import { graphql } from '../../gql';
import type { MySupplyOffersQuery } from '../../gql/graphql';

export const MySupplyOffersDoc = graphql(`
  query MySupplyOffers {
    mySupplyOffers {
      id
      type
      levels
      themes
      sessions
      sessionsRemaining
      maxTravelKm
      periodStart
      periodEnd
      status
      reachProvinces
      createdAt
      location {
        id
        name
        city
      }
      activity {
        id
        title
      }
    }
  }
`);

export type SupplyOffer = MySupplyOffersQuery['mySupplyOffers'][number];

export const CreateSupplyOfferDoc = graphql(`
  mutation CreateSupplyOffer($input: CreateSupplyOfferInput!) {
    createSupplyOffer(input: $input) {
      id
      reachProvinces
    }
  }
`);

export const UpdateSupplyOfferDoc = graphql(`
  mutation UpdateSupplyOffer($id: ID!, $input: UpdateSupplyOfferInput!) {
    updateSupplyOffer(id: $id, input: $input) {
      id
      type
      levels
      themes
      sessions
      sessionsRemaining
      maxTravelKm
      periodStart
      periodEnd
      reachProvinces
      activity {
        id
        title
      }
    }
  }
`);

export const WithdrawSupplyOfferDoc = graphql(`
  mutation WithdrawSupplyOffer($id: ID!) {
    withdrawSupplyOffer(id: $id) {
      id
      status
    }
  }
`);
