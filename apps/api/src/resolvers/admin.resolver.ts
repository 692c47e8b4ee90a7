import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@app/access';
import { SchoolImportRunService, SchoolImportSource } from '@app/catalogue';
import type { Actor } from '@app/core';
import { AuthService } from '@app/identity';
import { Authenticated, CurrentActor } from '../auth/auth.guard';
import { SchoolImportRun } from '../models/school-import.model';
import { User } from '../models/user.model';

/** What only an admin does: see the coordinators, import the school registry. */
@Resolver()
export class AdminResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly imports: SchoolImportRunService,
  ) {}

  @Query(() => [User], { description: 'Admin only: every coordinator account, by name (at most 500).' })
  @Authenticated(Permission.CoordinatorList)
  async coordinators(@CurrentActor() actor: Actor): Promise<User[]> {
    return (await this.auth.listCoordinators(actor)).map((user) => User.from(user));
  }

  @Mutation(() => SchoolImportRun, {
    description:
      'Admin only: import the DUO school registry in the background (upserting by vestigingscode). Returns a ' +
      'QUEUED run at once; poll schoolImport until it is DONE or FAILED. CONFLICT with reason ' +
      'SCHOOL_IMPORT_RUNNING while another import is queued or running.',
  })
  @Authenticated(Permission.SchoolImport)
  async startSchoolImport(
    @CurrentActor() actor: Actor,
    @Args('source', {
      type: () => SchoolImportSource,
      defaultValue: SchoolImportSource.DATA_FILE,
      description: 'Which file to read; the shared open data file when absent.',
    })
    source: SchoolImportSource,
  ): Promise<SchoolImportRun> {
    return SchoolImportRun.from(await this.imports.start(actor, source));
  }

  @Query(() => SchoolImportRun, {
    nullable: true,
    description: 'Admin only: an import of the school registry, with its progress; null when unknown.',
  })
  @Authenticated(Permission.SchoolImport)
  async schoolImport(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The run.' }) id: string,
  ): Promise<SchoolImportRun | null> {
    const run = await this.imports.find(actor, id);
    return run ? SchoolImportRun.from(run) : null;
  }

  @Query(() => [SchoolImportRun], {
    description: 'Admin only: the latest imports of the school registry, newest first.',
  })
  @Authenticated(Permission.SchoolImport)
  async schoolImports(
    @CurrentActor() actor: Actor,
    @Args('limit', { type: () => Int, defaultValue: 10, description: 'How many, 1 to 50.' }) limit: number,
  ): Promise<SchoolImportRun[]> {
    return (await this.imports.list(actor, limit)).map((run) => SchoolImportRun.from(run));
  }
}
