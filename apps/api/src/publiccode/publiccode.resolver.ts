import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { unauthenticated } from '../common/domain-error';
import { Authenticated, Context, CurrentViewer, OptionalViewer, Public } from '../graphql/access.decorators';
import { loaderFor, type RequestContext, type Viewer } from '../graphql/request-context';
import { Solution } from '../solutions/solution.model';
import { PubliccodeImport, PubliccodeProblem } from './publiccode.model';
import { PubliccodeService } from './publiccode.service';
import { type PubliccodeExport, PubliccodeRequirement } from './publiccode-export';

@Resolver()
export class PubliccodeResolver {
  constructor(private readonly publiccode: PubliccodeService) {}

  @Public()
  @Query(() => [PubliccodeProblem], {
    description:
      'The problems of a publiccode.yml as italia/publiccode-parser-go finds them, without network access unless checkUrls (signed-in users only)',
  })
  async validatePubliccode(
    @OptionalViewer() viewer: Viewer | null,
    @Args('yaml') yaml: string,
    @Args('checkUrls', { defaultValue: false, description: 'Also check that its URLs answer' })
    checkUrls: boolean,
  ): Promise<PubliccodeProblem[]> {
    if (checkUrls && !viewer) throw unauthenticated();
    return (await this.publiccode.validate(yaml, checkUrls)).map(PubliccodeProblem.from);
  }

  @Authenticated()
  @Mutation(() => PubliccodeImport, {
    description: "A DRAFT of the caller's organisation from a publiccode.yml, when no problem is an ERROR",
  })
  async importPubliccode(
    @CurrentViewer() viewer: Viewer,
    @Args('yaml') yaml: string,
  ): Promise<PubliccodeImport> {
    const { solution, problems } = await this.publiccode.import(viewer, yaml);
    return { solution, problems: problems.map(PubliccodeProblem.from) };
  }
}

@Resolver(() => Solution)
export class SolutionPubliccodeResolver {
  constructor(private readonly publiccode: PubliccodeService) {}

  @ResolveField(() => String, {
    nullable: true,
    description:
      'The solution as a valid publiccode.yml (current version); null when it lacks what the standard requires',
  })
  async publiccodeYml(
    @Parent() solution: Solution,
    @Context() context: RequestContext,
  ): Promise<string | null> {
    return (await this.exportOf(solution, context)).yaml;
  }

  @ResolveField(() => [PubliccodeRequirement], {
    description: 'What the solution must get before it can be written as a publiccode.yml; empty when it can',
  })
  async publiccodeMissing(
    @Parent() solution: Solution,
    @Context() context: RequestContext,
  ): Promise<PubliccodeRequirement[]> {
    return (await this.exportOf(solution, context)).missing;
  }

  /** Once per solution and request, however many of its fields ask. */
  private exportOf(solution: Solution, context: RequestContext): Promise<PubliccodeExport> {
    return loaderFor(context, `publiccodeExport:${solution.id}`, (ids) =>
      Promise.all(ids.map(() => this.publiccode.exportOf(solution))),
    ).load(solution.id);
  }
}
