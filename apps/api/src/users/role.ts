import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  MEMBER = 'MEMBER',
  ADMIN = 'ADMIN',
}
registerEnumType(Role, { name: 'Role' });
