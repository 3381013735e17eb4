import { useMutation } from '@apollo/client/react';
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths';
import { useI18n } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/nb';
import { AppLink } from '../../common/components/AppLink';
import { PageHeading } from '../../common/components/PageHeading';
import { ErrorAlert, Loading } from '../../common/components/QueryState';
import { RedeemSignInCodeMutation } from '../graphql/ansattporten';
import { useSession } from '../hooks/SessionProvider';
import { FirstSignInForm, type PendingSignIn } from './FirstSignInForm';

/** Why the api's callback signed nobody in (`?feil=`), each explained in words. */
const FAILURES: Record<string, MessageKey> = {
  NO_PUBLIC_ORGANIZATION: 'ansattporten.failed.NO_PUBLIC_ORGANIZATION',
  LOGIN_CANCELLED: 'ansattporten.failed.LOGIN_CANCELLED',
  LOGIN_EXPIRED: 'ansattporten.failed.LOGIN_EXPIRED',
  LOGIN_FAILED: 'ansattporten.failed.LOGIN_FAILED',
};

/**
 * Where the api sends the browser back from Ansattporten: with a one-time code (`?kode=`) it redeems at
 * once, or with why the sign-in failed (`?feil=`). A first sign-in continues with a short form.
 */
export function AnsattportenSignInPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const failure = params.get('feil');
  const { pending, error } = useRedeemedCode(params.get('kode'));

  return (
    <div className="page-narrow">
      <PageHeading>{t(pending ? 'ansattporten.firstTimeHeading' : 'ansattporten.heading')}</PageHeading>
      {failure ? (
        <SignInFailed message={t(FAILURES[failure] ?? FAILURES.LOGIN_FAILED)} />
      ) : error ? (
        <>
          <ErrorAlert error={error} />
          <BackToLogin />
        </>
      ) : pending ? (
        <FirstSignInForm pending={pending} />
      ) : (
        <Loading label={t('ansattporten.signingIn')} />
      )}
    </div>
  );
}

/** Redeems the code once (the code works once), then drops it from the address so a reload cannot retry it. */
function useRedeemedCode(code: string | null) {
  const navigate = useNavigate();
  const { logIn } = useSession();
  const [redeem] = useMutation(RedeemSignInCodeMutation);
  const [pending, setPending] = useState<PendingSignIn | null>(null);
  const [error, setError] = useState<unknown>(null);
  const redeemed = useRef(false);

  useEffect(() => {
    if (!code || redeemed.current) return;
    redeemed.current = true;
    navigate(paths.ansattportenSignIn, { replace: true });
    redeem({ variables: { code } })
      .then(async ({ data }) => {
        const result = data?.redeemSignInCode;
        if (result?.auth) {
          await logIn(result.auth.token);
          navigate(paths.home, { replace: true });
        } else if (result?.pending) setPending(result.pending);
      })
      .catch(setError);
  }, [code, redeem, logIn, navigate]);
  return { pending, error };
}

function SignInFailed({ message }: { message: string }) {
  return (
    <>
      <Alert data-color="danger" role="alert">
        <Paragraph>{message}</Paragraph>
      </Alert>
      <BackToLogin />
    </>
  );
}

function BackToLogin() {
  const { t } = useI18n();
  return (
    <Paragraph>
      <AppLink to={paths.login}>{t('ansattporten.tryAgain')}</AppLink>
    </Paragraph>
  );
}
