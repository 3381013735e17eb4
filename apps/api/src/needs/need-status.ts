import { registerEnumType } from '@nestjs/graphql';

export enum NeedStatus {
  OPEN = 'OPEN',
  IN_PROCUREMENT = 'IN_PROCUREMENT',
  SOLVED = 'SOLVED',
  CLOSED = 'CLOSED',
}
registerEnumType(NeedStatus, { name: 'NeedStatus' });

export enum NeedResponseStatus {
  SUBMITTED = 'SUBMITTED',
  SHORTLISTED = 'SHORTLISTED',
  DECLINED = 'DECLINED',
}
registerEnumType(NeedResponseStatus, { name: 'NeedResponseStatus' });
