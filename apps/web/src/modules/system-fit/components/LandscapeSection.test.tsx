import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BERGEN_LEADER, renderWithApp } from '../../../test/render';
import { OrganizationSystemsQuery, SetOrganizationSystemsMutation } from '../graphql/system-fit';
import { catalogueMock, ELEMENTS, GERICA, UIPATH } from '../test-systems';
import { LandscapeSection } from './LandscapeSection';

const landscapeMock: MockLink.MockedResponse = {
  request: { query: OrganizationSystemsQuery, variables: { id: 'org-bergen' } },
  result: { data: { organization: { __typename: 'Organization', id: 'org-bergen', systems: [ELEMENTS] } } },
};

const saveMock = (
  systemIds: string[],
  result: MockLink.MockedResponse['result'],
): MockLink.MockedResponse => ({
  request: { query: SetOrganizationSystemsMutation, variables: { systemIds } },
  result,
});

const saved = (systems: (typeof ELEMENTS)[]) => ({
  data: { setOrganizationSystems: { __typename: 'Organization', id: 'org-bergen', systems } },
});

function renderSection(editable: boolean, mocks: MockLink.MockedResponse[] = []) {
  return renderWithApp(<LandscapeSection organizationId="org-bergen" editable={editable} />, {
    viewer: BERGEN_LEADER,
    mocks: [landscapeMock, catalogueMock(''), catalogueMock('tieto'), ...mocks],
  });
}

describe('LandscapeSection', () => {
  it('lets an ADMIN pick systems grouped by category, with the keyboard, and announces the save', async () => {
    renderSection(true, [saveMock(['elements', 'gerica'], saved([ELEMENTS, GERICA]))]);
    const caseManagement = await screen.findByRole('group', { name: 'Sak og arkiv (Noark 5)' });
    expect(within(caseManagement).getByRole('checkbox', { name: 'Elements (Sikri)' })).toBeChecked();
    const care = screen.getByRole('group', { name: 'Helse og omsorg (EPJ)' });
    const gerica = within(care).getByRole('checkbox', { name: 'Gerica (Tietoevry)' });
    expect(gerica).not.toBeChecked();

    const user = userEvent.setup();
    gerica.focus();
    await user.keyboard(' ');
    expect(gerica).toBeChecked();
    expect(screen.getByText('Valgt: Elements, Gerica.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lagre systemene' }));
    expect(await screen.findByText('Systemene er lagret.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Systemene er lagret.');
  });

  it('narrows the catalogue by a search and keeps chosen systems that the search hides', async () => {
    renderSection(true, [saveMock(['elements', 'gerica'], saved([ELEMENTS, GERICA]))]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('searchbox', { name: 'Søk i systemkatalogen' }));
    await user.paste('tieto');
    // The narrowed list arrives from the catalogue query: wait until it holds the match and not the rest.
    await waitFor(() => {
      expect(screen.queryByRole('checkbox', { name: 'Elements (Sikri)' })).not.toBeInTheDocument();
      expect(screen.getByRole('checkbox', { name: 'Public 360° (Tietoevry)' })).toBeInTheDocument();
    });
    expect(screen.queryByRole('checkbox', { name: UIPATH.name })).not.toBeInTheDocument();
    expect(screen.getByText('Valgt: Elements.')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Gerica (Tietoevry)' }));
    await user.click(screen.getByRole('button', { name: 'Lagre systemene' }));
    expect(await screen.findByText('Systemene er lagret.')).toBeInTheDocument();
  });

  it('says so when the api refuses, and does not claim it saved', async () => {
    const refusal = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'no', extensions: { code: 'FORBIDDEN', reason: 'NOT_ORGANIZATION_ADMIN' } }],
    });
    renderSection(true, [{ ...saveMock(['elements'], undefined), error: refusal }]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Lagre systemene' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.queryByText('Systemene er lagret.')).not.toBeInTheDocument();
  });

  it('shows members the systems read-only, by category', async () => {
    renderSection(false);
    expect(await screen.findByText('Sak og arkiv (Noark 5)')).toBeInTheDocument();
    expect(screen.getByText('Elements (Sikri)')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lagre systemene' })).not.toBeInTheDocument();
    expect(screen.getByText('Bare administratorer kan endre listen.')).toBeInTheDocument();
  });
});
