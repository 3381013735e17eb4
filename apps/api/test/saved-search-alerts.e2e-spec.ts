import type { ParsedMail } from 'mailparser';
import { TransactionRunner } from '../src/database/unit-of-work';
import { DigestScheduler } from '../src/mail/digest-scheduler';
import { MailOutboxRepository } from '../src/mail/mail-outbox.repository';
import { MailSender } from '../src/mail/mail-sender';
import { OrganizationKind } from '../src/organizations/organization-kind';
import { nextDigestTimes } from './support/digest-clock';
import { createNeed, createNotice, respond, SET_RESPONSE_STATUS } from './support/marketplace';
import { eventually, notificationsDelivered } from './support/search-helpers';
import { SmtpCapture } from './support/smtp-capture';
import { TestApp, type TestUser } from './support/test-app';

const PUBLIC_URL = 'https://lokomotiv.example';
const SAVE_SEARCH = `mutation ($input: SavedSearchInput!) { saveSearch(input: $input) { id feedUrl } }`;
const SET_FREQUENCY = `mutation ($f: EmailFrequency!) { setNotificationSettings(emailFrequency: $f) { emailFrequency } }`;
const SET_LANGUAGE = 'mutation ($language: Language!) { setLanguage(language: $language) { id } }';
const VESTLAND_IT = {
  kinds: ['PROCUREMENT_NOTICE'],
  cpvDivisions: ['72'],
  countyNumbers: ['46'],
  procedures: ['INNOVATION_PARTNERSHIP'],
};
const rawHeader = (mail: ParsedMail, name: string) =>
  mail.headerLines
    .find((header) => header.key === name.toLowerCase())
    ?.line.slice(name.length + 1)
    .trim();
const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('alerts from saved searches', () => {
  let smtp: SmtpCapture;
  let api: TestApp;
  let vestland: TestUser;
  let oslo: TestUser;

  beforeAll(async () => {
    smtp = await SmtpCapture.start();
    api = await TestApp.start({ SMTP_URL: smtp.url, PUBLIC_URL });
    vestland = await buyerIn('46');
    oslo = await buyerIn('03');
  });
  afterAll(async () => {
    await api.stop();
    await smtp.stop();
  });

  async function buyerIn(countyNumber: string) {
    const buyer = await api.createMember(OrganizationKind.MUNICIPALITY);
    await api.dataSource.query('UPDATE organizations SET county_number = $2 WHERE id = $1', [
      buyer.organizationId,
      countyNumber,
    ]);
    return buyer;
  }
  async function supplier(frequency: string, language: string) {
    const user = await api.createMember(OrganizationKind.COMPANY);
    await api.gqlOk(SET_FREQUENCY, { f: frequency }, user.token);
    await api.gqlOk(SET_LANGUAGE, { language }, user.token);
    return user;
  }
  async function saveSearch(user: TestUser, input: Record<string, unknown>) {
    return (
      await api.gqlOk<{ saveSearch: { id: string; feedUrl: string } }>(SAVE_SEARCH, { input }, user.token)
    ).saveSearch;
  }
  const emailOf = async (user: TestUser) =>
    (
      (await api.dataSource.query('SELECT email FROM users WHERE id = $1', [user.id])) as { email: string }[]
    )[0].email;
  const mailsTo = async (user: TestUser, count: number) => {
    const address = await emailOf(user);
    return eventually(async () => (smtp.to(address).length >= count ? smtp.to(address) : undefined), 10_000);
  };
  /** Everything published so far has been matched, and all mail it made has been handed to the server. */
  const allMailed = async () => {
    await notificationsDelivered(api);
    await api.app.get(MailSender).drainNow();
  };
  /** Notices that each miss the saved search by one of its criteria. */
  const nearMisses = () =>
    Promise.all([
      createNotice(api, oslo, { title: 'Feil fylke' }),
      createNotice(api, vestland, { title: 'Feil prosedyre', procedure: 'MARKET_DIALOGUE' }),
      createNotice(api, vestland, { title: 'Feil CPV', cpvCodes: ['45000000-7'] }),
    ]);
  const noticeUrl = (id: string) => `${PUBLIC_URL}/anbud/${id}`;

  it('mails a new matching notice at once, not the near misses, and its Atom feed still lists it', async () => {
    const user = await supplier('IMMEDIATELY', 'NB');
    const search = await saveSearch(user, { name: 'Helse-IT i Vestland', ...VESTLAND_IT });
    await nearMisses();
    const match = await createNotice(api, vestland, { title: 'Digitalt tilsyn i Vestland' });

    const [mail] = await mailsTo(user, 1);
    expect(mail.subject).toBe('Ny kunngjøring: Digitalt tilsyn i Vestland');
    expect(mail.text).toContain(`Åpne i Lokomotiv: ${noticeUrl(match.id)}`);
    expect(mail.text).toContain('Treff på det lagrede søket «Helse-IT i Vestland».');
    expect(mail.html).toContain('<p>Treff på det lagrede søket «Helse-IT i Vestland».</p>');
    const [{ id }] = await api.dataSource.query('SELECT id FROM notifications WHERE user_id = $1', [user.id]);
    expect(mail.messageId).toBe(`<notification.${id}@lokomotiv.example>`);
    expect(rawHeader(mail, 'List-Unsubscribe')).toMatch(
      new RegExp(`^<${PUBLIC_URL}/mail/unsubscribe\\?token=`),
    );
    expect(rawHeader(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    await allMailed();
    expect(smtp.to(await emailOf(user))).toHaveLength(1);

    const feed = await (await fetch(new URL(new URL(search.feedUrl).pathname, api.url))).text();
    expect(feed).toContain(`<id>urn:uuid:${match.id}</id>`);
    expect(feed.match(/<entry>/g)).toHaveLength(1);
  });

  it('groups a daily digest at 07:00 under the saved searches that matched, in the recipient language, each item once', async () => {
    const user = await supplier('DAILY', 'EN');
    await saveSearch(user, { name: 'Vestland IT', ...VESTLAND_IT });
    await saveSearch(user, { name: 'Innovation partnerships', procedures: ['INNOVATION_PARTNERSHIP'] });
    const both = await createNotice(api, vestland, { title: 'Both searches' });
    const second = await createNotice(api, oslo, { title: 'Second only', cpvCodes: ['45000000-7'] });
    await createNotice(api, vestland, {
      title: 'Neither',
      procedure: 'MARKET_DIALOGUE',
      cpvCodes: ['45000000-7'],
    });
    const need = await createNeed(api, oslo, { title: 'A need' });
    const answer = await respond(api, user, need.id);
    await api.gqlOk(SET_RESPONSE_STATUS, { responseId: answer.id, status: 'SHORTLISTED' }, oslo.token);
    await allMailed();
    expect(smtp.to(await emailOf(user))).toHaveLength(0);

    const { sevenTomorrow } = await nextDigestTimes(api);
    let now = new Date(sevenTomorrow.getTime() - 60_000);
    const scheduler = new DigestScheduler(api.app.get(MailOutboxRepository), api.app.get(TransactionRunner), {
      now: () => now,
    });
    await scheduler.runOnce();
    await allMailed();
    expect(smtp.to(await emailOf(user))).toHaveLength(0);
    now = sevenTomorrow;
    await scheduler.runOnce();

    const [digest] = await mailsTo(user, 1);
    expect(digest.subject).toBe('3 new notifications since yesterday');
    expect(digest.messageId).toMatch(/^<digest\./);
    expect(rawHeader(digest, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const text = digest.text ?? '';
    expect(text).not.toContain('Neither');
    // The item both searches match comes once, under the older search.
    expect(occurrences(text, noticeUrl(both.id))).toBe(1);
    const inOrder = [
      'Saved search “Vestland IT”',
      `New procurement notice: Both searches: ${noticeUrl(both.id)}`,
      'Saved search “Innovation partnerships”',
      `New procurement notice: Second only: ${noticeUrl(second.id)}`,
      'Other notifications',
      `Your answer was shortlisted: A need: ${PUBLIC_URL}/behov/${need.id}`,
    ].map((part) => text.indexOf(part));
    expect(inOrder.every((at) => at >= 0)).toBe(true);
    expect(inOrder).toEqual([...inOrder].sort((a, b) => a - b));

    const html = digest.html || '';
    const headings = [...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual([
      'Saved search “Vestland IT”',
      'Saved search “Innovation partnerships”',
      'Other notifications',
    ]);
    expect(occurrences(html, `href="${noticeUrl(both.id)}"`)).toBe(1);
    expect(html.indexOf(`href="${noticeUrl(second.id)}"`)).toBeGreaterThan(
      html.indexOf('Innovation partnerships'),
    );

    await scheduler.runOnce();
    await allMailed();
    expect(smtp.to(await emailOf(user))).toHaveLength(1);
  });

  it('heads a Norwegian digest in Norwegian', async () => {
    const user = await supplier('DAILY', 'NB');
    await saveSearch(user, { name: 'Helse-IT', ...VESTLAND_IT });
    await createNotice(api, vestland, { title: 'Sensorer' });
    await allMailed();
    const { sevenTomorrow } = await nextDigestTimes(api);
    const scheduler = new DigestScheduler(api.app.get(MailOutboxRepository), api.app.get(TransactionRunner), {
      now: () => sevenTomorrow,
    });
    await scheduler.runOnce();
    const [digest] = await mailsTo(user, 1);
    expect(digest.text).toContain('Lagret søk «Helse-IT»\nNy kunngjøring: Sensorer');
    expect(digest.html).toContain('<h2>Lagret søk «Helse-IT»</h2>');
  });
});
