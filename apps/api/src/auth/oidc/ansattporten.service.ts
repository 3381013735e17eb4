import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service';
import { AuditAction } from '../../audit/audit-action';
import { InputCheck } from '../../common/input-validation';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../core.module';
import { TransactionRunner } from '../../database/unit-of-work';
import { MailSender } from '../../mail/mail-sender';
import type { OrganizationEntity } from '../../organizations/organization.entity';
import { OrganizationService } from '../../organizations/organization.service';
import { Role } from '../../users/role';
import { UserService } from '../../users/user.service';
import { authError } from '../auth.errors';
import type { Session } from '../auth.service';
import { SessionService } from '../session.service';
import { EmailConfirmationRepository } from './email-confirmation.repository';
import { OidcSignInRepository, type PendingSignIn } from './oidc-sign-in.repository';
import { OpenIdClientAdapter } from './openid-client.adapter';

/** How long the browser may take at the provider. */
const LOGIN_ATTEMPT_MS = 10 * 60_000;
/** The one-time code in the redirect to the web app: redeemed at once by the page it lands on. */
export const SIGN_IN_CODE_MS = 60_000;
/** How long a first sign-in may take to choose the organisation and give name and e-mail. */
const SIGN_IN_TICKET_MS = 15 * 60_000;
const CONFIRMATION_MS = 7 * 24 * 3_600_000;

/** Why the provider's answer signed nobody in: the web app's sign-in page explains each in words. */
export type CallbackFailure = 'LOGIN_FAILED' | 'LOGIN_EXPIRED' | 'LOGIN_CANCELLED' | 'NO_PUBLIC_ORGANIZATION';

export interface PendingSignInView {
  ticket: string;
  organizations: OrganizationEntity[];
  /** The name the provider gave, if any, to fill in the form. */
  name: string | null;
}

export type SignInResult = { session: Session } | { pending: PendingSignInView };

const secret = () => randomBytes(32).toString('base64url');
const hashOf = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * Signing in through Ansattporten: the authorization code flow, the organisations the person may act for,
 * a one-time code that hands the result to the web app, and on first sign-in a new MEMBER keyed by `sub`.
 */
@Injectable()
export class AnsattportenService {
  private readonly logger = new Logger('Ansattporten');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly client: OpenIdClientAdapter,
    private readonly signIns: OidcSignInRepository,
    private readonly confirmations: EmailConfirmationRepository,
    private readonly organizations: OrganizationService,
    private readonly users: UserService,
    private readonly sessions: SessionService,
    private readonly mail: MailSender,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
  ) {}

  get enabled(): boolean {
    return this.client.enabled;
  }

  get publicUrl(): string {
    return this.config.publicUrl;
  }

  get isTestProvider(): boolean {
    return this.config.oidc?.testProvider === true;
  }

  /** Where to send the browser, and the attempt its cookie names (state, nonce and verifier stay here). */
  async startLogin(): Promise<{ redirectTo: string; attemptId: string }> {
    const { url, ...attempt } = await this.client.authorizationRequest();
    const attemptId = await this.signIns.insertAttempt(attempt, new Date(Date.now() + LOGIN_ATTEMPT_MS));
    return { redirectTo: url, attemptId };
  }

  /** The provider's answer: the web app's address with a one-time code, or with why nobody was signed in. */
  async finishLogin(callbackUrl: URL, attemptId: string | undefined): Promise<string> {
    const failure = (reason: CallbackFailure) => this.webUrl({ feil: reason });
    if (callbackUrl.searchParams.get('error') === 'access_denied') return failure('LOGIN_CANCELLED');
    const attempt =
      attemptId && /^[0-9a-f-]{36}$/i.test(attemptId) && (await this.signIns.consumeAttempt(attemptId));
    if (!attempt) return failure('LOGIN_EXPIRED');
    let identity: Awaited<ReturnType<OpenIdClientAdapter['identityFrom']>>;
    try {
      identity = await this.client.identityFrom(callbackUrl, attempt);
    } catch (error) {
      this.logger.warn(`Ansattporten sign-in refused: ${(error as Error).message}`);
      return failure('LOGIN_FAILED');
    }
    const bodies = await this.organizations.findPublicBodiesByOrganizationNumbers(
      identity.organizationNumbers,
    );
    if (bodies.length === 0) return failure('NO_PUBLIC_ORGANIZATION');
    const code = secret();
    await this.signIns.insertSignIn(
      {
        issuer: identity.issuer,
        subject: identity.subject,
        sid: identity.sessionId,
        name: identity.name,
        organizationIds: bodies.map((body) => body.id),
      },
      hashOf(code),
      new Date(Date.now() + SIGN_IN_CODE_MS),
    );
    return this.webUrl({ kode: code });
  }

  /**
   * Redeems the one-time code, once: a known person is signed in to their organisation; a new one gets a
   * ticket to choose among the organisations and give name and work e-mail.
   */
  async redeem(code: string): Promise<SignInResult> {
    const pending = await this.signIns.consumeCode(hashOf(String(code)));
    if (!pending)
      throw authError('SIGN_IN_CODE_INVALID', 'The sign-in code was used, expired or is wrong', {
        field: 'code',
      });
    const user = await this.users.findByOidcIdentity(pending.issuer, pending.subject);
    if (user) {
      if (!pending.organizationIds.includes(user.organizationId))
        throw authError(
          'NO_LONGER_ACTS_FOR_ORGANIZATION',
          "Ansattporten no longer lets you act for your account's organisation",
        );
      return { session: { token: await this.startSession(user.id, pending), user } };
    }
    const ticket = secret();
    await this.signIns.setTicket(pending.id, hashOf(ticket), new Date(Date.now() + SIGN_IN_TICKET_MS));
    return { pending: await this.viewOf(pending, ticket) };
  }

  /** A first sign-in: the new MEMBER of the chosen organisation, with a confirmation link mailed to the e-mail. */
  async complete(ticket: string, organizationId: string, name: string, email: string): Promise<Session> {
    const ticketHash = hashOf(String(ticket));
    const pending = await this.signIns.findByTicket(ticketHash);
    if (!pending) throw ticketInvalid();
    const check = new InputCheck();
    check.collect(() => {
      if (!pending.organizationIds.includes(organizationId))
        throw authError('ORGANIZATION_NOT_OFFERED', 'Choose one of the organisations you may act for', {
          field: 'organizationId',
        });
    });
    const profile = await check.collectAsync(() => this.users.validateProfile({ name, email }));
    check.done();
    const user = await this.transactions.run(async (unitOfWork) => {
      if (!(await this.signIns.consumeTicket(unitOfWork, ticketHash))) throw ticketInvalid();
      const created = await this.users.insert(
        {
          ...profile,
          role: Role.MEMBER,
          passwordHash: null,
          organizationId,
          isPlatformAdmin: false,
          oidcIssuer: pending.issuer,
          oidcSubject: pending.subject,
          emailConfirmed: false,
        },
        unitOfWork,
      );
      const token = secret();
      const tokenHash = hashOf(token);
      await this.confirmations.insert(
        unitOfWork,
        tokenHash,
        created.id,
        profile.email,
        new Date(Date.now() + CONFIRMATION_MS),
      );
      await this.mail.queueEmailConfirmation(
        unitOfWork,
        created.id,
        `confirm.${tokenHash.slice(0, 32)}`,
        token,
      );
      await this.audit.record(
        unitOfWork,
        { userId: created.id, organizationId },
        AuditAction.MEMBER_ADDED,
        { kind: 'USER', id: created.id },
        { organizationId, role: Role.MEMBER, via: 'ANSATTPORTEN' },
      );
      return created;
    });
    return { token: await this.startSession(user.id, pending), user };
  }

  /** Follows a mailed confirmation link, once. */
  async confirmEmail(token: string): Promise<boolean> {
    return this.transactions.run(async (unitOfWork) => {
      const confirmation = await this.confirmations.consume(unitOfWork, hashOf(String(token)));
      if (!confirmation)
        throw authError('CONFIRMATION_LINK_INVALID', 'The confirmation link was used, expired or is wrong', {
          field: 'token',
        });
      await this.users.confirmEmail(confirmation.userId, confirmation.email, unitOfWork);
      return true;
    });
  }

  /** Front-channel logout from the provider: the sessions started from its session `sid` end; false for another issuer. */
  async frontChannelLogout(issuer: string, sid: string): Promise<boolean> {
    if (!this.enabled || issuer !== (await this.client.issuer())) return false;
    await this.sessions.endProviderSession({ issuer, sid });
    return true;
  }

  private startSession(userId: string, pending: PendingSignIn): Promise<string> {
    return this.sessions.start(
      userId,
      pending.sid ? { issuer: pending.issuer, sid: pending.sid } : undefined,
    );
  }

  private async viewOf(pending: PendingSignIn, ticket: string): Promise<PendingSignInView> {
    const organizations = await this.organizations.findByIds(pending.organizationIds);
    organizations.sort((a, b) => a.name.localeCompare(b.name, 'nb'));
    return { ticket, organizations, name: pending.name };
  }

  private webUrl(query: Record<string, string>): string {
    return `${this.config.publicUrl}/logg-inn/ansattporten?${new URLSearchParams(query)}`;
  }
}

const ticketInvalid = () =>
  authError('SIGN_IN_TICKET_INVALID', 'The sign-in expired or was finished; sign in again', {
    field: 'ticket',
  });
