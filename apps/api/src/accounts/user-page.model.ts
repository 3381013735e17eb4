import { ObjectType } from '@nestjs/graphql';
import { Paginated } from '../graphql/paginated';
import { User } from '../users/user.model';

@ObjectType()
export class UserPage extends Paginated(User) {}
