import type { DocumentNode } from 'graphql';
import { addTypenameToDocument, print } from '@apollo/client/utilities';

/** A GraphQL request as the app's Apollo client sends it. */
export interface GraphqlRequest {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
}

/** The text Apollo sends for `document`: with `__typename` added, printed. */
export const sentText = (document: DocumentNode): string => print(addTypenameToDocument(document));
