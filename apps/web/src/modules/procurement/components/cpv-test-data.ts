import { CpvTreeQuery } from '../graphql/procurement';

const cpv = (code: string, labelNb: string, labelEn: string) => ({
  __typename: 'CpvCode',
  code,
  labelNb,
  labelEn,
});

export const IT_DIVISION = cpv('72000000-5', 'IT-tjenester', 'IT services');
export const BUILDING_DIVISION = cpv('45000000-7', 'Bygge- og anleggsarbeid', 'Construction work');
export const IT_GROUPS = [
  cpv('72100000-6', 'Rådgivning om maskinvare', 'Hardware consultancy services'),
  cpv('72200000-7', 'Programmering', 'Software programming and consultancy services'),
];
export const PROGRAMMING_CLASSES = [
  cpv(
    '72210000-0',
    'Programmering av programvarepakker',
    'Programming services of packaged software products',
  ),
  cpv('72220000-3', 'Systemrådgivning', 'Systems and technical consultancy services'),
];

/** One level of the tree, answered as often as the picker asks. */
export const cpvTreeMock = (parent: string | null, cpvTree: object[]) => ({
  request: { query: CpvTreeQuery, variables: { parent } },
  result: { data: { cpvTree } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});
