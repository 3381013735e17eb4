import { Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../graphql/access.decorators';
import { SERVICE_AREAS } from './service-areas';

@ObjectType('ServiceArea')
export class ServiceArea {
  @Field(() => ID, { description: 'The value used in serviceArea fields and filters' })
  id: string;

  @Field()
  nameNb: string;

  @Field()
  nameEn: string;
}

@Resolver(() => ServiceArea)
export class ServiceAreaResolver {
  @Public()
  @Query(() => [ServiceArea], { description: 'Every service area, in display order' })
  serviceAreas(): ServiceArea[] {
    return [...SERVICE_AREAS];
  }
}
