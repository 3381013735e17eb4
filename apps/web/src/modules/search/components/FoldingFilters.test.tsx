import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../test/render';
import { activeFilterCount, parseSearchParams } from '../search-params';
import { FoldingFilters } from './FoldingFilters';

function windowIsNarrow(narrow: boolean) {
  const original = window.matchMedia;
  window.matchMedia = (query: string) => ({ ...original(query), matches: narrow });
  return () => {
    window.matchMedia = original;
  };
}

describe('FoldingFilters', () => {
  it('folds the filters behind a button that counts the chosen ones on a phone', async () => {
    const restore = windowIsNarrow(true);
    try {
      renderWithApp(
        <FoldingFilters activeCount={2}>
          <input type="checkbox" aria-label="Helse og omsorg" />
        </FoldingFilters>,
      );
      const button = screen.getByRole('button', { name: 'Filtrer (2 valgt)' });
      expect(button).toHaveAttribute('aria-expanded', 'false');
      const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
      expect(panel).not.toBeVisible();
      await userEvent.click(button);
      expect(button).toHaveAttribute('aria-expanded', 'true');
      expect(screen.getByRole('checkbox', { name: 'Helse og omsorg' })).toBeVisible();
    } finally {
      restore();
    }
  });

  it('names no count when nothing is chosen', () => {
    const restore = windowIsNarrow(true);
    try {
      renderWithApp(<FoldingFilters activeCount={0}>filters</FoldingFilters>, { language: 'en' });
      expect(screen.getByRole('button', { name: 'Filter' })).toBeTruthy();
    } finally {
      restore();
    }
  });

  it('shows the filters with no button on a wide screen', () => {
    renderWithApp(
      <FoldingFilters activeCount={1}>
        <input type="checkbox" aria-label="Helse og omsorg" />
      </FoldingFilters>,
    );
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Helse og omsorg' })).toBeVisible();
  });
});

describe('activeFilterCount', () => {
  it('counts every chosen value and every ticked switch, but not the query or page', () => {
    const count = (search: string) => activeFilterCount(parseSearchParams(new URLSearchParams(search)));
    expect(count('q=robot&side=2')).toBe(0);
    expect(count('omrade=helse-og-omsorg&omrade=plan-bygg-og-eiendom&type=NEED&apne=1')).toBe(4);
  });
});
