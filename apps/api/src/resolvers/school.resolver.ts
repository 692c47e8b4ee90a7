import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { SchoolSearchService, SchoolService } from '@app/catalogue';
import { Province } from '../graphql/enums';
import { School } from '../models/school.model';

@Resolver(() => School)
export class SchoolResolver {
  constructor(
    private readonly schools: SchoolService,
    private readonly schoolSearch: SchoolSearchService,
  ) {}

  @Query(() => School, { nullable: true, description: 'A school location by its DUO vestigingscode.' })
  async school(
    @Args('vestigingscode', { description: 'BRIN plus two digits, e.g. 32DD00.' }) vestigingscode: string,
  ): Promise<School | null> {
    const school = await this.schools.findByVestigingscode(vestigingscode);
    return school ? School.from(school) : null;
  }

  @Query(() => [School], {
    name: 'schools',
    description:
      'Public: schools by name, place, postcode or vestigingscode, typo-tolerant, best first (at most 50).',
  })
  async searchSchools(
    @Args('query', {
      description:
        'What the person typed: a name, place, postcode (5341 GD, 5341) or vestigingscode; 2 to 100 characters.',
    })
    query: string,
    @Args('province', { type: () => Province, nullable: true, description: 'Only schools in this province.' })
    province: Province | null,
    @Args('first', {
      type: () => Int,
      nullable: true,
      description: 'How many schools: 1 to 50, 10 when absent.',
    })
    first: number | null,
  ): Promise<School[]> {
    const found = await this.schoolSearch.search(query, { province, first });
    return found.map((school) => School.from(school));
  }
}
