import { useQuery } from '@apollo/client/react';
import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import type { NeedCostSharesQuery as CostSharesResult } from '../../../generated/graphql';
import { formatPercent } from '../../../i18n/format';
import { useI18n } from '../../../i18n/I18nProvider';
import { requiredError } from '../../common/api-errors';
import { MoneyField } from '../../common/components/MoneyField';
import { ErrorAlert } from '../../common/components/QueryState';
import { describeApiError } from '../../common/error-messages';
import { moneyProblems, parseMoney } from '../../common/money';
import { NeedCostSharesQuery } from '../graphql/needs';
import './cost-shares.css';

type CostShare = NonNullable<CostSharesResult['need']>['costShares'][number];

/** For the owner and partners of a need with partners: the api's suggested split by population. */
export function NeedCostShares({ needId }: { needId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [totalNok, setTotalNok] = useState<number | null>(null);
  const { data, error } = useQuery(NeedCostSharesQuery, { variables: { id: needId, totalNok } });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseMoney(text);
    const [error] =
      parsed.ok && parsed.kroner === null ? [requiredError('totalNok')] : moneyProblems('totalNok', text);
    setProblem(error && describeApiError(i18n, error));
    if (parsed.ok && parsed.kroner !== null) setTotalNok(parsed.kroner);
  };
  const shares = data?.need?.costShares ?? [];
  return (
    <section aria-labelledby="cost-shares-heading">
      <Heading level={2} data-size="sm" id="cost-shares-heading">
        {t('costShares.heading')}
      </Heading>
      <Paragraph>{t('costShares.intro')}</Paragraph>
      <form onSubmit={submit} noValidate className="form cost-shares__form">
        <MoneyField
          id="cost-shares-total"
          label={t('costShares.total')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={problem}
        />
        <div className="button-row">
          <Button type="submit" variant="secondary">
            {t('costShares.split')}
          </Button>
        </div>
      </form>
      <ErrorAlert error={error} />
      {shares.length > 0 && <CostShareTable shares={shares} />}
    </section>
  );
}

function CostShareTable({ shares }: { shares: CostShare[] }) {
  const { t, language, formatNumber, formatNok } = useI18n();
  const withAmounts = shares.some((share) => share.amountNok !== null);
  return (
    <Table zebra data-size="sm" className="cost-shares">
      <caption className="visually-hidden">{t('costShares.caption')}</caption>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t('costShares.organization')}</Table.HeaderCell>
          <Table.HeaderCell>{t('costShares.population')}</Table.HeaderCell>
          <Table.HeaderCell>{t('costShares.percent')}</Table.HeaderCell>
          {withAmounts && <Table.HeaderCell>{t('costShares.amount')}</Table.HeaderCell>}
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {shares.map((share) => (
          <Table.Row key={share.organization.id}>
            <Table.Cell>{share.organization.name}</Table.Cell>
            <Table.Cell>
              {share.population === null ? t('costShares.noPopulation') : formatNumber(share.population)}
            </Table.Cell>
            <Table.Cell>
              {t('costShares.percentValue', { percent: formatPercent(language, share.percent) })}
            </Table.Cell>
            {withAmounts && (
              <Table.Cell>{share.amountNok === null ? '' : formatNok(share.amountNok)}</Table.Cell>
            )}
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
