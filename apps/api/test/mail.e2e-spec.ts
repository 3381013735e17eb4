import type { ParsedMail } from 'mailparser';
import { TransactionRunner } from '../src/database/unit-of-work';
import { DigestScheduler } from '../src/mail/digest-scheduler';
import { MailComposer } from '../src/mail/mail-composer';
import { MailOutboxRepository, type PendingMail } from '../src/mail/mail-outbox.repository';
import { MailSender, type MailSendPoint } from '../src/mail/mail-sender';
import { MAIL_TRANSPORT, type MailTransport } from '../src/mail/mail-transport';
import { OrganizationKind } from '../src/organizations/organization-kind';
import { nextDigestTimes } from './support/digest-clock';
import { createNeed, RESPOND, SET_RESPONSE_STATUS } from './support/marketplace';
import { eventually, notificationsDelivered } from './support/search-helpers';
import { SmtpCapture } from './support/smtp-capture';
import { TestApp, type TestUser } from './support/test-app';

const PUBLIC_URL = 'https://lokomotiv.example';
const SET_FREQUENCY = `mutation ($f: EmailFrequency!) { setNotificationSettings(emailFrequency: $f) { emailFrequency } }`;
const SETTINGS = '{ notificationSettings { emailFrequency } }';
const SET_LANGUAGE = 'mutation ($language: Language!) { setLanguage(language: $language) { id } }';
/** mailparser gathers the List-* headers under `list`. */
const unsubscribeOf = (mail: ParsedMail) =>
  (mail.headers.get('list') as { unsubscribe: { url: string } }).unsubscribe;
const rawHeader = (mail: ParsedMail, name: string) =>
  mail.headerLines
    .find((header) => header.key === name.toLowerCase())
    ?.line.slice(name.length + 1)
    .trim();
const FAST = { batchSize: 1, pollIntervalMs: 30, retryBaseMs: 20, retryMaxMs: 100, keepProcessedMs: 60_000 };

describe('e-mail', () => {
  let smtp: SmtpCapture;
  let api: TestApp;
  const extraSenders: MailSender[] = [];

  beforeAll(async () => {
    smtp = await SmtpCapture.start();
    api = await TestApp.start({
      SMTP_URL: smtp.url,
      PUBLIC_URL,
      MAIL_FROM: 'Lokomotiv <varsel@lokomotiv.example>',
    });
  });
  afterEach(async () => {
    for (const sender of extraSenders.splice(0)) await sender.stop();
    await api.app.get(MailSender).start();
  });
  afterAll(async () => {
    await api.stop();
    await smtp.stop();
  });

  const emailOf = async (user: TestUser) =>
    (
      (await api.dataSource.query('SELECT email FROM users WHERE id = $1', [user.id])) as { email: string }[]
    )[0].email;
  const respond = async (needId: string) => {
    const supplier = await api.createMember(OrganizationKind.COMPANY);
    await api.gqlOk(RESPOND, { needId, pitch: 'Vi kan levere dette.' }, supplier.token);
  };
  const owner = async (frequency: string, language = 'NB') => {
    const user = await api.createMember(OrganizationKind.MUNICIPALITY);
    await api.gqlOk(SET_FREQUENCY, { f: frequency }, user.token);
    await api.gqlOk(SET_LANGUAGE, { language }, user.token);
    return user;
  };
  const mailsTo = async (user: TestUser, count: number, timeoutMs = 10_000): Promise<ParsedMail[]> => {
    const address = await emailOf(user);
    return eventually(async () => {
      const mails = smtp.to(address);
      return mails.length >= count ? mails : undefined;
    }, timeoutMs);
  };
  const messageIdsOf = async (user: TestUser) =>
    (
      (await api.dataSource.query(
        "SELECT '<notification.' || id || '@lokomotiv.example>' AS id FROM notifications WHERE user_id = $1",
        [user.id],
      )) as { id: string }[]
    ).map((row) => row.id);

  it('defaults to a daily digest, and the viewer can change it', async () => {
    const user = await api.createMember();
    expect(await api.gqlOk(SETTINGS, {}, user.token)).toEqual({
      notificationSettings: { emailFrequency: 'DAILY' },
    });
    await api.gqlOk(SET_FREQUENCY, { f: 'WEEKLY' }, user.token);
    expect(await api.gqlOk(SETTINGS, {}, user.token)).toEqual({
      notificationSettings: { emailFrequency: 'WEEKLY' },
    });
    expect((await api.gql(SETTINGS)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('mails a new answer at once in the recipient language, as text and HTML, with its link, unsubscribe and a stable Message-ID', async () => {
    const buyer = await owner('IMMEDIATELY', 'EN');
    const need = await createNeed(api, buyer, { title: 'Sensorer <for> hjemmeboende' });
    await respond(need.id);
    const [mail] = await mailsTo(buyer, 1);
    const [messageId] = await messageIdsOf(buyer);
    expect(mail.messageId).toBe(messageId);
    expect(mail.from?.value).toEqual([{ name: 'Lokomotiv', address: 'varsel@lokomotiv.example' }]);
    expect(mail.subject).toBe('New answer to the need: Sensorer <for> hjemmeboende');
    const needUrl = `${PUBLIC_URL}/behov/${need.id}`;
    expect(mail.text).toContain(`Open in Lokomotiv: ${needUrl}`);
    expect(mail.html).toContain(`<a href="${needUrl}">Open in Lokomotiv</a>`);
    expect(mail.html).toContain('Sensorer &#60;for&#62; hjemmeboende');
    const unsubscribe = unsubscribeOf(mail);
    expect(unsubscribe.url).toMatch(new RegExp(`^${PUBLIC_URL}/mail/unsubscribe\\?token=`));
    expect(rawHeader(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(rawHeader(mail, 'List-Unsubscribe')).toBe(`<${unsubscribe.url}>`);
    expect(mail.text).toContain(unsubscribe.url);
  });

  it('mails the supplier when the owner shortlists its answer', async () => {
    const buyer = await api.createMember(OrganizationKind.MUNICIPALITY);
    const need = await createNeed(api, buyer, { title: 'Kortliste' });
    const supplier = await owner('IMMEDIATELY', 'NB');
    await api.dataSource.query(
      "UPDATE organizations SET kind = 'COMPANY' WHERE id = (SELECT organization_id FROM users WHERE id = $1)",
      [supplier.id],
    );
    const { respondToNeed } = await api.gqlOk<{ respondToNeed: { id: string } }>(
      RESPOND,
      { needId: need.id, pitch: 'Vi kan levere dette.' },
      supplier.token,
    );
    await api.gqlOk(
      SET_RESPONSE_STATUS,
      { responseId: respondToNeed.id, status: 'SHORTLISTED' },
      buyer.token,
    );
    const [mail] = await mailsTo(supplier, 1);
    expect(mail.subject).toBe('Svaret ditt er satt på kortlisten: Kortliste');
    expect(mail.text).toContain(`${PUBLIC_URL}/behov/${need.id}`);
  });

  it('unsubscribes in one click without login, and the profile turns mail back on', async () => {
    const buyer = await owner('IMMEDIATELY');
    const need = await createNeed(api, buyer);
    await respond(need.id);
    const [mail] = await mailsTo(buyer, 1);
    expect(mail.subject).toBe(`Nytt svar på behovet: Digital tilsynsløsning for hjemmeboende`);
    const link = unsubscribeOf(mail).url.replace(PUBLIC_URL, api.url.replace('/graphql', ''));

    const opened = await fetch(link);
    expect(opened.status).toBe(200);
    expect(await opened.text()).toContain('<form method="post">');
    expect(await api.gqlOk(SETTINGS, {}, buyer.token)).toEqual({
      notificationSettings: { emailFrequency: 'IMMEDIATELY' },
    });

    const forged = await fetch(`${link.split('token=')[0]}token=${'x'.repeat(40)}`, { method: 'POST' });
    expect(forged.status).toBe(400);
    const oneClick = await fetch(link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    expect(await api.gqlOk(SETTINGS, {}, buyer.token)).toEqual({
      notificationSettings: { emailFrequency: 'NEVER' },
    });

    await respond(need.id);
    await notificationsDelivered(api);
    await api.app.get(MailSender).drainNow();
    expect(smtp.to(await emailOf(buyer))).toHaveLength(1);

    await api.gqlOk(SET_FREQUENCY, { f: 'IMMEDIATELY' }, buyer.token);
    await respond(need.id);
    expect(await mailsTo(buyer, 2)).toHaveLength(2);
  });

  it('sends a daily digest once, at 07:00 Europe/Oslo, with what came since the last one', async () => {
    const buyer = await owner('DAILY');
    const weekly = await owner('WEEKLY');
    const need = await createNeed(api, buyer, { title: 'Dagens behov' });
    const weeklyNeed = await createNeed(api, weekly, { title: 'Ukens behov' });
    await respond(need.id);
    await respond(need.id);
    await respond(weeklyNeed.id);
    await notificationsDelivered(api);
    // An item from before the user's digests began (as before mail landed) is not in the first one.
    await api.dataSource.query(
      `INSERT INTO notifications (user_id, event, event_key, subject_kind, subject_id, params, created_at)
       SELECT user_id, event, 'old:' || id, subject_kind, subject_id, '{"subjectTitle":"Gammelt"}', now() - interval '2 days'
       FROM notifications WHERE user_id = $1 LIMIT 1`,
      [buyer.id],
    );
    const { sevenTomorrow, nextMonday } = await nextDigestTimes(api);
    let now = new Date(sevenTomorrow.getTime() - 60_000);
    const scheduler = new DigestScheduler(api.app.get(MailOutboxRepository), api.app.get(TransactionRunner), {
      now: () => now,
    });
    const digestsOf = (user: TestUser) =>
      api.count('mail_outbox', "kind = 'DIGEST' AND user_id = $1", [user.id]);

    await scheduler.runOnce();
    expect(await digestsOf(buyer)).toBe(0);
    now = sevenTomorrow;
    await scheduler.runOnce();
    await scheduler.runOnce();
    expect(await digestsOf(buyer)).toBe(1);
    const [digest] = await mailsTo(buyer, 1);
    expect(digest.subject).toBe('2 nye varsler siden i går');
    expect(digest.text).toContain(`Nytt svar på behovet: Dagens behov: ${PUBLIC_URL}/behov/${need.id}`);
    expect(digest.text).not.toContain('Gammelt');
    expect(rawHeader(digest, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(digest.messageId).toMatch(/^<digest\./);

    if (nextMonday.getTime() > sevenTomorrow.getTime()) expect(await digestsOf(weekly)).toBe(0);
    now = nextMonday;
    await scheduler.runOnce();
    expect(await digestsOf(weekly)).toBe(1);
    const [weeklyDigest] = await mailsTo(weekly, 1);
    expect(weeklyDigest.subject).toBe('1 nye varsler denne uken');
    await scheduler.runOnce();
    await api.app.get(MailSender).drainNow();
    expect(smtp.to(await emailOf(buyer))).toHaveLength(1);
  });

  it('loses and doubles no mail across crashes at each point and an SMTP outage: one Message-ID per notification', async () => {
    await api.app.get(MailSender).stop();
    const crashed = new Map<string, MailSendPoint>();
    const crashOnce = async (point: MailSendPoint, mail: PendingMail) => {
      const at: MailSendPoint = Number(mail.id) % 2 ? 'before-send' : 'after-send';
      if (point === at && !crashed.has(mail.id)) {
        crashed.set(mail.id, point);
        throw new Error(`crash ${point} (test)`);
      }
    };
    const sender = new MailSender(
      api.app.get(MailOutboxRepository),
      api.app.get(MailComposer),
      api.app.get<MailTransport>(MAIL_TRANSPORT),
      crashOnce,
      api.app.get(TransactionRunner),
      FAST,
    );
    extraSenders.push(sender);
    const buyer = await owner('IMMEDIATELY');
    const need = await createNeed(api, buyer);
    for (let i = 0; i < 4; i++) await respond(need.id);
    await notificationsDelivered(api);
    smtp.failNext(3);
    await sender.start();

    const expected = await messageIdsOf(buyer);
    expect(expected).toHaveLength(4);
    const mails = await mailsTo(buyer, 6);
    expect(new Set(mails.map((mail) => mail.messageId))).toEqual(new Set(expected));
    expect([...crashed.values()].sort()).toEqual(['after-send', 'after-send', 'before-send', 'before-send']);
    // Only a crash after the server accepted a message and before the commit sends it again.
    expect(mails).toHaveLength(4 + 2);
    await eventually(async () =>
      (await api.count('mail_outbox', 'user_id = $1 AND processed_at IS NULL', [buyer.id])) === 0
        ? true
        : undefined,
    );
  });
});
