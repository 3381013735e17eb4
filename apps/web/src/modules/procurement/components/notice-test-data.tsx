import { BERGEN_LEADER, renderWithApp } from '../../../test/render';
import { NoticeQuery } from '../graphql/procurement';
import { NoticePage } from './NoticePage';

/** A notice as the Notice query returns it, and the page rendered with it for a Bergen leader. */
export function noticeData(buyerId = BERGEN_LEADER.organization.id, overrides: object = {}) {
  return {
    __typename: 'ProcurementNotice',
    id: 'notice-1',
    title: 'Digital hjemmeoppfølging',
    description: 'Vi trenger sensorer.',
    procedure: 'INNOVATION_PARTNERSHIP',
    deadline: '2099-12-01T22:59:00.000Z',
    isOpen: true,
    cancelledAt: null,
    serviceArea: 'helse-og-omsorg',
    estimatedValueNok: null,
    cpvCodes: ['72000000-5'],
    buyer: { __typename: 'Organization', id: buyerId, name: 'Bergen kommune' },
    createdAt: '2026-11-01T10:00:00.000Z',
    externalUrl: null,
    questionDeadline: null,
    viewerFollows: false,
    contact: null,
    links: [],
    cpvLabels: [
      { __typename: 'CpvCode', code: '72000000-5', labelNb: 'IT-tjenester', labelEn: 'IT services' },
    ],
    need: null,
    resultingSolution: null,
    ...overrides,
  };
}

export function renderNotice(mocks: object[], buyerId?: string, overrides: object = {}) {
  return renderWithApp(<NoticePage />, {
    mocks: [
      {
        request: { query: NoticeQuery, variables: { id: 'notice-1' } },
        result: { data: { procurementNotice: noticeData(buyerId, overrides) } },
      },
      ...mocks,
    ] as never,
    viewer: BERGEN_LEADER,
    url: '/anbud/notice-1',
    path: '/anbud/:id',
  });
}
