import { Button, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { PubliccodeProblemFieldsFragment } from '../../../generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';

/** Each problem beside the line it is on: the line's number, its text, and what is wrong with it. */
export function PubliccodeProblems({
  problems,
  source,
  onGoToLine,
}: {
  problems: PubliccodeProblemFieldsFragment[];
  source: string;
  onGoToLine: (line: number) => void;
}) {
  const { t } = useI18n();
  const lines = source.split('\n');
  const errors = problems.filter((problem) => problem.severity === 'ERROR').length;
  const sorted = [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return (
    <>
      <Paragraph>
        {t('publiccode.problemCount', { errors, warnings: problems.length - errors })}{' '}
        {t('publiccode.messageLanguage')}
      </Paragraph>
      <ol className="publiccode-problems">
        {sorted.map((problem, index) => (
          <li
            // Problems have no id; their order is fixed for one answer.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            key={index}
            className={`publiccode-problems__item publiccode-problems__item--${problem.severity.toLowerCase()}`}
          >
            <div className="publiccode-problems__where">
              <Tag data-color={problem.severity === 'ERROR' ? 'danger' : 'warning'} data-size="sm">
                {t(`publiccode.severity.${problem.severity}`)}
              </Tag>
              <span>
                {problem.line
                  ? t('publiccode.lineColumn', { line: problem.line, column: problem.column ?? 1 })
                  : t('publiccode.wholeFile')}
              </span>
              {problem.key && <code>{problem.key}</code>}
            </div>
            {problem.line && lines[problem.line - 1] !== undefined && (
              <pre className="publiccode-problems__line">
                <span aria-hidden="true">{problem.line} │ </span>
                {lines[problem.line - 1]}
              </pre>
            )}
            <Paragraph lang="en">{problem.message}</Paragraph>
            {problem.line && (
              <Button variant="tertiary" data-size="sm" onClick={() => onGoToLine(problem.line as number)}>
                {t('publiccode.goToLine')}
              </Button>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
