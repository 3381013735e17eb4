import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { paths } from '../../../app/paths';
import type { AdoptionFieldsFragment, SolutionAdoptionStateFragment } from '../../../generated/graphql';
import { Authored } from '../../../i18n/content-language';
import { useI18n } from '../../../i18n/I18nProvider';
import { AppLink } from '../../common/components/AppLink';
import { confirmationState } from '../reuse-counts';
import { ReuseStoryForm } from './ReuseStoryForm';

const STAGE_COLORS = { IN_USE: 'success', PILOTING: 'info', EVALUATING: 'info', STOPPED: 'neutral' } as const;

/** Who uses the solution, how far they have come, whether it is confirmed, and what they gained. */
export function ReuseSection({ solution }: { solution: SolutionAdoptionStateFragment }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="adopters-heading" className="reuse">
      <Heading level={2} data-size="sm" id="adopters-heading">
        {t('solution.adopters')}
      </Heading>
      {solution.adoptions.length === 0 ? (
        // Only others can adopt, and only a published solution: its owner and a draft's page are not
        // asked to be first.
        <Paragraph>
          {t(
            solution.status === 'PUBLISHED' && !solution.viewerCanEdit
              ? 'solution.noAdopters'
              : 'solution.noAdoptersYet',
          )}
        </Paragraph>
      ) : (
        <AdoptersTable adoptions={solution.adoptions} />
      )}
      <Stories solution={solution} />
      {solution.viewerAdoption && (
        <ReuseStoryForm solutionId={solution.id} adoption={solution.viewerAdoption} />
      )}
    </section>
  );
}

function AdoptersTable({ adoptions }: { adoptions: AdoptionFieldsFragment[] }) {
  const { t, formatDate } = useI18n();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (axe scrollable-region-focusable)
    <section className="table-scroll" tabIndex={0} aria-label={t('solution.adoptersCaption')}>
      <Table zebra data-size="sm" className="adopters">
        <caption className="visually-hidden">{t('solution.adoptersCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('solution.adopterOrganization')}</Table.HeaderCell>
            <Table.HeaderCell>{t('solution.adopterStage')}</Table.HeaderCell>
            <Table.HeaderCell>{t('solution.adopterSince')}</Table.HeaderCell>
            <Table.HeaderCell>{t('reuse.adopterStatus')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {adoptions.map((adoption) => {
            const state = confirmationState(adoption);
            return (
              <Table.Row key={adoption.id}>
                <Table.Cell>
                  <AppLink to={paths.organization(adoption.organization.id)}>
                    {adoption.organization.name}
                  </AppLink>
                </Table.Cell>
                <Table.Cell>
                  <Tag data-color={STAGE_COLORS[adoption.stage]} data-size="sm">
                    {t(`stage.${adoption.stage}`)}
                  </Tag>
                </Table.Cell>
                <Table.Cell>{formatDate(adoption.startedAt)}</Table.Cell>
                <Table.Cell>
                  {state === 'awaiting' && t('reuse.awaitingConfirmation')}
                  {state === 'notConfirmed' && t('reuse.notConfirmed')}
                  {state === 'confirmed' &&
                    adoption.confirmedAt &&
                    t('reuse.confirmed', { date: formatDate(adoption.confirmedAt) })}
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </section>
  );
}

function Stories({ solution }: { solution: SolutionAdoptionStateFragment }) {
  const { t, formatNok, formatNumber } = useI18n();
  const told = solution.adoptions.filter((a) => a.story);
  return (
    <section aria-labelledby="stories-heading" className="stories" data-testid="reuse-stories">
      <Heading level={3} data-size="xs" id="stories-heading">
        {t('reuse.stories')}
      </Heading>
      {(solution.hoursSavedPerYear > 0 || solution.savingsNokPerYear > 0) && (
        <>
          <Paragraph className="savings" data-testid="reuse-totals">
            {t('reuse.totals', {
              hours: formatNumber(solution.hoursSavedPerYear),
              amount: formatNok(solution.savingsNokPerYear),
            })}
          </Paragraph>
          <Paragraph data-size="sm">{t('reuse.totalsNote')}</Paragraph>
        </>
      )}
      {told.length === 0 ? (
        <Paragraph>{t('reuse.noStories')}</Paragraph>
      ) : (
        <ul className="stories__list">
          {told.map((adoption) => (
            <Story key={adoption.id} adoption={adoption} />
          ))}
        </ul>
      )}
    </section>
  );
}

function Story({ adoption }: { adoption: AdoptionFieldsFragment }) {
  const { t, formatDate, formatNok, formatNumber } = useI18n();
  const story = adoption.story;
  if (!story) return null;
  return (
    <li className="story">
      <Heading level={4} data-size="2xs">
        {adoption.organization.name}
      </Heading>
      <Paragraph data-size="sm">
        {t('reuse.storyInUseSince', {
          stage: t(`stage.${adoption.stage}`),
          date: formatDate(adoption.startedAt),
        })}
      </Paragraph>
      {story.hoursSavedPerYear != null && (
        <Paragraph>{t('reuse.storyHours', { hours: formatNumber(story.hoursSavedPerYear) })}</Paragraph>
      )}
      {story.savingsNokPerYear != null && (
        <Paragraph>{t('reuse.storySavings', { amount: formatNok(story.savingsNokPerYear) })}</Paragraph>
      )}
      {story.adaptations && (
        <>
          <Paragraph data-size="sm">
            <strong>{t('reuse.storyAdaptations')}</strong>
          </Paragraph>
          <Paragraph>
            <Authored>{story.adaptations}</Authored>
          </Paragraph>
        </>
      )}
      {story.rating != null && (
        <Paragraph data-size="sm">{t('reuse.storyRating', { rating: story.rating })}</Paragraph>
      )}
      {story.review && (
        <blockquote>
          <Authored>{story.review}</Authored>
        </blockquote>
      )}
      {adoption.contact && (
        <Paragraph data-size="sm">
          {t('reuse.storyContact', { name: adoption.contact.name })}{' '}
          <a href={`mailto:${adoption.contact.email}`}>{adoption.contact.email}</a>
        </Paragraph>
      )}
    </li>
  );
}
