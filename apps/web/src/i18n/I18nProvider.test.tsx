import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { en } from './en';
import { I18nProvider, useI18n } from './I18nProvider';
import { nb } from './nb';

function Probe() {
  const { t, language, setLanguage, formatNok, formatDate } = useI18n();
  return (
    <div>
      <p>{t('search.count', { count: 1234 })}</p>
      <p data-testid="money">{formatNok(4200000)}</p>
      <p data-testid="date">{formatDate('2026-03-12T12:00:00.000Z')}</p>
      <button type="button" onClick={() => setLanguage(language === 'nb' ? 'en' : 'nb')}>
        {t('layout.switchLanguage')}
      </button>
    </div>
  );
}

describe('I18nProvider', () => {
  it('speaks Norwegian by default, formatting numbers and dates the Norwegian way', () => {
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(document.documentElement.lang).toBe('nb');
    expect(screen.getByText(/^1\s234 treff$/)).toBeInTheDocument();
    expect(screen.getByTestId('money').textContent?.replace(/\s/g, ' ')).toMatch(/4 200 000\s?kr/);
    expect(screen.getByTestId('date')).toHaveTextContent('12. mars 2026');
  });

  it('switches to English, sets the lang attribute and remembers the choice', async () => {
    const { unmount } = render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByText('1,234 results')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    unmount();

    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByRole('button', { name: 'Norsk' })).toBeInTheDocument();
    expect(screen.getByTestId('date')).toHaveTextContent('12 March 2026');
  });
});

describe('message catalogues', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('give every message in both languages, with the same placeholders', () => {
    for (const key of Object.keys(nb) as (keyof typeof nb)[]) {
      expect(en[key].trim()).not.toBe('');
      expect({ key, placeholders: placeholders(en[key]) }).toEqual({
        key,
        placeholders: placeholders(nb[key]),
      });
    }
  });
});
