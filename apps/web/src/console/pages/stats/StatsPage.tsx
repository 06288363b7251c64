import { InfoCircleOutlined, PrinterOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Row, Segmented, Space, Spin, Table, Tooltip, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../../shared/api';
import { chineseDate } from '../../../shared/format';
import type { StaffUser } from '../../auth/session';
import { useDirectory } from '../../shared-hooks';
import { channelChart, monthChart, rankingChart } from './chart-options';
import { CHANNELS, count, countViews, percent, rateViews, secondaryRateViews, workViews, type CountView, type RateView } from './definitions';
import { EChart } from './EChart';
import { errorText } from '../settings/form-errors';
import { ownTownship } from './scope';
import { monthsOf, periodFromQuery, periodLabel } from './period';
import { loadBreakdown, loadComplainedUnits, loadSummary, type BreakdownItem, type ComplainedUnit, type StatsFilter, type Summary } from './stats-api';
import { StatsFilters, type StatsSelection } from './StatsFilters';
import './stats.css';

interface Loaded {
  summary: Summary;
  byCategory: BreakdownItem[];
  byMonth: BreakdownItem[];
  /** By township for the county, by village for a township; none for one village. */
  byPlace: BreakdownItem[] | null;
  units: ComplainedUnit[];
}

/**
 * 统计分析: the figures of the petitions received in a period, for the county, a township or a
 * village — every number as `GET /reporting/api/stats/summary` (and its breakdowns) gives it
 * for the same filter, each rate with what it counts. The filter lives in the address, so a
 * link or a reload shows the same figures; 打印 gives a print layout of the same page.
 */
export default function StatsPage({ user }: { user: StaffUser }) {
  const directory = useDirectory();
  const [params, setParams] = useSearchParams();
  const fixedTownship = ownTownship(user);
  const selection: StatsSelection = useMemo(() => {
    const townshipCode = fixedTownship ?? (params.get('townshipCode') || undefined);
    const villageCode = params.get('villageCode') || undefined;
    return { townshipCode, villageCode: townshipCode && villageCode?.startsWith(townshipCode.slice(0, 9)) ? villageCode : undefined, period: periodFromQuery(params) };
  }, [params, fixedTownship]);
  const filter: StatsFilter = useMemo(
    () => ({ townshipCode: selection.townshipCode, villageCode: selection.villageCode, from: selection.period.from, to: selection.period.to }),
    [selection],
  );
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const [attempt, setAttempt] = useState(0);

  const select = useCallback(
    (next: StatsSelection) => {
      const q = new URLSearchParams();
      if (next.townshipCode && !fixedTownship) q.set('townshipCode', next.townshipCode);
      if (next.villageCode) q.set('villageCode', next.villageCode);
      q.set('from', next.period.from);
      q.set('to', next.period.to);
      setParams(q, { replace: true });
    },
    [setParams, fixedTownship],
  );

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    const placeBy = filter.villageCode ? null : filter.townshipCode ? ('village' as const) : ('township' as const);
    Promise.all([
      loadSummary(filter, controller.signal),
      loadBreakdown(filter, 'category', controller.signal),
      loadBreakdown(filter, 'month', controller.signal),
      placeBy ? loadBreakdown(filter, placeBy, controller.signal) : Promise.resolve(null),
      loadComplainedUnits(filter, 10, controller.signal),
    ]).then(
      ([summary, byCategory, byMonth, byPlace, units]) => {
        if (controller.signal.aborted) return;
        setData({ summary, byCategory, byMonth, byPlace, units });
        setLoading(false);
      },
      (err) => {
        if (controller.signal.aborted) return;
        setError(err instanceof ApiError ? err : new ApiError(0, { message: String(err) }));
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [filter, attempt]);

  const townshipName = (code?: string) => directory?.townships.find((t) => t.code === code)?.name ?? code;
  const villageName = (code?: string) => directory?.townships.flatMap((t) => t.villages).find((v) => v.code === code)?.name ?? code;
  const place = selection.villageCode
    ? `${townshipName(selection.townshipCode)}${villageName(selection.villageCode)}`
    : selection.townshipCode
      ? (townshipName(selection.townshipCode) ?? '')
      : `${directory?.countyName ?? ''}全县`;
  const heading = `${place}信访统计（${periodLabel(selection.period)}）`;

  return (
    <div className="stats-page">
      <div className="stats-head">
        <div>
          <Typography.Title level={2} className="stats-title">
            统计分析
          </Typography.Title>
          <Typography.Text type="secondary" data-testid="stats-heading">
            {heading}
          </Typography.Text>
        </div>
        <Space className="no-print">
          <Button icon={<ReloadOutlined />} onClick={() => setAttempt((n) => n + 1)} loading={loading}>
            刷新
          </Button>
          <Button icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!data}>
            打印
          </Button>
        </Space>
      </div>
      <Card size="small" className="stats-filter-card no-print">
        <StatsFilters value={selection} onChange={select} directory={directory} fixedTownship={fixedTownship} />
      </Card>
      <div className="print-only stats-print-caption">
        统计口径：本期收到的信访件（收到时间在{periodLabel(selection.period)}内）；「已办结」等为其中截至{chineseDate(new Date())}的状态。数据来源：信访统计服务。
      </div>
      {error && (
        <Alert
          className="stats-error no-print"
          type={error.status === 403 ? 'warning' : 'error'}
          showIcon
          title={error.status === 403 ? '无权查看这些统计' : data ? '统计数据未能更新，下面是上次加载的数字' : '统计数据加载失败'}
          description={errorText(error)}
          action={error.status === 403 ? undefined : <Button onClick={() => setAttempt((n) => n + 1)}>重试</Button>}
        />
      )}
      {error && !data ? null : !data ? (
        <div className="stats-loading">
          <Spin size="large" description="正在加载统计…" />
        </div>
      ) : (
        <Spin spinning={loading} description="正在更新…">
          <Dashboard data={data} selection={selection} />
        </Spin>
      )}
    </div>
  );
}

function Dashboard({ data, selection }: { data: Loaded; selection: StatsSelection }) {
  const { summary } = data;
  const months = monthsOf(selection.period);
  const placeWhat = selection.townshipCode ? '村（社区）' : '乡镇';
  return (
    <div className="stats-dashboard" aria-live="polite">
      <section aria-labelledby="stats-rates-heading">
        <Typography.Title level={3} id="stats-rates-heading" className="stats-section-title">
          主要比率
        </Typography.Title>
        <div className="stats-rates">
          {rateViews(summary).map((r) => (
            <RateCard key={r.key} rate={r} />
          ))}
        </div>
      </section>

      <section aria-labelledby="stats-counts-heading">
        <Typography.Title level={3} id="stats-counts-heading" className="stats-section-title">
          信访件数
        </Typography.Title>
        <Card size="small">
          <div className="stats-counts">
            {countViews(summary).map((c) => (
              <CountFigure key={c.key} view={c} unit="件" />
            ))}
          </div>
        </Card>
      </section>

      <Row gutter={[12, 12]} className="stats-charts">
        <Col xs={24} xl={10}>
          <ChartCard
            title="按渠道"
            chart={channelChart(summary)}
            table={
              <FigureTable
                testId="table-channel"
                rows={CHANNELS.map((c) => ({ key: c.key, name: c.label, received: summary.byChannel[c.key] }))}
                columns={[{ title: '渠道', key: 'name' }, { title: '收到（件）', key: 'received', number: true }]}
              />
            }
          />
        </Col>
        <Col xs={24} xl={14}>
          <ChartCard
            title="按月份"
            chart={monthChart(data.byMonth, months)}
            table={<BreakdownTable testId="table-month" first="月份" items={months.map((m) => data.byMonth.find((i) => i.key === m) ?? emptyRow(m, `${m.slice(0, 4)}年${Number(m.slice(5))}月`))} />}
          />
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard title="按事项类别" chart={rankingChart(data.byCategory, '事项类别')} table={<BreakdownTable testId="table-category" first="事项类别" items={data.byCategory} />} empty={data.byCategory.length === 0} />
        </Col>
        {data.byPlace && (
          <Col xs={24} xl={12}>
            <ChartCard
              title={`按${placeWhat}`}
              chart={rankingChart(data.byPlace, placeWhat)}
              table={<BreakdownTable testId="table-place" first={placeWhat} items={data.byPlace} />}
              empty={data.byPlace.length === 0}
            />
          </Col>
        )}
      </Row>

      <Row gutter={[12, 12]}>
        <Col xs={24} xl={14}>
          <Card size="small" title={<h3 className="stats-card-title">被反映较多的单位</h3>} className="stats-card">
            <Typography.Paragraph type="secondary" className="stats-note">
              转送、交办到或由其办理的信访件数，及被检举控告的件数（前 10 位）。
            </Typography.Paragraph>
            <Table<ComplainedUnit>
              data-testid="table-units"
              size="small"
              pagination={false}
              rowKey="unitCode"
              dataSource={data.units}
              locale={{ emptyText: '本期没有转送、交办或被检举控告的单位' }}
              columns={[
                { title: '单位', dataIndex: 'unitName' },
                { title: '信访件', dataIndex: 'petitions', align: 'right' },
                { title: '已办结', dataIndex: 'closed', align: 'right' },
                { title: '超期', dataIndex: 'overdueCases', align: 'right' },
                { title: '被督办', dataIndex: 'supervisedCases', align: 'right' },
                { title: '被检举控告', dataIndex: 'accusations', align: 'right' },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title={<h3 className="stats-card-title">办理工作</h3>} className="stats-card">
            <div className="stats-counts stats-counts-small">
              {workViews(summary).map((c) => (
                <CountFigure key={c.key} view={c} unit={c.label.includes('件次') ? '' : '件'} />
              ))}
            </div>
            <div className="stats-secondary-rates">
              {secondaryRateViews(summary).map((r) => (
                <RateLine key={r.key} rate={r} />
              ))}
            </div>
            {summary.mediation.disputes && (
              <Typography.Paragraph className="stats-note" data-testid="disputes">
                矛盾纠纷排查：排查 {count(summary.mediation.disputes.screened)} 起，已化解 {count(summary.mediation.disputes.resolved)} 起，其中易激化{' '}
                {count(summary.mediation.disputes.easilyEscalating)} 起（未化解 {count(summary.mediation.disputes.unresolvedEasilyEscalating)} 起）。
              </Typography.Paragraph>
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}

const emptyRow = (key: string, name: string): BreakdownItem => ({ key, name, received: 0, closed: 0, closureRate: null, onTimeClosureRate: null, satisfactionRate: null }) as unknown as BreakdownItem;

/** A rate with its definition one focus away (the button is reachable by keyboard) and its parts in small print. */
function RateCard({ rate }: { rate: RateView }) {
  return (
    <Card size="small" className="stats-rate-card">
      <div className="stats-rate-label">
        <span id={`rate-${rate.key}-label`}>{rate.label}</span>
        <DefinitionTip label={rate.label} text={`${rate.definition}${rate.caveat ? ` ${rate.caveat}` : ''}`} />
      </div>
      <div className="stats-rate-value" data-testid={`figure-${rate.key}`} aria-labelledby={`rate-${rate.key}-label`}>
        {percent(rate.value)}
      </div>
      <div className="stats-rate-parts">{rate.parts}</div>
      {rate.caveat && <div className="stats-rate-caveat">{rate.caveat}</div>}
      <div className="print-only stats-rate-definition">{rate.definition}</div>
    </Card>
  );
}

function RateLine({ rate }: { rate: RateView }) {
  return (
    <div className="stats-rate-line">
      <span>
        {rate.label}
        <DefinitionTip label={rate.label} text={rate.definition} />
      </span>
      <strong data-testid={`figure-${rate.key}`}>{percent(rate.value)}</strong>
      <span className="stats-rate-parts">{rate.parts}</span>
    </div>
  );
}

function DefinitionTip({ label, text }: { label: string; text: string }) {
  return (
    <Tooltip title={text} trigger={['hover', 'focus', 'click']}>
      <button type="button" className="stats-tip no-print" aria-label={`${label}的统计口径：${text}`}>
        <InfoCircleOutlined />
      </button>
    </Tooltip>
  );
}

function CountFigure({ view, unit }: { view: CountView; unit: string }) {
  return (
    <div className="stats-count">
      <div className="stats-count-label">
        {view.label}
        <DefinitionTip label={view.label} text={view.definition} />
      </div>
      <div className="stats-count-value">
        <span data-testid={`figure-${view.key}`}>{count(view.value)}</span>
        {unit && <span className="stats-count-unit">{unit}</span>}
      </div>
    </div>
  );
}

function ChartCard({ title, chart, table, empty }: { title: string; chart: { option: Parameters<typeof EChart>[0]['option']; label: string; height?: number }; table: ReactNode; empty?: boolean }) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  return (
    <Card
      size="small"
      className="stats-card"
      title={<h3 className="stats-card-title">{title}</h3>}
      extra={
        !empty && (
          <Segmented
            className="no-print"
            size="small"
            aria-label={`${title}：图表或表格`}
            value={view}
            onChange={(v) => setView(v as 'chart' | 'table')}
            options={[
              { value: 'chart', label: '图表' },
              { value: 'table', label: '表格' },
            ]}
          />
        )
      }
    >
      {empty ? <Empty description="本期没有信访件" /> : view === 'chart' ? <EChart option={chart.option} label={chart.label} height={chart.height} /> : table}
    </Card>
  );
}

interface Column {
  title: string;
  key: string;
  number?: boolean;
}

function FigureTable({ rows, columns, testId }: { rows: Array<Record<string, string | number | null>>; columns: Column[]; testId: string }) {
  return (
    <Table
      data-testid={testId}
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={rows}
      columns={columns.map((c) => ({ title: c.title, dataIndex: c.key, align: c.number ? ('right' as const) : undefined }))}
    />
  );
}

function BreakdownTable({ items, first, testId }: { items: BreakdownItem[]; first: string; testId: string }) {
  return (
    <Table<BreakdownItem>
      data-testid={testId}
      size="small"
      pagination={items.length > 15 ? { pageSize: 15, size: 'small' } : false}
      rowKey={(i) => i.key ?? '—'}
      dataSource={items}
      columns={[
        { title: first, dataIndex: 'name', render: (n: string | null, i) => n ?? i.key ?? '未注明' },
        { title: '收到', dataIndex: 'received', align: 'right' },
        { title: '已办结', dataIndex: 'closed', align: 'right' },
        { title: '办结率', dataIndex: 'closureRate', align: 'right', render: percent },
        { title: '按期办结率', dataIndex: 'onTimeClosureRate', align: 'right', render: percent },
        { title: '满意率', dataIndex: 'satisfactionRate', align: 'right', render: percent },
      ]}
    />
  );
}
