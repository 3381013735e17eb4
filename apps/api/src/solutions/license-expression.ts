import parseSpdx from 'spdx-expression-parse';
import spdxLicenses from 'spdx-license-list';
import { optionalText } from '../common/input-validation';
import { solutionError } from './solution.errors';

/** The one LicenseRef the SPDX list lacks: a closed licence. */
export const PROPRIETARY_LICENSE = 'LicenseRef-Proprietary';

type Expression = parseSpdx.Info;

/**
 * An SPDX licence expression ("MIT", "EUPL-1.2 OR MIT", "CC-BY-4.0", "NLOD-2.0") checked against the
 * SPDX licence list the `spdx-license-ids` package ships, or LicenseRef-Proprietary; blank is null.
 */
export function optionalLicenseId(field: string, value: string | null | undefined): string | null {
  const text = optionalText(field, value, { max: 200 });
  if (text === null) return null;
  if (!isLicenseExpression(text))
    throw solutionError(
      'INVALID_LICENSE_EXPRESSION',
      `${field} must be an SPDX licence expression (e.g. "MIT" or "EUPL-1.2 OR MIT") or ${PROPRIETARY_LICENSE}`,
      { field },
    );
  return text;
}

/** Whether the text is an SPDX expression of licences on the SPDX list, or LicenseRef-Proprietary. */
export function isLicenseExpression(text: string): boolean {
  const expression = parse(text);
  return (
    expression !== null &&
    licenses(expression).every((id) => id === PROPRIETARY_LICENSE || id in spdxLicenses)
  );
}

/**
 * Open source: an OSI-approved licence, NLOD, or a Creative Commons licence without NC or ND; an OR
 * expression is open when any branch is, an AND expression when every part is.
 */
export function isOpenSource(licenseId: string | null): boolean {
  const expression = licenseId ? parse(licenseId) : null;
  return expression ? isOpen(expression) : false;
}

function parse(text: string): Expression | null {
  try {
    return parseSpdx(text);
  } catch {
    return null;
  }
}

function licenses(expression: Expression): string[] {
  return 'license' in expression
    ? [expression.license]
    : [...licenses(expression.left), ...licenses(expression.right)];
}

function isOpen(expression: Expression): boolean {
  if ('license' in expression) return isOpenLicense(expression.license);
  const [left, right] = [isOpen(expression.left), isOpen(expression.right)];
  return expression.conjunction === 'or' ? left || right : left && right;
}

function isOpenLicense(id: string): boolean {
  if (id.startsWith('NLOD-')) return true;
  if (id.startsWith('CC-') || id === 'CC0-1.0') return !/-(NC|ND)(-|$)/.test(id);
  return spdxLicenses[id]?.osiApproved === true;
}
