import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../test/render';
import { NotFoundPage } from '../../common/components/NotFoundPage';
import { AccessibilityPage, PrivacyPage } from './InfoPage';
import { SiteFooter } from './SiteFooter';

describe('SiteFooter', () => {
  it('links to the about, contact, privacy and accessibility pages', () => {
    renderWithApp(<SiteFooter />);
    const nav = screen.getByRole('navigation', { name: 'Om nettstedet' });
    const links = within(nav)
      .getAllByRole('link')
      .map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual([
      ['Om Lokomotiv', '/om'],
      ['Kontakt', '/kontakt'],
      ['Personvern', '/personvern'],
      ['Tilgjengelighetserklæring', '/tilgjengelighetserklaering'],
    ]);
  });

  it('speaks English in the English interface', () => {
    renderWithApp(<SiteFooter />, { language: 'en' });
    expect(screen.getByRole('link', { name: 'Accessibility statement' })).toBeTruthy();
  });
});

describe('PrivacyPage', () => {
  it('says what is stored, why, for how long and whom to ask', () => {
    renderWithApp(<PrivacyPage />);
    for (const name of ['Hva vi lagrer', 'Hvorfor, og med hvilket rettslig grunnlag', 'Hvor lenge']) {
      expect(screen.getByRole('region', { name })).toBeTruthy();
    }
    expect(screen.getByText(/artikkel 6 nr\. 1 bokstav e/)).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Dine rettigheter, og hvem du spør' }).textContent).toMatch(
      /Datatilsynet/,
    );
  });
});

describe('AccessibilityPage', () => {
  it('lists what is known not to meet WCAG 2.1 AA and how to report it', () => {
    renderWithApp(<AccessibilityPage />);
    expect(screen.getByRole('heading', { level: 1, name: 'Tilgjengelighetserklæring' })).toBeTruthy();
    const known = screen.getByRole('region', { name: 'Hva som ikke er i orden' });
    expect(within(known).getAllByRole('listitem').length).toBeGreaterThanOrEqual(3);
    expect(screen.getByRole('region', { name: 'Meld fra om feil' }).textContent).toMatch(/uutilsynet\.no/);
  });
});

describe('NotFoundPage', () => {
  it('offers a search box that opens the search', async () => {
    const { router } = renderWithApp(<NotFoundPage />, { url: '/finnes-ikke' });
    await userEvent.type(
      within(screen.getByRole('search', { name: 'Søk etter løsninger, behov og anbud' })).getByRole(
        'searchbox',
      ),
      'robot{Enter}',
    );
    expect(router.state.location.pathname).toBe('/sok');
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('robot');
  });
});
