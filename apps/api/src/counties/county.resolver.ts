import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../graphql/access.decorators';
import { allCounties } from './counties';

@ObjectType('County', { description: "One of Norway's counties (fylker)" })
export class County {
  @Field({ description: 'Two digits, the value of countyNumbers filters, e.g. "46"' })
  number: string;

  @Field({ description: 'The bokmål name, e.g. "Vestland"' })
  name: string;
}

@Resolver(() => County)
export class CountyResolver {
  @Public()
  @Query(() => [County], { description: 'Every county, by number' })
  counties(): County[] {
    return [...allCounties()];
  }
}
