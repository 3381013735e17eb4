import type { DataSource } from 'typeorm';
import { openDatabase } from '../src/database/data-source';
import { OrganizationKind } from '../src/organizations/organization-kind';
import { Role } from '../src/users/role';
import { createNeed, makePartner, needInput, SET_RESPONSE_STATUS, UPDATE_NEED } from './support/marketplace';
import { eventually } from './support/search-helpers';
import { SmtpCapture } from './support/smtp-capture';
import { errorCode, errorField, fakeOrganizationNumber, TestApp, type TestUser } from './support/test-app';
import { cloneTemplate, dropDatabase, testServerFromEnv } from './support/test-database';

const CONTACT = 'contact { name role email phone }';
const RESPOND = `mutation ($needId: ID!, $pitch: String!, $contact: ContactPersonInput) {
  respondToNeed(needId: $needId, pitch: $pitch, contact: $contact) { id ${CONTACT} }
}`;
const RESPONSES = `query ($needId: ID!) { needResponses(needId: $needId) { id organization { id } ${CONTACT} } }`;
const NEED_CONTACT = `query ($id: ID!) { need(id: $id) { id ${CONTACT} } }`;
const SET_FREQUENCY = `mutation { setNotificationSettings(emailFrequency: IMMEDIATELY) { emailFrequency } }`;
const PUBLIC_URL = 'https://lokomotiv.example';

interface Contact {
  name: string;
  role: string | null;
  email: string;
  phone: string | null;
}

const SALES: Contact = {
  name: 'Siri Salg',
  role: 'Salgssjef',
  email: 'siri@fjordkode.example',
  phone: '+47 99 88 77 66',
};

describe('contacts on answers and needs', () => {
  let smtp: SmtpCapture;
  let api: TestApp;
  let buyer: TestUser;

  beforeAll(async () => {
    smtp = await SmtpCapture.start();
    api = await TestApp.start({ SMTP_URL: smtp.url, PUBLIC_URL });
    buyer = await api.createMember(OrganizationKind.MUNICIPALITY);
  });
  afterAll(async () => {
    await api.stop();
    await smtp.stop();
  });

  const userRow = async (user: TestUser) =>
    (
      (await api.dataSource.query('SELECT name, email FROM users WHERE id = $1', [user.id])) as {
        name: string;
        email: string;
      }[]
    )[0];
  const answer = async (user: TestUser, needId: string, contact?: Contact | null) =>
    (
      await api.gqlOk<{ respondToNeed: { id: string; contact: Contact } }>(
        RESPOND,
        { needId, pitch: 'Vi kan levere dette.', contact },
        user.token,
      )
    ).respondToNeed;
  const contactsSeenBy = async (user: TestUser | null, needId: string) =>
    (
      await api.gqlOk<{ needResponses: { contact: Contact }[] }>(RESPONSES, { needId }, user?.token)
    ).needResponses.map((response) => response.contact);
  const needContactSeenBy = async (user: TestUser | null, needId: string) =>
    (await api.gqlOk<{ need: { contact: Contact | null } }>(NEED_CONTACT, { id: needId }, user?.token)).need
      .contact;

  describe('respondToNeed', () => {
    it('names the responder when no contact is given, and shows it to the owner and partners only', async () => {
      const need = await createNeed(api, buyer);
      const partner = await api.createMember(OrganizationKind.MUNICIPALITY);
      await makePartner(api, buyer, need.id, partner);
      const joined = await api.createMember(OrganizationKind.MUNICIPALITY);
      await api.gqlOk(
        'mutation ($needId: ID!) { joinNeed(needId: $needId) { id } }',
        { needId: need.id },
        joined.token,
      );
      const supplier = await api.createMember(OrganizationKind.COMPANY);
      const { name, email } = await userRow(supplier);

      const response = await answer(supplier, need.id);

      const expected = { name, role: null, email, phone: null };
      expect(response.contact).toEqual(expected);
      expect(await contactsSeenBy(buyer, need.id)).toEqual([expected]);
      expect(await contactsSeenBy(partner, need.id)).toEqual([expected]);
      expect(await contactsSeenBy(supplier, need.id)).toEqual([expected]);
      expect(await contactsSeenBy(joined, need.id)).toEqual([]);
      expect(await contactsSeenBy(await api.createMember(OrganizationKind.COMPANY), need.id)).toEqual([]);
      expect(await contactsSeenBy(null, need.id)).toEqual([]);
    });

    it('keeps a named contact through a repeat without one, and replaces it with a new one', async () => {
      const need = await createNeed(api, buyer);
      const supplier = await api.createMember(OrganizationKind.COMPANY);
      expect((await answer(supplier, need.id, SALES)).contact).toEqual(SALES);
      expect((await answer(supplier, need.id)).contact).toEqual(SALES);
      const other = { name: 'Per Prosjekt', role: null, email: 'per@fjordkode.example', phone: null };
      expect((await answer(supplier, need.id, other)).contact).toEqual(other);
      expect(await contactsSeenBy(buyer, need.id)).toEqual([other]);
    });

    it.each([
      ['contact.name', { ...SALES, name: ' ' }],
      ['contact.email', { ...SALES, email: 'ikke-en-adresse' }],
      ['contact.phone', { ...SALES, phone: 'ring meg' }],
      ['contact.role', { ...SALES, role: 'x'.repeat(201) }],
    ])('refuses a bad %s, naming it, and writes nothing', async (field, contact) => {
      const need = await createNeed(api, buyer);
      const supplier = await api.createMember(OrganizationKind.COMPANY);
      const result = await api.gql(RESPOND, { needId: need.id, pitch: 'Vi kan.', contact }, supplier.token);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(errorField(result)).toBe(field);
      expect(await api.count('need_responses', 'need_id = $1', [need.id])).toBe(0);
    });
  });

  describe('Need.contact', () => {
    it('defaults to the author, may be named on create and update, and an update without it keeps it', async () => {
      const author = await api.createMember(OrganizationKind.MUNICIPALITY);
      const { name, email } = await userRow(author);
      const need = await createNeed(api, author);
      expect(await needContactSeenBy(author, need.id)).toEqual({ name, role: null, email, phone: null });

      const named = { name: 'Nina Innkjøp', role: 'Innkjøper', email: 'nina@kommune.example', phone: null };
      const other = await createNeed(api, author, { contact: named });
      expect(await needContactSeenBy(author, other.id)).toEqual(named);

      await api.gqlOk(
        UPDATE_NEED,
        { id: other.id, input: needInput({ title: 'Endret tittel' }) },
        author.token,
      );
      expect(await needContactSeenBy(author, other.id)).toEqual(named);
      await api.gqlOk(UPDATE_NEED, { id: other.id, input: needInput({ contact: SALES }) }, author.token);
      expect(await needContactSeenBy(author, other.id)).toEqual(SALES);

      const bad = await api.gql(
        UPDATE_NEED,
        { id: other.id, input: needInput({ title: 'Ikke lagret', contact: { ...SALES, email: 'nei' } }) },
        author.token,
      );
      expect(errorField(bad)).toBe('contact.email');
      expect(await api.count('needs', "id = $1 AND title = 'Ikke lagret'", [other.id])).toBe(0);
    });

    it('is shown to the owner, its partners and suppliers it shortlisted; nobody else', async () => {
      const need = await createNeed(api, buyer);
      const partner = await api.createMember(OrganizationKind.MUNICIPALITY);
      await makePartner(api, buyer, need.id, partner);
      const supplier = await api.createMember(OrganizationKind.COMPANY);
      const { id: responseId } = await answer(supplier, need.id);
      const { name, email } = await userRow(buyer);
      const contact = { name, role: null, email, phone: null };

      expect(await needContactSeenBy(buyer, need.id)).toEqual(contact);
      expect(await needContactSeenBy(partner, need.id)).toEqual(contact);
      expect(await needContactSeenBy(supplier, need.id)).toBeNull();
      expect(
        await needContactSeenBy(await api.createMember(OrganizationKind.MUNICIPALITY), need.id),
      ).toBeNull();
      expect(await needContactSeenBy(null, need.id)).toBeNull();

      await api.gqlOk(SET_RESPONSE_STATUS, { responseId, status: 'SHORTLISTED' }, buyer.token);
      expect(await needContactSeenBy(supplier, need.id)).toEqual(contact);
      const colleague = await api.createUser(supplier.organizationId, { role: Role.MEMBER });
      expect(await needContactSeenBy(colleague, need.id)).toEqual(contact);
      expect(await needContactSeenBy(await api.createMember(OrganizationKind.COMPANY), need.id)).toBeNull();

      await api.gqlOk(SET_RESPONSE_STATUS, { responseId, status: 'DECLINED' }, buyer.token);
      expect(await needContactSeenBy(supplier, need.id)).toBeNull();
    });
  });

  it('mails the owner a new answer with the supplier and its contact, and a mailto link', async () => {
    const owner = await api.createMember(OrganizationKind.MUNICIPALITY);
    await api.gqlOk(SET_FREQUENCY, {}, owner.token);
    const need = await createNeed(api, owner, { title: 'Sensorer i hjemmetjenesten' });
    const supplier = await api.createMember(OrganizationKind.COMPANY);
    const [{ name: supplierName }] = (await api.dataSource.query(
      'SELECT name FROM organizations WHERE id = $1',
      [supplier.organizationId],
    )) as { name: string }[];
    await answer(supplier, need.id, SALES);

    const { email } = await userRow(owner);
    const [mail] = await eventually(async () => {
      const mails = smtp.to(email);
      return mails.length ? mails : undefined;
    }, 10_000);
    expect(mail.subject).toBe('Nytt svar på behovet: Sensorer i hjemmetjenesten');
    expect(mail.text).toContain(
      `Svaret er fra ${supplierName}. Kontaktperson: Siri Salg (Salgssjef), siri@fjordkode.example, tlf. +47 99 88 77 66.`,
    );
    const mailto = `mailto:siri@fjordkode.example?subject=${encodeURIComponent(mail.subject ?? '')}`;
    expect(mail.text).toContain(`Kontakt leverandøren: ${mailto}`);
    expect(mail.html).toContain(`<a href="${mailto.replace(/&/g, '&#38;')}">Kontakt leverandøren</a>`);
  });
});

/** Answers and needs from before contacts existed name their organisation's first admin. */
describe('migrating answers and needs to contacts', () => {
  const MIGRATION = 'AnswerContacts1766900000000';
  const name = `lokomotiv_answer_contacts_migration_${process.pid}_${Date.now()}`;
  let db: DataSource;
  const query = <T>(sql: string, params: unknown[] = []) => db.query(sql, params) as Promise<T[]>;

  beforeAll(async () => {
    db = await openDatabase(await cloneTemplate(testServerFromEnv(), name), 2);
    while ((await query('SELECT 1 FROM migrations WHERE name = $1', [MIGRATION])).length)
      await db.undoLastMigration();
  });
  afterAll(async () => {
    await db.destroy();
    await dropDatabase(testServerFromEnv(), name);
  });

  const organization = async (kind: string) =>
    (
      await query<{ id: string }>(
        "INSERT INTO organizations (name, kind, organization_number) VALUES ('Org', $1, $2) RETURNING id",
        [kind, fakeOrganizationNumber()],
      )
    )[0].id;
  const user = (org: string, email: string, role: string, createdAt: string) =>
    query(
      `INSERT INTO users (email, name, password_hash, role, organization_id, created_at)
       VALUES ($1, $1, 'x', $2, $3, $4)`,
      [email, role, org, createdAt],
    );

  it('gives each the first admin, else the first user, and goes back', async () => {
    const buyer = await organization('MUNICIPALITY');
    await user(buyer, 'first-member@kommune.example', 'MEMBER', '2025-01-01');
    await user(buyer, 'later-admin@kommune.example', 'ADMIN', '2025-03-01');
    await user(buyer, 'last-admin@kommune.example', 'ADMIN', '2025-06-01');
    const supplier = await organization('COMPANY');
    await user(supplier, 'only-member@startup.example', 'MEMBER', '2025-02-01');
    const nobody = await organization('STATE_AGENCY');
    const [{ id: need }] = await query<{ id: string }>(
      `INSERT INTO needs (title, description, service_area, status, owner_id)
       VALUES ('Behov', 'x', 'beredskap', 'OPEN', $1) RETURNING id`,
      [buyer],
    );
    const [{ id: orphan }] = await query<{ id: string }>(
      `INSERT INTO needs (title, description, service_area, status, owner_id)
       VALUES ('Uten brukere', 'x', 'beredskap', 'OPEN', $1) RETURNING id`,
      [nobody],
    );
    await query(
      "INSERT INTO need_responses (need_id, organization_id, pitch, status) VALUES ($1, $2, 'x', 'SUBMITTED')",
      [need, supplier],
    );

    await db.runMigrations();

    const contact = (email: string) => ({ name: email, role: null, email, phone: null });
    const needs = await query<{ id: string; contact: unknown }>(
      'SELECT id, contact FROM needs WHERE id = ANY($1)',
      [[need, orphan]],
    );
    expect(Object.fromEntries(needs.map((row) => [row.id, row.contact]))).toEqual({
      [need]: contact('later-admin@kommune.example'),
      [orphan]: null,
    });
    expect(await query('SELECT contact FROM need_responses WHERE need_id = $1', [need])).toEqual([
      { contact: contact('only-member@startup.example') },
    ]);

    while ((await query('SELECT 1 FROM migrations WHERE name = $1', [MIGRATION])).length)
      await db.undoLastMigration();
    expect(
      await query(
        "SELECT 1 FROM information_schema.columns WHERE table_name IN ('needs', 'need_responses') AND column_name = 'contact'",
      ),
    ).toEqual([]);
  });
});
