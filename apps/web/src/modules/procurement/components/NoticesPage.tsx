import { skipToken, useQuery } from '@apollo/client/react';
import { Checkbox, Field, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useSearchParams } from 'react-router';
import { paths } from '../../../app/paths';
import { useI18n } from '../../../i18n/I18nProvider';
import { useSession } from '../../auth/hooks/SessionProvider';
import { ButtonLink } from '../../common/components/AppLink';
import { HitList } from '../../common/components/HitList';
import { PageHeading } from '../../common/components/PageHeading';
import { ErrorAlert, Loading } from '../../common/components/QueryState';
import { useCounties } from '../../common/hooks/useCounties';
import { useListParams } from '../../common/hooks/useListParams';
import { ResultPagination } from '../../search/components/ResultPagination';
import { PAGE_SIZE } from '../../search/search-params';
import { cpvLabel, isCpvCode } from '../cpv-tree';
import { CpvCodesByCodeQuery, NoticesQuery } from '../graphql/procurement';
import { noticeHit } from '../notice-hit';
import { isProcedure, PROCEDURES } from '../procedures';
import { type ChosenCpv, CpvPicker } from './CpvPicker';

/** Innovation tenders, open ones by default, newest first. */
export function NoticesPage() {
  const { t } = useI18n();
  const { viewer } = useSession();
  const { showAll, page, set } = useListParams();
  const [params] = useSearchParams();
  const { counties } = useCounties();
  const county = params.get('fylke') ?? '';
  const procedure = params.get('prosedyre') ?? '';
  const cpv = useCpvParam();
  const filter = {
    openOnly: !showAll,
    countyNumbers: /^\d{2}$/.test(county) ? [county] : null,
    procedures: isProcedure(procedure) ? [procedure] : null,
    cpvCodes: cpv.chosen.length ? cpv.chosen.map((c) => c.code) : null,
  };
  const { data, previousData, loading, error } = useQuery(NoticesQuery, {
    variables: { filter, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
  });
  const shown = data ?? previousData;
  return (
    <div className="list-page">
      <div className="section-header">
        <PageHeading>{t('notices.heading')}</PageHeading>
        {viewer?.can.postNotices && (
          <ButtonLink to={paths.newNotice} variant="secondary">
            {t('notices.new')}
          </ButtonLink>
        )}
      </div>
      <Paragraph>{t('notices.intro')}</Paragraph>
      <div className="list-filters">
        <Field>
          <Label>{t('filters.county')}</Label>
          <Select value={county} onChange={(event) => set('fylke', event.target.value || null)}>
            <Select.Option value="">{t('tenders.any')}</Select.Option>
            {counties.map((c) => (
              <Select.Option key={c.number} value={c.number}>
                {c.name}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>{t('filters.procedure')}</Label>
          <Select value={procedure} onChange={(event) => set('prosedyre', event.target.value || null)}>
            <Select.Option value="">{t('tenders.any')}</Select.Option>
            {PROCEDURES.map((p) => (
              <Select.Option key={p} value={p}>
                {t(`procedure.${p}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <div className="list-filters__wide">
          <CpvPicker
            id="notices-cpv"
            legend={t('notices.cpvLegend')}
            description={t('notices.cpvHelp')}
            value={cpv.chosen}
            onChange={(chosen) => set('cpv', chosen.map((c) => c.code).join(',') || null)}
          />
        </div>
        <Checkbox
          label={t('notices.showAll')}
          checked={showAll}
          onChange={() => set('alle', showAll ? null : '1')}
        />
      </div>
      <p role="status" className="search-page__count">
        {shown && t('search.count', { count: shown.procurementNotices.totalCount })}
      </p>
      <ErrorAlert error={error} />
      {!shown && loading && <Loading />}
      {shown && shown.procurementNotices.items.length === 0 && <Paragraph>{t('notices.none')}</Paragraph>}
      {shown && (
        <HitList hits={shown.procurementNotices.items.map(noticeHit)} stale={loading} headingLevel={2} />
      )}
      {shown && shown.procurementNotices.totalCount > PAGE_SIZE && (
        <ResultPagination
          page={page}
          totalPages={Math.ceil(shown.procurementNotices.totalCount / PAGE_SIZE)}
          onPage={(next) => set('side', String(next))}
        />
      )}
    </div>
  );
}

/** The CPV codes in the URL (`cpv=72000000-5,48000000-8`), with their labels once the api has named them. */
function useCpvParam(): { chosen: ChosenCpv[] } {
  const { language } = useI18n();
  const [params] = useSearchParams();
  const codes = [...new Set((params.get('cpv') ?? '').split(',').filter(isCpvCode))].slice(0, 20);
  const { data } = useQuery(CpvCodesByCodeQuery, codes.length ? { variables: { codes } } : skipToken);
  const labels = new Map((data?.cpvCodesByCode ?? []).map((cpv) => [cpv.code, cpvLabel(cpv, language)]));
  return { chosen: codes.map((code) => ({ code, label: labels.get(code) ?? '' })) };
}
