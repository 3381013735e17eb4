import { registerEnumType } from '@nestjs/graphql';

export enum SystemCategory {
  CASE_MANAGEMENT = 'CASE_MANAGEMENT',
  ARCHIVE = 'ARCHIVE',
  RPA_PLATFORM = 'RPA_PLATFORM',
  IDENTITY = 'IDENTITY',
  HEALTH_CARE = 'HEALTH_CARE',
  ERP = 'ERP',
  INTEGRATION_PLATFORM = 'INTEGRATION_PLATFORM',
  NATIONAL_SERVICE = 'NATIONAL_SERVICE',
  HOSTING = 'HOSTING',
  OTHER = 'OTHER',
}
registerEnumType(SystemCategory, {
  name: 'SystemCategory',
  valuesMap: {
    CASE_MANAGEMENT: { description: 'Sak/arkiv (Noark 5)' },
    HEALTH_CARE: { description: 'EPJ / pleie og omsorg' },
    ERP: { description: 'Økonomi, lønn, HR' },
    NATIONAL_SERVICE: { description: 'KS Fiks, ID-porten, Altinn, Digipost, ...' },
  },
});
