import { Field, ObjectType } from '@nestjs/graphql';
import { System } from '../systems/system.model';

@ObjectType('SolutionRequirement')
export class SolutionRequirement {
  @Field({ description: 'e.g. "Sak/arkiv med Noark 5-grensesnitt"' })
  description: string;

  @Field(() => [System], { description: 'Met when the organisation runs any of these' })
  anyOf: System[];
}

@ObjectType('SolutionFit', { description: "How a solution's requirements meet the viewer's systems" })
export class SolutionFit {
  @Field({ description: 'Every requirement met' })
  runsHere: boolean;

  @Field(() => [SolutionRequirement])
  met: SolutionRequirement[];

  @Field(() => [SolutionRequirement])
  missing: SolutionRequirement[];
}
