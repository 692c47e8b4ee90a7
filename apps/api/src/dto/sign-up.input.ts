import { Field, InputType } from '@nestjs/graphql';
import { IsArray, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { Programme, Province, Role } from '../graphql/enums';

@InputType({ description: 'A company location: the postcode places it on the map.' })
export class CompanyLocationInput {
  @Field({ description: 'Name of the location, e.g. "Vestiging Eindhoven".' })
  @IsString()
  @MaxLength(200)
  name: string;

  @Field(() => String, { nullable: true, description: 'Street and number.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  street?: string | null;

  @Field({ description: 'Dutch postcode, like 5611 AB.' })
  @IsString()
  @MaxLength(10)
  postcode: string;

  @Field({ description: 'Place.' })
  @IsString()
  @MaxLength(100)
  city: string;
}

@InputType({
  description:
    'Only TEACHER and COMPANY can sign up themselves. A teacher names the school; a company contact creates the company with its first location.',
})
export class SignUpInput {
  @Field({ description: 'E-mail address; the login.' })
  @IsString()
  email: string;

  @Field({ description: 'At least 10 characters, letters mixed with digits or symbols.' })
  @IsString()
  password: string;

  @Field({ description: 'Your name.' })
  @IsString()
  name: string;

  @Field(() => Role, { description: 'TEACHER or COMPANY.' })
  role: Role;

  @Field(() => String, {
    nullable: true,
    description: 'For a teacher: the DUO vestigingscode of the school.',
  })
  @IsOptional()
  @IsString()
  schoolVestigingscode?: string | null;

  @Field(() => String, { nullable: true, description: 'For a company contact: the company name.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  companyName?: string | null;

  @Field(() => CompanyLocationInput, {
    nullable: true,
    description: 'For a company contact: its first location.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => CompanyLocationInput)
  companyLocation?: CompanyLocationInput | null;
}

@InputType({ description: 'A coordinator account, created by an admin.' })
export class CreateCoordinatorInput {
  @Field({ description: 'E-mail address; the login.' })
  @IsString()
  email: string;

  @Field({ description: 'Initial password.' })
  @IsString()
  password: string;

  @Field({ description: 'Name.' })
  @IsString()
  name: string;

  @Field(() => [Province], { description: 'The provinces they work in; at least one.' })
  @IsArray()
  provinces: Province[];

  @Field(() => [Programme], { description: 'The programmes they work for; none named: every programme.' })
  @IsArray()
  programmes: Programme[];
}
