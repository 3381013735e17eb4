import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../graphql/paginated';
import type { OrganizationEntity } from './organization.entity';
import { OrganizationKind } from './organization-kind';
import { populationOf } from './population';

@ObjectType('Organization')
export class Organization {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => OrganizationKind)
  kind: OrganizationKind;

  @Field({ description: '9 digits (mod-11 checked); empty where the official reference data has none' })
  organizationNumber: string;

  @Field(() => String, { nullable: true, description: '4 digits for municipalities, e.g. "4601"' })
  municipalityNumber: string | null;

  @Field(() => String, { nullable: true, description: '2 digits: the county the organisation belongs to' })
  countyNumber: string | null;

  @Field({
    description: 'Public bodies from the official register; companies once a platform admin verified them',
  })
  verified: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Residents on 1 January 2025 (SSB): municipalities and county municipalities',
  })
  population: number | null;

  static from(entity: OrganizationEntity): Organization {
    return Object.assign(new Organization(), {
      id: entity.id,
      name: entity.name,
      kind: entity.kind,
      organizationNumber: entity.organizationNumber ?? '',
      municipalityNumber: entity.municipalityNumber,
      countyNumber: entity.countyNumber,
      verified: entity.verified,
      population: populationOf(entity),
    });
  }
}

@ObjectType()
export class OrganizationPage extends Paginated(Organization) {}
