import { registerEnumType } from '@nestjs/graphql';

export enum SolutionStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(SolutionStatus, { name: 'SolutionStatus' });

export enum SolutionSort {
  MOST_REUSED = 'MOST_REUSED',
  NEWEST = 'NEWEST',
}
registerEnumType(SolutionSort, { name: 'SolutionSort' });
