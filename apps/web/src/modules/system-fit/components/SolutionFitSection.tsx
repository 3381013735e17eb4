import './system-fit.css';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { paths } from '../../../app/paths';
import type { SolutionFitFieldsFragment } from '../../../generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { AppLink } from '../../common/components/AppLink';
import { systemLabel } from '../system-categories';

type Fit = NonNullable<SolutionFitFieldsFragment['fit']>;
type Requirement = SolutionFitFieldsFragment['requirements'][number];

/** A requirement is told apart by its description and its systems (two may share a description). */
const keyOf = (requirement: { description: string; anyOf: readonly { id: string }[] }) =>
  `${requirement.description}\u0000${requirement.anyOf.map((system) => system.id).join(',')}`;

/**
 * What the solution needs; for a member of a public organisation also, per requirement, whether
 * the organisation has it, and whether the whole solution runs there. Told in words and an icon,
 * never by colour alone.
 */
export function SolutionFitSection({ solution }: { solution: SolutionFitFieldsFragment }) {
  const { t } = useI18n();
  const { requirements, fit } = solution;
  if (requirements.length === 0 && !fit) return null;
  const met = new Set(fit?.met.map(keyOf));
  return (
    <section aria-labelledby="fit-heading" className="solution-fit">
      <Heading level={2} data-size="sm" id="fit-heading">
        {t('fit.heading')}
      </Heading>
      {fit && <FitSummary fit={fit} />}
      {requirements.length === 0 ? (
        <Paragraph>{t('fit.none')}</Paragraph>
      ) : (
        <ul className="solution-fit__list">
          {requirements.map((requirement) => (
            <RequirementItem
              key={keyOf(requirement)}
              requirement={requirement}
              has={fit ? met.has(keyOf(requirement)) : null}
            />
          ))}
        </ul>
      )}
      {fit && (
        <Paragraph data-size="sm">
          <AppLink to={paths.myOrganization}>{t('fit.editSystems')}</AppLink>
        </Paragraph>
      )}
    </section>
  );
}

function FitSummary({ fit }: { fit: Fit }) {
  const { t } = useI18n();
  return (
    <div className={`solution-fit__summary solution-fit__summary--${fit.runsHere ? 'yes' : 'no'}`}>
      <FitIcon has={fit.runsHere} />
      {fit.runsHere ? (
        <Paragraph>
          <strong>{t('fit.runsHere')}</strong> {t('fit.runsHereText')}
        </Paragraph>
      ) : (
        <Paragraph>
          <strong>{t('fit.missingSome')}</strong>
        </Paragraph>
      )}
    </div>
  );
}

/** `has` is null when the viewer gets no fit. */
function RequirementItem({ requirement, has }: { requirement: Requirement; has: boolean | null }) {
  const { t } = useI18n();
  return (
    <li className="solution-fit__item">
      <Paragraph className="solution-fit__description">{requirement.description}</Paragraph>
      <Paragraph data-size="sm" className="meta">
        {t('fit.anyOf', { systems: requirement.anyOf.map(systemLabel).join(', ') })}
      </Paragraph>
      {has !== null && (
        <Paragraph
          data-size="sm"
          className={`solution-fit__status solution-fit__status--${has ? 'yes' : 'no'}`}
        >
          <FitIcon has={has} />
          {has ? t('fit.has') : t('fit.lacks')}
        </Paragraph>
      )}
    </li>
  );
}

/** A tick or a cross beside the words that say the same, so the status does not hang on colour. */
function FitIcon({ has }: { has: boolean }) {
  return (
    <svg
      className="solution-fit__icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      {has ? (
        <path
          d="M4 12.5l5 5L20 6.5"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.5"
          strokeLinecap="round"
        />
      ) : (
        <path
          d="M6 6l12 12M18 6L6 18"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.5"
          strokeLinecap="round"
        />
      )}
    </svg>
  );
}
