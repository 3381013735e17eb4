import { Link, Tag } from '@digdir/designsystemet-react';
import type { SolutionProfileFieldsFragment } from '../../../generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';

const PROPRIETARY = 'LicenseRef-Proprietary';

/**
 * The language solutions are written in: a description of what owners wrote is marked with it, so
 * that it is read (and hyphenated, see .facts dd) as Norwegian inside the English interface too.
 */
export const CONTENT_LANGUAGE = 'nb';

interface FactProps {
  term: string;
  /** True when the description is what the owner wrote, not the interface's words. */
  authored?: boolean;
  children: React.ReactNode;
}

/** A term and its description, left out when there is nothing to say. */
function Fact({ term, authored = false, children }: FactProps) {
  if (children === null || children === undefined || children === false || children === '') return null;
  return (
    <>
      <dt>{term}</dt>
      <dd lang={authored ? CONTENT_LANGUAGE : undefined}>{children}</dd>
    </>
  );
}

/** The solution page's facts about what the solution is; rows of the facts' description list. */
export function SolutionProfileFacts({ solution }: { solution: SolutionProfileFieldsFragment }) {
  const { t, formatDate, formatNok } = useI18n();
  const { contact, builtBy, supplierName } = solution;
  const how = builtBy && t(`builtBy.${builtBy}`);
  return (
    <>
      <Fact term={t('solution.kind')}>{t(`solutionKind.${solution.kind}`)}</Fact>
      <Fact term={t('solution.rpaPlatform')}>
        {solution.rpaPlatform &&
          [solution.rpaPlatform.name, solution.rpaPlatform.vendor].filter(Boolean).join(' · ')}
      </Fact>
      <Fact term={t('solution.automatedProcess')} authored>
        {solution.automatedProcess}
      </Fact>
      <Fact term={t('solution.endpointUrl')}>
        {solution.endpointUrl && <Link href={solution.endpointUrl}>{solution.endpointUrl}</Link>}
      </Fact>
      <Fact term={t('solution.datasetFormat')} authored>
        {solution.datasetFormat}
      </Fact>
      <Fact term={t('solution.maturity')}>{t(`maturity.${solution.maturity}`)}</Fact>
      <Fact term={t('solution.lastReviewed')}>
        {solution.lastReviewedOn && formatDate(solution.lastReviewedOn)}
      </Fact>
      <Fact term={t('solution.licenseId')}>
        {solution.licenseId && (
          <>
            {solution.licenseId === PROPRIETARY ? t('licenseId.proprietary') : solution.licenseId}
            {solution.openSource && (
              <>
                {' '}
                <Tag data-color="success" data-size="sm">
                  {t('openSource.yes')}
                </Tag>
              </>
            )}
          </>
        )}
      </Fact>
      <Fact term={t('solution.builtBy')}>
        {how && (supplierName ? t('solution.builtBySupplier', { how, supplier: supplierName }) : how)}
      </Fact>
      <Fact term={t('solution.hosting')}>{solution.hosting && t(`hosting.${solution.hosting}`)}</Fact>
      <Fact term={t('solution.costs')}>
        {(solution.licenseCostNok != null ||
          solution.yearlyRunningCostNok != null ||
          solution.priceModel) && (
          <>
            {solution.licenseCostNok != null && (
              <div>{t('solution.licenseCost', { amount: formatNok(solution.licenseCostNok) })}</div>
            )}
            {solution.yearlyRunningCostNok != null && (
              <div>
                {t('solution.yearlyRunningCost', { amount: formatNok(solution.yearlyRunningCostNok) })}
              </div>
            )}
            {solution.priceModel && <div lang={CONTENT_LANGUAGE}>{solution.priceModel}</div>}
          </>
        )}
      </Fact>
      <Fact term={t('solution.contactPerson')} authored>
        {contact && (
          <>
            <div>{[contact.name, contact.role].filter(Boolean).join(', ')}</div>
            <div>
              <Link href={`mailto:${contact.email}`}>{contact.email}</Link>
            </div>
            {contact.phone && (
              <div>
                <Link href={`tel:${contact.phone.replace(/[\s()-]/g, '')}`}>{contact.phone}</Link>
              </div>
            )}
          </>
        )}
      </Fact>
      <Fact term={t('solution.links')} authored>
        {solution.links.length > 0 && (
          <ul className="plain-list">
            {solution.links.map((link) => (
              <li key={`${link.label}-${link.url}`}>
                {/* The link reads as its label ("Kildekode"), never as a bare host such as github.com. */}
                <Link href={link.url} rel="noopener noreferrer">
                  {link.label.trim() || t('solution.linkFallback')}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Fact>
    </>
  );
}
