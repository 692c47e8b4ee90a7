import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { SchoolEntity } from '@app/catalogue';
import { EducationLevel, Province } from '../graphql/enums';
import { GeoPoint } from './geo-point.model';

@ObjectType({ description: 'A school location (DUO vestiging).' })
export class School {
  @Field(() => ID, { description: 'Internal id.' })
  id: string;

  @Field({ description: 'DUO vestigingscode: BRIN plus two digits.' })
  vestigingscode: string;

  @Field({ description: 'Name of the school location.' })
  name: string;

  @Field({ description: 'Place (plaatsnaam).' })
  city: string;

  @Field({ description: 'Municipality (gemeente).' })
  municipality: string;

  @Field(() => Province, { description: 'Province, from the municipality.' })
  province: Province;

  @Field(() => GeoPoint, { description: 'Where the school is.' })
  location: GeoPoint;

  @Field(() => [EducationLevel], { description: 'Levels the school teaches.' })
  levels: EducationLevel[];

  @Field(() => String, {
    nullable: true,
    description: 'DUO school type, such as basisschool or VBO/MAVO/HAVO/VWO.',
  })
  schoolType: string;

  static from(entity: SchoolEntity): School {
    return Object.assign(new School(), {
      id: entity.id,
      vestigingscode: entity.vestigingscode,
      name: entity.name,
      city: entity.city,
      municipality: entity.municipality,
      province: entity.province,
      location: { lat: entity.lat, lon: entity.lon },
      levels: entity.levels,
      schoolType: entity.schoolType,
    });
  }
}
