import { ERROR_REASON_CODES, type ErrorReason } from '@lokomotiv/contract';
import { fieldNounOf } from '../../i18n/field-nouns';
import { formatRetryAfter } from '../../i18n/format';
import type { I18n, MessageParams } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/nb';
import type { ApiError, ApiErrorCode, WebReason } from './api-errors';

/**
 * The message for every reason the api sends. Exhaustive: a reason added to the contract does not
 * compile until it has a message here (and in both catalogues, which share their keys).
 */
export const REASON_MESSAGES: Record<ErrorReason, MessageKey> = {
  REQUIRED: 'error.required',
  TOO_SHORT: 'error.tooShort',
  TOO_LONG: 'error.tooLong',
  TOO_MANY: 'error.tooMany',
  NOT_AN_EMAIL: 'error.email',
  NOT_A_URL: 'error.url',
  NOT_AN_HTTP_URL: 'error.url',
  NOT_A_WHOLE_NUMBER: 'error.wholeNumber',
  NOT_AN_ID: 'error.choose',
  NOT_A_DATE: 'error.date',
  NOT_ONE_OF: 'error.choose',
  OUT_OF_RANGE: 'error.outOfRange',
  NOT_FOUND: 'error.notFound',
  UNAUTHENTICATED: 'error.loginRequired',
  INTERNAL_ERROR: 'error.internal',
  INVALID_QUERY: 'error.badRequest',
  INVALID_VARIABLES: 'error.badRequest',
  QUERY_TOO_DEEP: 'error.badRequest',
  QUERY_TOO_LARGE: 'error.badRequest',
  QUERY_TOO_COSTLY: 'error.queryTooCostly',
  INVALID_TEXT: 'error.invalidText',
  WRONG_CREDENTIALS: 'error.wrongCredentials',
  ACCOUNT_DEACTIVATED: 'error.accountDeactivated',
  ONLY_ADMINS_MANAGE_USERS: 'error.onlyAdminsManageUsers',
  ONLY_PLATFORM_ADMINS_LIST_USERS: 'error.onlyPlatformAdmins',
  LAST_ACTIVE_ADMIN: 'error.lastActiveAdmin',
  ORGANIZATION_NUMBER_ALREADY_SET: 'error.organizationNumberAlreadySet',
  ONLY_PLATFORM_ADMINS_SET_ORGANIZATION_NUMBERS: 'error.onlyPlatformAdmins',
  TOO_MANY_LOGIN_ATTEMPTS: 'error.tooManyLoginAttempts',
  RATE_LIMITED: 'error.tooManyRequests',
  WRONG_CURRENT_PASSWORD: 'error.wrongCurrentPassword',
  RESET_LINK_INVALID: 'error.resetLinkInvalid',
  SIGN_IN_CODE_INVALID: 'error.signInCodeInvalid',
  SIGN_IN_TICKET_INVALID: 'error.signInTicketInvalid',
  ORGANIZATION_NOT_OFFERED: 'error.organizationNotOffered',
  NO_LONGER_ACTS_FOR_ORGANIZATION: 'error.noLongerActsForOrganization',
  CONFIRMATION_LINK_INVALID: 'error.confirmationLinkInvalid',
  PASSWORD_TOO_COMMON: 'error.passwordTooCommon',
  PASSWORD_TOO_REPETITIVE: 'error.passwordTooRepetitive',
  EMAIL_TAKEN: 'error.emailTaken',
  ONLY_ADMINS_ADD_USERS: 'error.onlyAdminsAddUsers',
  ONLY_MEMBERS_SEE_MEMBERS: 'error.onlyMembersSeeMembers',
  INVALID_ORGANIZATION_NUMBER: 'error.organizationNumber',
  ORGANIZATION_NUMBER_TAKEN: 'error.organizationNumberTaken',
  INVALID_MUNICIPALITY_NUMBER: 'error.municipalityNumber',
  MUNICIPALITY_NUMBER_ONLY_FOR_MUNICIPALITIES: 'error.municipalityNumberOnly',
  MUNICIPALITY_NUMBER_TAKEN: 'error.municipalityNumberTaken',
  UNKNOWN_COUNTY_NUMBER: 'error.countyNumber',
  ONLY_PLATFORM_ADMINS_CREATE_ORGANIZATIONS: 'error.onlyPlatformAdmins',
  NOT_SOLUTION_OWNER: 'error.notSolutionOwner',
  NOT_ORGANIZATION_ADMIN: 'error.forbidden',
  CANNOT_ADOPT_OWN_SOLUTION: 'error.ownSolution',
  ADOPTION_EXISTS: 'error.adoptionExists',
  ORGANIZATION_NOT_VERIFIED: 'error.organizationNotVerified',
  PUBLICCODE_TOO_LARGE: 'publiccode.tooLarge',
  ONLY_PLATFORM_ADMINS_VERIFY_ORGANIZATIONS: 'error.onlyPlatformAdminsVerify',
  SOLUTION_NOT_PUBLISHED: 'error.notPublished',
  SOLUTION_ARCHIVED: 'error.solutionArchived',
  NEED_NOT_OPEN: 'error.needNotOpen',
  NEED_NOT_JOINABLE: 'error.needNotJoinable',
  NEED_STATUS_TRANSITION_NOT_ALLOWED: 'error.needStatusTransition',
  CANNOT_JOIN_OWN_NEED: 'error.ownNeed',
  NOT_NEED_OWNER: 'error.notNeedOwner',
  NOT_NEED_TEAM: 'error.notNeedTeam',
  NOT_A_PARTICIPANT: 'error.notAParticipant',
  ONLY_PUBLIC_BODIES_POST_NEEDS: 'error.onlyPublicBodiesPostNeeds',
  ONLY_PUBLIC_BODIES_JOIN_NEEDS: 'error.onlyPublicBodiesJoin',
  ONLY_COMPANIES_ANSWER_NEEDS: 'error.onlyCompaniesAnswer',
  MALFORMED_CPV_CODE: 'error.cpvMalformed',
  UNKNOWN_CPV_CODE: 'error.cpvUnknown',
  INVALID_CPV_CHECK_DIGIT: 'error.cpvCheckDigit',
  MALFORMED_CPV_DIVISION: 'error.cpvDivision',
  DEADLINE_NOT_IN_FUTURE: 'error.future',
  DEADLINE_TOO_SOON: 'error.deadlineTooSoon',
  QUESTION_DEADLINE_AFTER_DEADLINE: 'error.questionDeadlineAfterDeadline',
  DEADLINE_NOT_PASSED: 'error.deadlineNotPassed',
  NOTICE_CANCELLED: 'error.noticeCancelled',
  RESULT_NOT_PUBLISHED: 'error.resultNotPublished',
  RESULT_NOT_FROM_BUYERS: 'error.resultNotFromBuyers',
  SERVICE_AREA_REQUIRED_WITHOUT_NEED: 'error.serviceAreaWithoutNeed',
  ONLY_PUBLIC_BODIES_POST_NOTICES: 'error.onlyPublicBodiesPostNotices',
  NOT_NOTICE_BUYER: 'error.notNoticeBuyer',
  NEED_NOT_LINKABLE: 'error.needNotLinkable',
  DATABASE_UNAVAILABLE: 'error.unavailable',
  ONLY_PLATFORM_ADMINS_READ_AUDIT_LOG: 'error.forbidden',
  INVALID_LICENSE_EXPRESSION: 'error.licenseExpression',
  NOT_FOR_SOLUTION_KIND: 'error.notForSolutionKind',
  SUPPLIER_ONLY_WHEN_BOUGHT: 'error.supplierOnlyWhenBought',
  REVIEW_DATE_IN_FUTURE: 'error.reviewDateInFuture',
  NOT_A_PHONE_NUMBER: 'error.phoneNumber',
  UNKNOWN_SYSTEM: 'error.unknownSystem',
  WRONG_SYSTEM_CATEGORY: 'error.wrongSystemCategory',
};

/** Where a reason reads better said about one particular field. */
const FIELD_MESSAGES: Partial<Record<ErrorReason, Readonly<Record<string, MessageKey>>>> = {
  TOO_LONG: { tags: 'error.tagTooLong' },
  TOO_MANY: { tags: 'error.tooManyTags', savedSearch: 'error.tooManySavedSearches' },
};

/** The reasons of problems this web finds itself, before sending (the api never sees them). */
const WEB_REASON_MESSAGES: Record<WebReason, MessageKey> = {
  NOT_AN_AMOUNT: 'error.amount',
};

const isWebReason = (reason: string | undefined): reason is WebReason =>
  reason !== undefined && Object.hasOwn(WEB_REASON_MESSAGES, reason);

/** For a reason this web does not know yet (a newer api), or none: a message by code. */
const CODE_MESSAGES: Record<ApiErrorCode, MessageKey> = {
  UNAUTHENTICATED: 'error.unauthenticated',
  FORBIDDEN: 'error.forbidden',
  BAD_USER_INPUT: 'error.badInput',
  NOT_FOUND: 'error.notFound',
  CONFLICT: 'error.conflict',
  TOO_MANY_REQUESTS: 'error.tooManyRequests',
  SERVICE_UNAVAILABLE: 'error.unavailable',
  INTERNAL_SERVER_ERROR: 'error.internal',
  NETWORK: 'error.network',
};

const isKnownReason = (reason: string | undefined): reason is ErrorReason =>
  reason !== undefined && Object.hasOwn(ERROR_REASON_CODES, reason);

/** The catalogue key of the message for one error. */
export function messageKeyOf(error: ApiError): MessageKey {
  if (isWebReason(error.reason)) return WEB_REASON_MESSAGES[error.reason];
  if (isKnownReason(error.reason)) {
    const forField = error.field ? FIELD_MESSAGES[error.reason]?.[error.field] : undefined;
    return forField ?? REASON_MESSAGES[error.reason];
  }
  if (error.code === 'TOO_MANY_REQUESTS' && error.retryAfterSeconds !== undefined)
    return 'error.tooManyRequestsWait';
  return CODE_MESSAGES[error.code];
}

/** A sentence's first word, capitalised: "e-postadressen" → "E-postadressen". */
const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * The api's params, plus the field as a noun phrase (`{field}` inside a sentence, `{Field}` at its
 * start) and a readable wait, for a message's placeholders.
 */
function paramsOf({ t, language }: Pick<I18n, 't' | 'language'>, error: ApiError): MessageParams {
  const noun = fieldNounOf(error.field);
  const field = t(noun.key, noun.params);
  return {
    ...error.params,
    field,
    Field: capitalised(field),
    ...(error.retryAfterSeconds === undefined
      ? {}
      : { retryAfter: formatRetryAfter(language, error.retryAfterSeconds) }),
  };
}

/**
 * A message for the user, in their language, about one api error: a whole sentence translated
 * from its reason, field and params, never from the api's English message.
 */
export function describeApiError(i18n: Pick<I18n, 't' | 'language'>, error: ApiError): string {
  return i18n.t(messageKeyOf(error), paramsOf(i18n, error));
}
