export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{
    message: string;
    path?: string[];
    extensions?: { code?: string; reason?: string; [key: string]: unknown };
  }>;
}

/** Posts a real GraphQL document over HTTP. */
export async function gqlRequest<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/** The `extensions.code` of the first error, or undefined when the response has none. */
export function errorCode(response: GraphQLResponse<unknown>): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

/** The `extensions.reason` of the first error, or undefined when the response has none. */
export function errorReason(response: GraphQLResponse<unknown>): string | undefined {
  return response.errors?.[0]?.extensions?.reason;
}
