import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { solutionData } from '../../../test/fixtures';
import { BERGEN_LEADER, renderWithApp } from '../../../test/render';
import { PublishSolutionMutation, SolutionQuery } from '../graphql/solution';
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

  it("offers a draft's owner Publiser instead of asking anyone to adopt it, and says when it is published", async () => {
    const draft = solutionData({ status: 'DRAFT', publishedAt: null, viewerCanEdit: true, adoptions: [] });
    const published = { ...draft, status: 'PUBLISHED' as const, publishedAt: '2026-12-01T10:00:00.000Z' };
    const solutionMock = (solution: typeof draft) => ({
      request: { query: SolutionQuery, variables: { id: 'sol-1' } },
      result: { data: { solution } },
    });
    renderWithApp(<SolutionPage />, {
      viewer: BERGEN_LEADER,
      mocks: [
        solutionMock(draft),
        {
          request: { query: PublishSolutionMutation, variables: { id: 'sol-1' } },
          result: { data: { publishSolution: published } },
        },
        solutionMock(published),
      ],
      url: '/losninger/sol-1',
      path: '/losninger/:id',
    });
    const publish = await screen.findByRole('button', { name: 'Publiser' });
    expect(screen.queryByText(/Bli den første/)).not.toBeInTheDocument();
    expect(screen.getByText('Ingen har tatt løsningen i bruk ennå.')).toBeInTheDocument();

    await userEvent.setup().click(publish);

    const notice = await screen.findByText(/Løsningen er publisert\./);
    expect(notice.closest('[tabindex="-1"]')).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Publiser' })).not.toBeInTheDocument();
  });

  it('names a link by its label, not its host, and marks what the owner wrote as Norwegian', async () => {
    renderWithApp(<SolutionPage />, {
      language: 'en',
      mocks: [
        {
          request: { query: SolutionQuery, variables: { id: 'sol-1' } },
          result: {
            data: {
              solution: solutionData({
                links: [
                  { __typename: 'SolutionLink', label: 'Kildekode', url: 'https://github.com/bergen/robot' },
                  { __typename: 'SolutionLink', label: ' ', url: 'https://github.com/bergen/annet' },
                ],
              }),
            },
          },
        },
      ],
      url: '/losninger/sol-1',
      path: '/losninger/:id',
    });
    const source = await screen.findByRole('link', { name: 'Kildekode' });
    expect(source).toHaveAttribute('href', 'https://github.com/bergen/robot');
    expect(screen.getByRole('link', { name: 'Source code' })).toHaveAttribute(
      'href',
      'https://github.com/bergen/annet',
    );
    expect(screen.queryByText(/github\.com/)).not.toBeInTheDocument();
    expect(source.closest('dd')).toHaveAttribute('lang', 'nb');
    expect(screen.getByText('Fordeling av PLO-meldinger').closest('dd')).toHaveAttribute('lang', 'nb');
  });

  it('shows no Publiser button on a published solution', async () => {
    renderWithApp(<SolutionPage />, {
      viewer: BERGEN_LEADER,
      mocks: [
        {
          request: { query: SolutionQuery, variables: { id: 'sol-1' } },
          result: { data: { solution: solutionData({ viewerCanEdit: true }) } },
        },
      ],
      url: '/losninger/sol-1',
      path: '/losninger/:id',
    });
    await screen.findByRole('heading', { name: 'Saksbehandlingsrobot', level: 1 });
    expect(screen.queryByRole('button', { name: 'Publiser' })).not.toBeInTheDocument();
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
