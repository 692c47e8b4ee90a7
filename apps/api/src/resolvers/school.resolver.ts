import { Args, Query, Resolver } from '@nestjs/graphql';
import { SchoolService } from '@app/catalogue';
import { School } from '../models/school.model';

@Resolver(() => School)
export class SchoolResolver {
  constructor(private readonly schools: SchoolService) {}

  @Query(() => School, { nullable: true, description: 'A school location by its DUO vestigingscode.' })
  async school(
    @Args('vestigingscode', { description: 'BRIN plus two digits, e.g. 32DD00.' }) vestigingscode: string,
  ): Promise<School | null> {
    const school = await this.schools.findByVestigingscode(vestigingscode);
    return school ? School.from(school) : null;
  }
}
