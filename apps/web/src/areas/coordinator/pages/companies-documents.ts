import { graphql } from '../../../gql';
import { z } from 'zod';

export const CoordinatorCompaniesQuery = graphql(`
  query CoordinatorCompanies($approved: Boolean, $province: Province, $query: String) {
    companies(approved: $approved, province: $province, query: $query) {
      id
      name
      approved
      rejectionReason
      locations {
        id
        name
        city
        province
      }
    }
  }
`);

export const ApproveCompanyMutation = graphql(`
  mutation ApproveCompany($id: ID!) {
    approveCompany(id: $id) {
      id
      approved
      rejectionReason
    }
  }
`);

export const RejectCompanyMutation = graphql(`
  mutation RejectCompany($id: ID!, $reason: String!) {
    rejectCompany(id: $id, reason: $reason) {
      id
      approved
      rejectionReason
    }
  }
`);

/** Turning a company down: a reason of 1 to 1000 characters, as the api requires (messages are text ids). */
export const rejectSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(1, { error: 'coordinator.companies.reject.required' })
    .max(1000, { error: 'coordinator.companies.reject.tooLong' }),
});
export type RejectValues = z.infer<typeof rejectSchema>;
