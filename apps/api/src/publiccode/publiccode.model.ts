import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Solution } from '../solutions/solution.model';
import { PubliccodeRequirement } from './publiccode-export';
import type { PubliccodeProblemValue } from './publiccode-validator';

export enum ProblemSeverity {
  ERROR = 'ERROR',
  WARNING = 'WARNING',
}
registerEnumType(ProblemSeverity, { name: 'ProblemSeverity' });
registerEnumType(PubliccodeRequirement, {
  name: 'PubliccodeRequirement',
  description: 'What a solution lacks before it can be written as a publiccode.yml',
});

@ObjectType('PubliccodeProblem')
export class PubliccodeProblem {
  @Field(() => ProblemSeverity)
  severity: ProblemSeverity;

  @Field({
    description:
      'The key path, e.g. "maintenance.contacts" or "description.nb.shortDescription"; "" for the whole file',
  })
  key: string;

  @Field({ description: 'In English, as the official parser words it' })
  message: string;

  @Field(() => Int, { nullable: true })
  line: number | null;

  @Field(() => Int, { nullable: true })
  column: number | null;

  static from(problem: PubliccodeProblemValue): PubliccodeProblem {
    return Object.assign(new PubliccodeProblem(), problem, { severity: ProblemSeverity[problem.severity] });
  }
}

@ObjectType('PubliccodeImport')
export class PubliccodeImport {
  @Field(() => Solution, {
    nullable: true,
    description: "A DRAFT of the caller's organisation; null when any problem is an ERROR",
  })
  solution: Solution | null;

  @Field(() => [PubliccodeProblem])
  problems: PubliccodeProblem[];
}
