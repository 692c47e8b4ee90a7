import { ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import { validationException } from './error.filter';

// How @nestjs/graphql names a resolver parameter's kind (its GqlParamtype enum, not exported): a number, where HTTP
// routes use 'body', 'query', 'param' and 'custom'. Only ARGS is what a client sent.
export const GQL_ARGS_PARAM = 3;

/**
 * The global ValidationPipe, for what clients send only: GraphQL arguments and HTTP bodies, queries and params.
 * A field resolver's parent (`@Parent()`) is an object the api made itself, typed with an @ObjectType class: the
 * plain pipe copied it with class-transformer and ran class-validator over it on every field of every row (20
 * times a search page, for `Activity.location`), finding nothing to check.
 */
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      forbidUnknownValues: false,
      stopAtFirstError: false,
      exceptionFactory: validationException,
    });
  }

  protected override toValidate(metadata: ArgumentMetadata): boolean {
    const type: unknown = metadata.type;
    if (typeof type === 'number' && type !== GQL_ARGS_PARAM) return false;
    return super.toValidate(metadata);
  }
}
