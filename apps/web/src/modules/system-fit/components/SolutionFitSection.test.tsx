import { screen, within } from '@testing-library/react';
import type { SolutionFitFieldsFragment } from '../../../generated/graphql';
import { renderWithApp } from '../../../test/render';
import { ELEMENTS, GERICA, PUBLIC_360, UIPATH } from '../test-systems';
import { SolutionFitSection } from './SolutionFitSection';

const NOARK = {
  __typename: 'SolutionRequirement' as const,
  description: 'Sak/arkiv',
  anyOf: [ELEMENTS, PUBLIC_360],
};
const RPA = {
  __typename: 'SolutionRequirement' as const,
  description: 'RPA-plattformen UiPath',
  anyOf: [UIPATH],
};
const CARE = { __typename: 'SolutionRequirement' as const, description: 'Pleie og omsorg', anyOf: [GERICA] };
const ids = (r: typeof NOARK) => ({ ...r, anyOf: r.anyOf.map(({ __typename, id }) => ({ __typename, id })) });

const solution = (
  fit: SolutionFitFieldsFragment['fit'],
  requirements = [NOARK, RPA],
): SolutionFitFieldsFragment => ({
  __typename: 'Solution',
  id: 'sol-1',
  requirements,
  fit,
});

const fitOf = (met: (typeof NOARK)[], missing: (typeof NOARK)[]) => ({
  __typename: 'SolutionFit' as const,
  runsHere: missing.length === 0,
  met: met.map(ids),
  missing: missing.map(ids),
});

describe('SolutionFitSection', () => {
  it('tells a member of a public organisation, per requirement, in words, what it has and what it lacks', () => {
    renderWithApp(<SolutionFitSection solution={solution(fitOf([NOARK], [RPA]))} />);
    const [noark, rpa] = screen.getAllByRole('listitem');
    expect(noark).toHaveTextContent('Sak/arkiv');
    expect(noark).toHaveTextContent('Ett av: Elements (Sikri), Public 360° (Tietoevry)');
    expect(within(noark).getByText('Dette har dere')).toBeInTheDocument();
    expect(within(rpa).getByText('Dette mangler dere')).toBeInTheDocument();
    expect(screen.queryByText('Kan kjøres hos dere')).not.toBeInTheDocument();
    expect(screen.getByText('Dere mangler noe av det løsningen krever.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Endre systemene deres' })).toBeInTheDocument();
  });

  it('says it runs here when every requirement is met', () => {
    renderWithApp(<SolutionFitSection solution={solution(fitOf([NOARK, CARE], []), [NOARK, CARE])} />);
    expect(screen.getByText('Kan kjøres hos dere')).toBeInTheDocument();
    expect(screen.getAllByText('Dette har dere')).toHaveLength(2);
    expect(screen.queryByText('Dette mangler dere')).not.toBeInTheDocument();
  });

  it('shows companies and anonymous visitors the requirements without any fit', () => {
    renderWithApp(<SolutionFitSection solution={solution(null)} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByText('RPA-plattformen UiPath')).toBeInTheDocument();
    expect(screen.queryByText(/Dette (har|mangler) dere/)).not.toBeInTheDocument();
    expect(screen.queryByText('Kan kjøres hos dere')).not.toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('is left out for a visitor without fit when the solution needs nothing', () => {
    renderWithApp(<SolutionFitSection solution={solution(null, [])} />);
    expect(screen.queryByRole('heading', { name: 'Systemkrav' })).not.toBeInTheDocument();
  });
});
