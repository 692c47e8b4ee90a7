import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, visit, type DocumentNode } from 'graphql';
import { ERROR_REASONS } from '@app/core';

// PostgreSQL cannot store U+0000 in text, and a lone surrogate is no character at all: both would fail deep in a
// write (INTERNAL_SERVER_ERROR) or be stored broken, so they are refused before any resolver runs.
const INVALID_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when a text holds a NUL byte or an unpaired surrogate. */
export function isInvalidText(text: string): boolean {
  return INVALID_TEXT.test(text);
}

// The name of the first field (object key) whose text is invalid, anywhere in a variable's value.
function invalidIn(value: unknown, name: string): string | undefined {
  if (typeof value === 'string') return isInvalidText(value) ? name : undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = invalidIn(item, name);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (isInvalidText(key)) return name;
      const found = invalidIn(item, key);
      if (found) return found;
    }
  }
  return undefined;
}

// The argument or input field of the first invalid string literal written in the document itself.
function invalidInDocument(document: DocumentNode): string | undefined {
  let found: string | undefined;
  const names: string[] = [];
  const enter = (name: string) => void names.push(name);
  const leave = () => void names.pop();
  visit(document, {
    Argument: { enter: (node) => enter(node.name.value), leave },
    ObjectField: { enter: (node) => enter(node.name.value), leave },
    StringValue(node) {
      if (found === undefined && isInvalidText(node.value)) found = names.at(-1) ?? 'query';
    },
  });
  return found;
}

/** Refuses every operation, anonymous or not, with a NUL byte or an unpaired surrogate in any text it sends. */
export function cleanTextPlugin(): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ request, document }) {
          const field = invalidIn(request.variables ?? {}, 'variables') ?? invalidInDocument(document);
          if (field === undefined) return Promise.resolve();
          throw new GraphQLError(`${field}: text with a NUL byte or an unpaired surrogate`, {
            extensions: {
              code: ERROR_REASONS.INVALID_TEXT,
              reason: 'INVALID_TEXT',
              field,
              http: { status: 400 },
            },
          });
        },
      });
    },
  };
}
