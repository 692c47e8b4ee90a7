import { Field, Float, InputType, ObjectType } from '@nestjs/graphql';
import { IsLatitude, IsLongitude } from 'class-validator';

@ObjectType({ description: 'A point in WGS84.' })
export class GeoPoint {
  @Field(() => Float, { description: 'Latitude in degrees.' })
  lat: number;

  @Field(() => Float, { description: 'Longitude in degrees.' })
  lon: number;
}

@InputType({ description: 'A point in WGS84.' })
export class GeoPointInput {
  @Field(() => Float, { description: 'Latitude in degrees.' })
  @IsLatitude()
  lat: number;

  @Field(() => Float, { description: 'Longitude in degrees.' })
  @IsLongitude()
  lon: number;
}
