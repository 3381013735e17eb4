import type { SystemCategory } from '../../generated/graphql';

/** The catalogue's categories in the order the pickers show them. */
export const SYSTEM_CATEGORIES: readonly SystemCategory[] = [
  'CASE_MANAGEMENT',
  'ARCHIVE',
  'HEALTH_CARE',
  'ERP',
  'IDENTITY',
  'NATIONAL_SERVICE',
  'INTEGRATION_PLATFORM',
  'RPA_PLATFORM',
  'HOSTING',
  'OTHER',
];

/** `systems` by category, in SYSTEM_CATEGORIES order, leaving out empty categories. */
export function groupByCategory<T extends { category: SystemCategory }>(
  systems: readonly T[],
): [SystemCategory, T[]][] {
  return SYSTEM_CATEGORIES.map((category): [SystemCategory, T[]] => [
    category,
    systems.filter((system) => system.category === category),
  ]).filter(([, group]) => group.length > 0);
}

/** "Elements (Sikri)": the name, and the vendor when it says something the name does not. */
export function systemLabel(system: { name: string; vendor?: string | null }): string {
  return system.vendor && system.vendor !== system.name ? `${system.name} (${system.vendor})` : system.name;
}
