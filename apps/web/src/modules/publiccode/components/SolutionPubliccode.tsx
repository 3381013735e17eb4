import { Details, Heading, Link, List, Paragraph } from '@digdir/designsystemet-react';
import './publiccode.css';
import { paths } from '../../../app/paths';
import type { SolutionPubliccodeFieldsFragment } from '../../../generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { AppLink } from '../../common/components/AppLink';

/** The organisations a publiccode.yml declared: shown apart from adoptions, never counted. */
export function DeclaredUsers({ solution }: { solution: SolutionPubliccodeFieldsFragment }) {
  const { t } = useI18n();
  if (!solution.declaredUsers.length) return null;
  return (
    <section aria-labelledby="declared-users-heading">
      <Heading level={2} data-size="xs" id="declared-users-heading">
        {t('publiccode.declaredHeading')}
      </Heading>
      <Paragraph data-size="sm">{t('publiccode.declaredNote')}</Paragraph>
      <List.Unordered>
        {solution.declaredUsers.map((name) => (
          <List.Item key={name}>{name}</List.Item>
        ))}
      </List.Unordered>
    </section>
  );
}

/** The solution's publiccode.yml to download; for its owner, what it lacks when it has none. */
export function SolutionPubliccode({ solution }: { solution: SolutionPubliccodeFieldsFragment }) {
  const { t } = useI18n();
  if (!solution.publiccodeYml && !(solution.viewerCanEdit && solution.publiccodeMissing.length)) return null;
  return (
    <section aria-labelledby="publiccode-heading" className="solution-publiccode">
      <Heading level={2} data-size="xs" id="publiccode-heading">
        {t('publiccode.exportHeading')}
      </Heading>
      {solution.publiccodeYml ? (
        <>
          {solution.status === 'PUBLISHED' ? (
            <Paragraph>
              <Link href={paths.solutionPubliccode(solution.id)} download="publiccode.yml">
                {t('publiccode.download')}
              </Link>
            </Paragraph>
          ) : (
            <Paragraph data-size="sm">{t('publiccode.draftNote')}</Paragraph>
          )}
          <Details>
            <Details.Summary>{t('publiccode.show')}</Details.Summary>
            <Details.Content>
              <pre className="solution-publiccode__file">{solution.publiccodeYml}</pre>
            </Details.Content>
          </Details>
        </>
      ) : (
        <>
          <Paragraph data-size="sm">{t('publiccode.missingIntro')}</Paragraph>
          <List.Unordered data-size="sm">
            {solution.publiccodeMissing.map((requirement) => (
              <List.Item key={requirement}>{t(`publiccode.missing.${requirement}`)}</List.Item>
            ))}
          </List.Unordered>
          <Paragraph data-size="sm">
            <AppLink to={paths.editSolution(solution.id)}>{t('publiccode.editToAdd')}</AppLink>
          </Paragraph>
        </>
      )}
    </section>
  );
}
