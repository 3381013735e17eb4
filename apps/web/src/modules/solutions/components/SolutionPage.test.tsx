import { screen } from '@testing-library/react';
import { solutionData } from '../../../test/fixtures';
import { renderWithApp } from '../../../test/render';
import { SolutionQuery } from '../graphql/solution';
import { SolutionPage } from './SolutionPage';

describe('SolutionPage', () => {
  it('links each tag, in its own case, to a search for solutions with it', async () => {
    renderWithApp(<SolutionPage />, {
      mocks: [
        {
          request: { query: SolutionQuery, variables: { id: 'sol-1' } },
          result: { data: { solution: solutionData({ tags: ['RPA', 'hjemmetjeneste'] }) } },
        },
      ],
      url: '/losninger/sol-1',
      path: '/losninger/:id',
    });
    const tag = await screen.findByRole('link', { name: 'RPA' });
    expect(tag).toHaveAttribute('href', '/sok?q=RPA&type=SOLUTION');
    expect(screen.getByRole('link', { name: 'hjemmetjeneste' })).toHaveAttribute(
      'href',
      '/sok?q=hjemmetjeneste&type=SOLUTION',
    );
  });

  it('marks the Norwegian title, summary and description with lang="nb" in the English interface', async () => {
    const solution = solutionData();
    renderWithApp(<SolutionPage />, {
      mocks: [
        {
          request: { query: SolutionQuery, variables: { id: 'sol-1' } },
          result: { data: { solution } },
        },
      ],
      url: '/losninger/sol-1',
      path: '/losninger/:id',
      language: 'en',
    });
    const heading = await screen.findByRole('heading', { level: 1, name: solution.title });
    expect(heading.querySelector('[lang="nb"]')).toHaveTextContent(solution.title);
    expect(screen.getByText(solution.summary)).toHaveAttribute('lang', 'nb');
    expect(document.querySelector('.markdown')).toHaveAttribute('lang', 'nb');
    expect(document.title).toBe(`${solution.title} – Lokomotiv`);
  });
});
