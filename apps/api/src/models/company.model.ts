import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { CompanyEntity, CompanyLocationEntity } from '@app/catalogue';
import { Province } from '../graphql/enums';
import { GeoPoint } from './geo-point.model';

@ObjectType({ description: 'A company that offers activities.' })
export class Company {
  @Field(() => ID, { description: 'Internal id.' })
  id: string;

  @Field({ description: 'Company name.' })
  name: string;

  @Field({ description: 'Approved by a coordinator; only approved companies can publish.' })
  approved: boolean;

  @Field(() => [CompanyLocation], { description: 'The company locations (vestigingen).' })
  locations: CompanyLocation[];

  // The stored reason, whoever asks; the field rejectionReason (CompanyResolver) decides who reads it.
  rejection: string | null;

  static from(entity: CompanyEntity): Company {
    return Object.assign(new Company(), {
      id: entity.id,
      name: entity.name,
      approved: entity.approved,
      rejection: entity.rejectionReason,
    });
  }
}

@ObjectType({ description: 'A company location that gives activities.' })
export class CompanyLocation {
  @Field(() => ID, { description: 'Internal id.' })
  id: string;

  @Field({ description: 'Name of the location.' })
  name: string;

  @Field({ description: 'Postcode, like 5611AB.' })
  postcode: string;

  @Field({ description: 'Place.' })
  city: string;

  @Field(() => Province, { description: 'Province, from the postcode.' })
  province: Province;

  @Field(() => GeoPoint, { description: 'Where the location is (PC4 centroid of its postcode).' })
  location: GeoPoint;

  @Field(() => Company, { description: 'The company of this location.' })
  company: Company;

  companyId: string;

  static from(entity: CompanyLocationEntity): CompanyLocation {
    return Object.assign(new CompanyLocation(), {
      id: entity.id,
      name: entity.name,
      postcode: entity.postcode,
      city: entity.city,
      province: entity.province,
      location: { lat: entity.lat, lon: entity.lon },
      companyId: entity.companyId,
    });
  }
}
