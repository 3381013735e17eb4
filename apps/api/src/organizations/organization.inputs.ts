import { Field, ID, InputType } from '@nestjs/graphql';
import { OrganizationKind } from './organization-kind';

@InputType()
export class CreateOrganizationInput {
  @Field()
  name: string;

  @Field(() => OrganizationKind)
  kind: OrganizationKind;

  @Field()
  organizationNumber: string;

  @Field(() => String, { nullable: true })
  municipalityNumber?: string | null;
}

@InputType()
export class OrganizationFilter {
  @Field(() => String, { nullable: true, description: 'Matches name or organisation number' })
  text?: string | null;

  @Field(() => [OrganizationKind], { nullable: true })
  kinds?: OrganizationKind[] | null;

  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only organisations without an organisation number (some reference-data bodies lack one)',
  })
  missingOrganizationNumber?: boolean | null;
}
