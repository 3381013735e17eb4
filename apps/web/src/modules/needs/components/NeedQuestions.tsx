import { useMutation } from '@apollo/client/react';
import { Details, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useMemo, useState } from 'react';
import { Authored } from '../../../i18n/content-language';
import { useI18n } from '../../../i18n/I18nProvider';
import { useSession } from '../../auth/hooks/SessionProvider';
import { BusyButton } from '../../common/components/BusyButton';
import { FormErrorSummary } from '../../common/components/FormErrorSummary';
import { FormSaved } from '../../common/components/FormSaved';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { AnswerNeedQuestionMutation, AskNeedQuestionMutation } from '../graphql/needs';
import type { NeedData } from './NeedPage';

type Question = NeedData['questions'][number];

/** Public clarification questions: anyone logged in asks (anonymously), the owner answers. */
export function NeedQuestions({ need }: { need: NeedData }) {
  const { t, formatDate } = useI18n();
  const { viewer } = useSession();
  return (
    <section aria-labelledby="questions-heading">
      <Heading level={2} data-size="sm" id="questions-heading">
        {t('need.questions')}
      </Heading>
      {need.questions.length === 0 && <Paragraph>{t('need.noQuestions')}</Paragraph>}
      <dl className="questions">
        {need.questions.map((question) => (
          <div key={question.id} className="question">
            <dt>
              <Authored>{question.question}</Authored>
            </dt>
            <dd>
              {question.answer ? (
                <>
                  <Authored>{question.answer}</Authored>
                  {question.answeredAt && (
                    <span className="meta">
                      {' '}
                      ({t('need.answeredAt', { date: formatDate(question.answeredAt) })})
                    </span>
                  )}
                </>
              ) : need.viewerCanEdit ? (
                <AnswerForm question={question} />
              ) : (
                <span className="meta">{t('need.notAnswered')}</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {viewer && !need.viewerCanEdit && <AskForm needId={need.id} />}
    </section>
  );
}

function AskForm({ needId }: { needId: string }) {
  const { t } = useI18n();
  const [question, setQuestion] = useState('');
  const labels = useMemo(() => ({ question: t('need.askLabel') }), [t]);
  const errors = useFormErrors('question', labels);
  const [ask, { loading }] = useMutation(AskNeedQuestionMutation, { refetchQueries: ['Need'] });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    if (!errors.checkRequired({ question }, ['question'])) return;
    try {
      await ask({ variables: { needId, question } });
      setQuestion('');
      errors.showSaved();
    } catch (error) {
      errors.showError(error);
    }
  };
  return (
    <Details>
      <Details.Summary>{t('need.ask')}</Details.Summary>
      <Details.Content>
        <form onSubmit={submit} noValidate className="form">
          <FormErrorSummary errors={errors} />
          <Textfield
            id={errors.id('question')}
            label={labels.question}
            description={t('need.askHelp')}
            multiline
            rows={3}
            value={question}
            onChange={(event) => setQuestion(event.target.value)}
            error={errors.fieldError('question')}
          />
          <div className="button-row">
            <BusyButton type="submit" busy={loading}>
              {t('need.askSubmit')}
            </BusyButton>
          </div>
          <FormSaved errors={errors}>{t('need.asked')}</FormSaved>
        </form>
      </Details.Content>
    </Details>
  );
}

function AnswerForm({ question }: { question: Question }) {
  const { t } = useI18n();
  const [answer, setAnswer] = useState('');
  const labels = useMemo(() => ({ answer: t('need.answerLabel') }), [t]);
  const errors = useFormErrors(`answer-${question.id}`, labels);
  const [send, { loading }] = useMutation(AnswerNeedQuestionMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    if (!errors.checkRequired({ answer }, ['answer'])) return;
    try {
      await send({ variables: { questionId: question.id, answer } });
    } catch (error) {
      errors.showError(error);
    }
  };
  return (
    <form onSubmit={submit} noValidate className="form">
      <FormErrorSummary errors={errors} />
      <Textfield
        id={errors.id('answer')}
        label={labels.answer}
        multiline
        rows={2}
        value={answer}
        onChange={(event) => setAnswer(event.target.value)}
        error={errors.fieldError('answer')}
      />
      <div className="button-row">
        <BusyButton type="submit" variant="secondary" data-size="sm" busy={loading}>
          {t('need.answerSubmit')}
        </BusyButton>
      </div>
    </form>
  );
}
