import { BadRequestException } from '@nestjs/common';
import { Args, Parent } from '@nestjs/graphql';
import { GeoPoint, GeoPointInput } from '../models/geo-point.model';
import { GQL_ARGS_PARAM, InputValidationPipe } from './input-validation.pipe';

class Probe {
  method(@Parent() _parent: GeoPoint, @Args('point') _point: GeoPointInput): void {}
}

describe('InputValidationPipe', () => {
  const pipe = new InputValidationPipe();

  it('knows the number @nestjs/graphql gives an @Args parameter, and a parent another one', () => {
    // @nestjs/graphql keys a method's parameters "<kind>:<index>".
    const keys = Object.keys(Reflect.getMetadata('__routeArguments__', Probe, 'method') as object);
    expect(keys).toContain(`${GQL_ARGS_PARAM}:1`);
    expect(keys).not.toContain(`${GQL_ARGS_PARAM}:0`);
  });

  it('checks what a client sends in GraphQL arguments and HTTP bodies', async () => {
    for (const type of [GQL_ARGS_PARAM, 'body']) {
      await expect(
        pipe.transform({ lat: 95, lon: 5 }, { type: type as 'body', metatype: GeoPointInput, data: 'point' }),
      ).rejects.toBeInstanceOf(BadRequestException);
      await expect(
        pipe.transform({ lat: 52, lon: 5 }, { type: type as 'body', metatype: GeoPointInput, data: 'point' }),
      ).resolves.toBeInstanceOf(GeoPointInput);
    }
  });

  it('gives a field resolver its parent as it is, unchecked and uncopied', async () => {
    const parent = Object.assign(new GeoPoint(), { lat: 95, lon: 5 });
    await expect(
      pipe.transform(parent, { type: 0 as unknown as 'body', metatype: GeoPoint, data: undefined }),
    ).resolves.toBe(parent);
  });
});
