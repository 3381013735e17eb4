import { useApolloClient, useMutation } from '@apollo/client/react';
import './publiccode.css';
import { Alert, Field, Heading, Input, Label, Paragraph, Textarea } from '@digdir/designsystemet-react';
import { type ChangeEvent, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../../app/paths';
import type { PubliccodeProblemFieldsFragment } from '../../../generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { BusyButton } from '../../common/components/BusyButton';
import { PageHeading } from '../../common/components/PageHeading';
import { ErrorAlert } from '../../common/components/QueryState';
import { ImportPubliccodeMutation, ValidatePubliccodeQuery } from '../graphql/publiccode';
import { PubliccodeProblems } from './PubliccodeProblems';

/** As the api: a publiccode.yml is never near this large. */
export const MAX_PUBLICCODE_BYTES = 256 * 1024;

type Notice = 'empty' | 'notUtf8' | 'tooLarge' | 'noProblems' | null;

/** Paste or upload a publiccode.yml, see its problems beside their lines, fix, and import it as a draft. */
export function PubliccodeImportPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const client = useApolloClient();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [yaml, setYaml] = useState('');
  const [problems, setProblems] = useState<PubliccodeProblemFieldsFragment[] | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [checking, setChecking] = useState(false);
  const [checkError, setCheckError] = useState<unknown>(null);
  const [importFile, importing] = useMutation(ImportPubliccodeMutation, {
    refetchQueries: ['Solutions', 'OrganizationSolutions'],
  });

  /** Whether the text may be sent; if not, the notice says why. */
  const ready = (): boolean => {
    setProblems(null);
    setCheckError(null);
    const refusal: Notice = !yaml.trim()
      ? 'empty'
      : new TextEncoder().encode(yaml).length > MAX_PUBLICCODE_BYTES
        ? 'tooLarge'
        : null;
    setNotice(refusal);
    return refusal === null;
  };

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setProblems(null);
    if (file.size > MAX_PUBLICCODE_BYTES) return setNotice('tooLarge');
    try {
      setYaml(new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer()));
      setNotice(null);
    } catch {
      setNotice('notUtf8');
    }
  };

  const check = async () => {
    if (!ready() || checking) return;
    setChecking(true);
    try {
      const { data } = await client.query({
        query: ValidatePubliccodeQuery,
        variables: { yaml },
        fetchPolicy: 'no-cache',
      });
      const found = data?.validatePubliccode ?? [];
      setProblems(found);
      setNotice(found.length ? null : 'noProblems');
    } catch (error) {
      setCheckError(error);
    } finally {
      setChecking(false);
    }
  };

  const submit = async () => {
    if (!ready() || importing.loading) return;
    const { data } = await importFile({ variables: { yaml } }).catch(() => ({ data: undefined }));
    const result = data?.importPubliccode;
    if (result?.solution) navigate(paths.solution(result.solution.id));
    else if (result) setProblems(result.problems);
  };

  const goToLine = (line: number) => {
    const element = textarea.current;
    if (!element) return;
    const start =
      yaml
        .split('\n')
        .slice(0, line - 1)
        .join('\n').length + (line > 1 ? 1 : 0);
    element.focus();
    element.setSelectionRange(start, start);
  };

  return (
    <div className="page-form publiccode-import form">
      <PageHeading>{t('publiccode.heading')}</PageHeading>
      <Paragraph>{t('publiccode.intro')}</Paragraph>
      <Field>
        <Label htmlFor="publiccode-file">{t('publiccode.fileLabel')}</Label>
        <Paragraph data-size="sm" id="publiccode-file-description">
          {t('publiccode.fileDescription')}
        </Paragraph>
        <Input
          id="publiccode-file"
          type="file"
          accept=".yml,.yaml,text/yaml,application/yaml"
          aria-describedby="publiccode-file-description"
          onChange={upload}
        />
      </Field>
      <Field>
        <Label htmlFor="publiccode-text">{t('publiccode.textLabel')}</Label>
        <Textarea
          id="publiccode-text"
          ref={textarea}
          rows={18}
          spellCheck={false}
          className="publiccode-import__text"
          value={yaml}
          onChange={(event) => setYaml(event.target.value)}
        />
      </Field>
      <div className="button-row">
        <BusyButton type="button" variant="secondary" onClick={check} busy={checking}>
          {t('publiccode.check')}
        </BusyButton>
        <BusyButton type="button" onClick={submit} busy={importing.loading}>
          {t('publiccode.import')}
        </BusyButton>
      </div>
      <div role="status">
        {notice === 'noProblems' && <Alert data-color="success">{t('publiccode.noProblems')}</Alert>}
        {notice && notice !== 'noProblems' && (
          <Alert data-color="warning">{t(`publiccode.${notice}`, { max: MAX_PUBLICCODE_BYTES })}</Alert>
        )}
      </div>
      <ErrorAlert error={checkError ?? importing.error} />
      {problems && problems.length > 0 && (
        <section aria-labelledby="publiccode-problems-heading">
          <Heading level={2} data-size="sm" id="publiccode-problems-heading">
            {t('publiccode.problemsHeading')}
          </Heading>
          <PubliccodeProblems problems={problems} source={yaml} onGoToLine={goToLine} />
        </section>
      )}
    </div>
  );
}
