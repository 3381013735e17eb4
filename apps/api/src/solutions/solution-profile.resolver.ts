import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { System } from '../systems/system.model';
import { systemById } from '../systems/system-catalogue';
import { Solution } from './solution.model';

@Resolver(() => Solution)
export class SolutionProfileResolver {
  @ResolveField(() => System, {
    nullable: true,
    description: "A ROBOT's RPA platform, from the catalogue of systems",
  })
  rpaPlatform(@Parent() solution: Solution): System | null {
    return (solution.rpaPlatformId && systemById(solution.rpaPlatformId)) || null;
  }
}
