import { screen } from '@testing-library/react';
import { BERGEN_LEADER, renderWithApp } from '../../../test/render';
import type { Viewer } from '../../auth/hooks/SessionProvider';
import { NewNeedPage } from '../../needs/components/NeedFormPage';
import { NewNoticePage } from '../../procurement/components/NoticeFormPage';

const SUPPLIER: Viewer = {
  ...BERGEN_LEADER,
  organization: {
    ...BERGEN_LEADER.organization,
    id: 'org-supplier',
    name: 'Robotfabrikken AS',
    kind: 'COMPANY',
  },
  can: { ...BERGEN_LEADER.can, postNeeds: false, postNotices: false, joinNeeds: false, answerNeeds: true },
};

describe('PublicBodiesOnly', () => {
  it('tells a company before it fills in anything that only public bodies post needs', () => {
    renderWithApp(<NewNeedPage />, { viewer: SUPPLIER });
    expect(
      screen.getByRole('heading', { name: 'Bare offentlige virksomheter kan melde behov' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Se behovene som er meldt' })).toHaveAttribute('href', '/behov');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Publiser behovet' })).toBeNull();
  });

  it('tells a company the same about tenders, in English too', () => {
    renderWithApp(<NewNoticePage />, { viewer: SUPPLIER, language: 'en' });
    expect(screen.getByRole('heading', { name: 'Only public bodies can post tenders' })).toBeVisible();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('gives a public body the form', () => {
    renderWithApp(<NewNeedPage />, { viewer: BERGEN_LEADER });
    expect(
      screen.queryByRole('heading', { name: 'Bare offentlige virksomheter kan melde behov' }),
    ).toBeNull();
    expect(screen.getByRole('button', { name: 'Publiser behovet' })).toBeVisible();
  });
});
