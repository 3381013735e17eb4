/** Signing in through Ansattporten (public employees), and confirming the e-mail address a first sign-in gave. */
export const ansattportenNb = {
  'ansattporten.button': 'Logg inn med Ansattporten',
  'ansattporten.buttonTest': 'Logg inn med Ansattporten (test)',
  'ansattporten.intro':
    'Ansatt i en kommune, fylkeskommune eller statlig virksomhet? Logg inn med Ansattporten.',
  'ansattporten.or': 'Leverandører og demokontoer logger inn med e-post og passord:',
  'ansattporten.heading': 'Logg inn med Ansattporten',
  'ansattporten.signingIn': 'Logger inn …',
  'ansattporten.failed.NO_PUBLIC_ORGANIZATION':
    'Du ble ikke logget inn: Ansattporten oppgir ingen kommune, fylkeskommune eller statlig virksomhet i Lokomotiv som du kan representere. Be arbeidsgiveren din om tilgang i Altinn, eller kontakt oss.',
  'ansattporten.failed.LOGIN_CANCELLED': 'Du avbrøt innloggingen. Du er ikke logget inn.',
  'ansattporten.failed.LOGIN_EXPIRED': 'Innloggingen tok for lang tid eller ble brukt før. Prøv igjen.',
  'ansattporten.failed.LOGIN_FAILED': 'Innloggingen med Ansattporten mislyktes. Prøv igjen.',
  'ansattporten.tryAgain': 'Tilbake til innlogging',
  'ansattporten.firstTimeHeading': 'Første gang du logger inn',
  'ansattporten.firstTimeIntro':
    'Ansattporten gir oss ikke e-postadressen din. Oppgi navn og jobb-e-post, så sender vi en lenke som bekrefter adressen.',
  'ansattporten.organization': 'Virksomhet',
  'ansattporten.organizationHelp': 'Du kan representere flere virksomheter. Velg den du logger inn for.',
  'ansattporten.name': 'Navn',
  'ansattporten.email': 'Jobb-e-post',
  'ansattporten.submit': 'Fullfør innloggingen',
  'confirmEmail.heading': 'Bekreft e-postadressen',
  'confirmEmail.intro': 'Trykk på knappen for å bekrefte e-postadressen du oppga.',
  'confirmEmail.submit': 'Bekreft e-postadressen',
  'confirmEmail.done': 'Takk! E-postadressen er bekreftet.',
  'error.signInCodeInvalid': 'Innloggingen er utløpt eller allerede brukt. Logg inn på nytt.',
  'error.signInTicketInvalid': 'Innloggingen er utløpt. Logg inn på nytt med Ansattporten.',
  'error.organizationNotOffered': 'Velg en av virksomhetene du kan representere.',
  'error.noLongerActsForOrganization':
    'Ansattporten oppgir ikke lenger at du kan representere virksomheten kontoen din tilhører.',
  'error.confirmationLinkInvalid': 'Lenken er brukt, utløpt eller feil.',
};

export const ansattportenEn: Record<keyof typeof ansattportenNb, string> = {
  'ansattporten.button': 'Sign in with Ansattporten',
  'ansattporten.buttonTest': 'Sign in with Ansattporten (test)',
  'ansattporten.intro':
    'Employed by a municipality, county municipality or state agency? Sign in with Ansattporten.',
  'ansattporten.or': 'Suppliers and demo accounts sign in with e-mail and password:',
  'ansattporten.heading': 'Sign in with Ansattporten',
  'ansattporten.signingIn': 'Signing in …',
  'ansattporten.failed.NO_PUBLIC_ORGANIZATION':
    'You were not signed in: Ansattporten names no municipality, county municipality or state agency in Lokomotiv that you may act for. Ask your employer for access in Altinn, or contact us.',
  'ansattporten.failed.LOGIN_CANCELLED': 'You cancelled the sign-in. You are not signed in.',
  'ansattporten.failed.LOGIN_EXPIRED': 'The sign-in took too long or was used before. Please try again.',
  'ansattporten.failed.LOGIN_FAILED': 'Signing in with Ansattporten failed. Please try again.',
  'ansattporten.tryAgain': 'Back to signing in',
  'ansattporten.firstTimeHeading': 'Your first sign-in',
  'ansattporten.firstTimeIntro':
    'Ansattporten does not give us your e-mail address. Give your name and work e-mail, and we will send a link that confirms the address.',
  'ansattporten.organization': 'Organisation',
  'ansattporten.organizationHelp': 'You may act for several organisations. Choose the one you sign in for.',
  'ansattporten.name': 'Name',
  'ansattporten.email': 'Work e-mail',
  'ansattporten.submit': 'Finish signing in',
  'confirmEmail.heading': 'Confirm the e-mail address',
  'confirmEmail.intro': 'Press the button to confirm the e-mail address you gave.',
  'confirmEmail.submit': 'Confirm the e-mail address',
  'confirmEmail.done': 'Thank you! The e-mail address is confirmed.',
  'error.signInCodeInvalid': 'The sign-in expired or was used already. Please sign in again.',
  'error.signInTicketInvalid': 'The sign-in expired. Please sign in again with Ansattporten.',
  'error.organizationNotOffered': 'Choose one of the organisations you may act for.',
  'error.noLongerActsForOrganization':
    "Ansattporten no longer says you may act for your account's organisation.",
  'error.confirmationLinkInvalid': 'The link was used, has expired or is wrong.',
};
