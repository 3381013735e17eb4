import type { Language } from '../../i18n/language';

/** How deep the CPV tree opens: to the classes (a notice's codes), or only the divisions (a saved search). */
export type CpvDepth = 'class' | 'division';

const STEM_LENGTH: Record<CpvDepth, number> = { division: 2, class: 4 };
const FULL_CODE = /^\d{8}-\d$/;

/** A full CPV code with its check digit, e.g. "72000000-5". */
export const isCpvCode = (value: string) => FULL_CODE.test(value);

/** The digits that place a code in the tree (as the api counts them): "72" for 72000000-5, "722" for 72200000-7. */
export const cpvStem = (code: string) => code.slice(0, 8).replace(/0+$/, '').padEnd(2, '0');

/** The two-digit division a code belongs to: "72" for 72212000-4. */
export const cpvDivisionOf = (code: string) => code.slice(0, 2);

/** Whether the tree opens this code to show narrower ones. */
export const cpvOpensBelow = (code: string, depth: CpvDepth) => cpvStem(code).length < STEM_LENGTH[depth];

/** Whether a code can be picked at this depth (a division picker offers only divisions). */
export const cpvPickable = (code: string, depth: CpvDepth) => cpvStem(code).length <= STEM_LENGTH[depth];

export const cpvLabel = (cpv: { labelNb: string; labelEn: string }, language: Language) =>
  language === 'en' ? cpv.labelEn : cpv.labelNb;
