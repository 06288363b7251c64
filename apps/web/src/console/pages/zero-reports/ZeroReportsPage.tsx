import { useFormSubmit } from '../../components/use-form-submit';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Empty, Form, Input, Modal, Popconfirm, Radio, Select, Space, Spin, Statistic, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { chineseDate, chineseDateTime, clockTime } from '../../../shared/format';
import type { StaffUser } from '../../auth/session';
import { areasOf } from '../../roles';
import { ComingSoon } from '../../shell/ComingSoon';
import { useDirectory } from '../../shared-hooks';
import { beijingToday } from '../stats/period';
import { errorText } from '../settings/form-errors';
import { canFile, currentPeriod, defaultDay, PERIOD_STATUS, reportBody, reportNotes, selectableDay, standing } from './zero-report-view';
import { closePeriod, filedReports, fileReport, listPeriods, openPeriod, reportDay, type FiledReport, type NewPeriod, type ReportDay, type SensitivePeriod, type TownshipOfDay } from './zero-reports-api';
import '../../components/tags.css';
import './zero-reports.css';

/**
 * 零报告 (/zero-reports): in a sensitive period every township reports each day, even when
 * nothing happened (无事也报). The county declares and closes periods and sees who has filed and
 * who has not; a township's officer or leader files the day's report and sees what it sent.
 */
export default function ZeroReportsPage({ user }: { user: StaffUser }) {
  // a role without this area in its menu is told so, as at any other path it has no page at
  return areasOf(user.role).some((a) => a.path === '/zero-reports') ? <ZeroReportsView user={user} /> : <ComingSoon user={user} />;
}

function ZeroReportsView({ user }: { user: StaffUser }) {
  const [periods, setPeriods] = useState<SensitivePeriod[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [periodId, setPeriodId] = useState<string | undefined>();
  const [opening, setOpening] = useState(false);
  const county = user.role === 'county-admin';

  const reload = useCallback(async () => {
    try {
      const items = await listPeriods();
      setPeriods(items);
      setError(null);
      setPeriodId((id) => (id && items.some((p) => p.id === id) ? id : currentPeriod(items)?.id));
    } catch (err) {
      setError(errorText(err));
    }
  }, []);
  useEffect(() => void reload(), [reload]);

  const period = periods?.find((p) => p.id === periodId);
  const active = periods?.find((p) => p.status === 'open');

  return (
    <div className="zero-reports">
      <Typography.Title level={2} className="zr-title">
        零报告
      </Typography.Title>
      <Typography.Paragraph type="secondary" className="zr-lead">
        敏感时期内，各乡镇每天在截止时间前报送当日信访情况，无事也要报（零报告）。
      </Typography.Paragraph>
      {error ? <Alert type="error" showIcon role="alert" title="敏感时期加载失败" description={error} className="zr-gap" /> : null}
      {!periods && !error ? (
        <div className="zr-loading">
          <Spin description="正在加载…" />
        </div>
      ) : null}
      {periods && !active ? (
        <Alert
          type="info"
          showIcon
          className="zr-gap"
          data-testid="no-active-period"
          title="目前没有进行中的敏感时期"
          description={county ? '无需各乡镇报送零报告。需要时请“开启敏感时期”。' : '今天无需报送零报告。县信访局开启敏感时期后，每天在此报送。'}
        />
      ) : null}

      {periods && county ? <PeriodsCard periods={periods} onOpen={() => setOpening(true)} onChanged={reload} /> : null}

      {periods && period && canFile(user) && period.status !== 'upcoming' ? <TownshipReports user={user} period={period} /> : null}

      {/* the county's view of every township; a township sees its own in its record above */}
      {periods && period && !user.townshipCode && (county || user.role === 'leader') ? <DayCard period={period} periods={periods} onPeriod={setPeriodId} title="各乡镇报送情况" /> : null}

      {opening ? (
        <OpenPeriodForm
          onClose={() => setOpening(false)}
          onOpened={(p) => {
            setOpening(false);
            setPeriodId(p.id);
            void reload();
          }}
        />
      ) : null}
    </div>
  );
}

/** The county's periods: open one, close one early (with a confirmation: it cannot be undone). */
function PeriodsCard({ periods, onOpen, onChanged }: { periods: SensitivePeriod[]; onOpen(): void; onChanged(): Promise<void> }) {
  const { message } = App.useApp();
  const close = async (p: SensitivePeriod) => {
    try {
      await closePeriod(p.id);
      message.success(`已结束敏感时期“${p.name}”`);
    } catch (err) {
      message.error(errorText(err));
    }
    await onChanged();
  };
  return (
    <Card
      className="zr-gap"
      title={<h3 className="zr-card-title">敏感时期</h3>}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={onOpen}>
          开启敏感时期
        </Button>
      }
    >
      <Table<SensitivePeriod>
        data-testid="table-periods"
        size="small"
        rowKey="id"
        dataSource={periods}
        pagination={periods.length > 8 ? { pageSize: 8, showSizeChanger: false } : false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有开启过敏感时期" /> }}
        columns={[
          { title: '名称', dataIndex: 'name' },
          {
            title: '起止日期',
            key: 'dates',
            render: (_, p) => (
              <span>
                {chineseDate(p.from)} 至 {chineseDate(p.lastReportDay)}
                {p.lastReportDay !== p.to ? <Typography.Text type="secondary">（原定至 {chineseDate(p.to)}）</Typography.Text> : null}
              </span>
            ),
          },
          { title: '报送日', dataIndex: 'reportDays', width: 110, render: (v: string) => (v === 'working-days' ? '仅工作日' : '每天') },
          { title: '截止时间', dataIndex: 'deadline', width: 90, render: (v: string) => `每天 ${v}` },
          { title: '状态', dataIndex: 'status', width: 110, render: (s: string) => <Tag className={`tone-${PERIOD_STATUS[s]?.tone ?? 'grey'}`}>{PERIOD_STATUS[s]?.label ?? s}</Tag> },
          {
            title: '操作',
            key: 'actions',
            width: 110,
            render: (_, p) =>
              p.status === 'open' || p.status === 'upcoming' ? (
                <Popconfirm
                  title={`${p.status === 'open' ? '提前结束' : '取消'}敏感时期“${p.name}”？`}
                  description="此后各乡镇无需再报送；已过截止时间未报的仍计为漏报。结束后不能恢复。"
                  okText="确定结束"
                  okButtonProps={{ danger: true }}
                  cancelText="取消"
                  onConfirm={() => close(p)}
                >
                  <Button type="link" size="small" danger aria-label={`提前结束 ${p.name}`}>
                    {p.status === 'open' ? '提前结束' : '取消'}
                  </Button>
                </Popconfirm>
              ) : null,
          },
        ]}
      />
    </Card>
  );
}

interface PeriodValues {
  name: string;
  dates?: [dayjs.Dayjs | null, dayjs.Dayjs | null] | null;
  reportDays: NewPeriod['reportDays'];
}

/** 开启敏感时期: name, first and last day, report days; the API's rule at its field, the input kept. */
function OpenPeriodForm({ onClose, onOpened }: { onClose(): void; onOpened(p: SensitivePeriod): void }) {
  const [form] = Form.useForm<PeriodValues>();
  const { message } = App.useApp();
  // from/to are one range field on the form
  const { submit, saving, failure } = useFormSubmit(
    form,
    ['name', 'dates', 'reportDays'],
    async (values) => {
      const opened = await openPeriod({ name: values.name.trim(), from: values.dates?.[0]?.format('YYYY-MM-DD') ?? '', to: values.dates?.[1]?.format('YYYY-MM-DD') ?? '', reportDays: values.reportDays });
      message.success(`已开启敏感时期“${opened.name}”，各乡镇自 ${chineseDate(opened.from)} 起每天报送`);
      onOpened(opened);
    },
    (f) => (f === 'from' || f === 'to' ? 'dates' : f),
  );

  return (
    <Modal open title="开启敏感时期" okText="开启" cancelText="取消" onOk={submit} confirmLoading={saving} onCancel={onClose} destroyOnHidden width={520}>
      {failure ? <Alert type="error" showIcon role="alert" title={failure} className="zr-gap" /> : null}
      <Form form={form} name="sensitive-period" layout="vertical" requiredMark initialValues={{ reportDays: 'every-day' }} onFinish={submit} aria-label="开启敏感时期" className="zr-period-form">
        <Form.Item label="名称" name="name" extra="如：2027年春节期间、全国两会期间" rules={[{ required: true, whitespace: true, message: '请填写名称' }]}>
          <Input maxLength={100} autoFocus />
        </Form.Item>
        <Form.Item label="起止日期" name="dates" rules={[{ required: true, message: '请选择第一天和最后一天' }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} placeholder={['第一天', '最后一天']} />
        </Form.Item>
        <Form.Item label="报送日" name="reportDays">
          <Radio.Group
            options={[
              { value: 'every-day', label: '每天（含周末、节假日）' },
              { value: 'working-days', label: '仅工作日' },
            ]}
          />
        </Form.Item>
        <button type="submit" hidden tabIndex={-1} aria-hidden />
      </Form>
    </Modal>
  );
}

/** One day of a period, township by township: who filed (nil or with incidents, late, corrected) and who has not. */
function DayCard({ period, periods, onPeriod, title }: { period: SensitivePeriod; periods: SensitivePeriod[]; onPeriod(id: string): void; title: string }) {
  const today = beijingToday();
  const [date, setDate] = useState(() => defaultDay(period, today));
  const [day, setDay] = useState<ReportDay | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [refresh, setRefresh] = useState(0);

  useEffect(() => setDate(defaultDay(period, beijingToday())), [period]);
  useEffect(() => {
    let gone = false;
    setLoading(true);
    reportDay(period.id, date).then(
      (d) => {
        if (gone) return;
        setDay(d);
        setError(null);
        setLoading(false);
      },
      (err) => {
        if (gone) return;
        setError(errorText(err));
        setLoading(false);
      },
    );
    return () => {
      gone = true;
    };
  }, [period.id, date, refresh]);

  const shown = day && day.date === date && day.period.id === period.id ? day : null;
  const c = shown?.counts;
  return (
    <Card
      className="zr-gap"
      title={<h3 className="zr-card-title">{title}</h3>}
      extra={
        <Space wrap>
          {periods.length > 1 ? (
            <Select aria-label="敏感时期" style={{ width: 200 }} value={period.id} onChange={onPeriod} options={periods.map((p) => ({ value: p.id, label: p.name }))} />
          ) : null}
          <DatePicker
            aria-label="报送日期"
            allowClear={false}
            value={dayjs(date)}
            disabledDate={(d) => !selectableDay(period, d.format('YYYY-MM-DD'), today < period.from ? period.from : today)}
            onChange={(d) => d && setDate(d.format('YYYY-MM-DD'))}
          />
          <Button icon={<ReloadOutlined />} onClick={() => setRefresh((n) => n + 1)}>
            刷新
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph className="zr-period-line">
        {period.name}：{chineseDate(period.from)} 至 {chineseDate(period.lastReportDay)}，{period.reportDays === 'working-days' ? '工作日' : '每天'} {period.deadline} 前报送。
        {shown ? <> 当前显示 {chineseDate(shown.date)}{shown.owed ? '' : shown.reportDay ? `（截止时间 ${clockTime(shown.deadlineAt)} 未到）` : '（非报送日）'}。</> : null}
      </Typography.Paragraph>
      {error ? <Alert type="error" showIcon role="alert" title={error} className="zr-gap" /> : null}
      {c ? (
        <div className="zr-stats" aria-label="报送统计" role="group">
          <Statistic title="应报乡镇" value={c.townships - c.notRequired} />
          <Statistic title="已报" value={c.filed} />
          <Statistic title="无异常" value={c.zero} />
          <Statistic title="有情况" value={c.withIncidents} />
          <Statistic title="补报" value={c.late} />
          <Statistic title="未报" value={c.missing} className={c.missing ? 'zr-stat-bad' : undefined} />
          {c.pending ? <Statistic title="待报" value={c.pending} /> : null}
        </div>
      ) : null}
      <Table<TownshipOfDay>
        data-testid="table-day"
        size="small"
        rowKey="townshipCode"
        loading={loading}
        dataSource={shown?.townships ?? []}
        pagination={false}
        rowClassName={(r) => (r.status === 'missing' ? 'zr-row-missing' : '')}
        locale={{ emptyText: error ? '加载失败' : '没有乡镇' }}
        columns={[
          { title: '乡镇', dataIndex: 'townshipName', width: 110 },
          {
            title: '报送情况',
            key: 'standing',
            width: 250,
            render: (_, r) => {
              const s = standing(r);
              return (
                <Space size={4} wrap>
                  <Tag className={`tone-${s.tone}`} data-status={r.status}>
                    {s.label}
                  </Tag>
                  {s.notes.map((n) => (
                    <Tag key={n} className={n === '补报' ? 'tone-orange' : 'tone-purple'}>
                      {n}
                    </Tag>
                  ))}
                </Space>
              );
            },
          },
          { title: '报送时间', key: 'filedAt', width: 170, render: (_, r) => (r.report ? chineseDateTime(r.report.filedAt) : '—') },
          { title: '情况摘要', key: 'summary', render: (_, r) => (r.report ? r.report.summary || (r.report.hasIncidents ? '—' : '无信访情况') : '') },
        ]}
      />
    </Card>
  );
}

interface ReportValues {
  hasIncidents: boolean;
  summary?: string;
}

/** The township files today's report (无异常, or 有情况 with a summary) and sees what it has sent in the period. */
function TownshipReports({ user, period }: { user: StaffUser; period: SensitivePeriod }) {
  const directory = useDirectory();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReportValues>();
  const hasIncidents = Form.useWatch('hasIncidents', form);
  const [history, setHistory] = useState<FiledReport[] | null>(null);
  const [historyError, setHistoryError] = useState<string | null>(null);
  const today = beijingToday();
  const township = user.townshipCode!;
  const townshipName = directory?.townships.find((t) => t.code === township)?.name ?? '本乡镇';
  const reportable = selectableDay(period, today, today) && period.status === 'open';

  const loadHistory = useCallback(async () => {
    try {
      setHistory(await filedReports({ periodId: period.id, townshipCode: township }));
      setHistoryError(null);
    } catch (err) {
      setHistoryError(errorText(err));
    }
  }, [period.id, township]);
  useEffect(() => void loadHistory(), [loadHistory]);

  const todays = useMemo(() => history?.find((r) => r.date === today), [history, today]);

  const { submit, saving, failure } = useFormSubmit(form, ['hasIncidents', 'summary'], async (values) => {
    const saved = await fileReport(reportBody(values, township, today));
    message.success(saved.revision > 1 ? `已更正今日报告（第 ${saved.revision} 次报送）` : saved.late ? '已补报今日报告（已过截止时间）' : '已报送今日报告');
    form.resetFields();
    await loadHistory();
  });

  return (
    <Card className="zr-gap" title={<h3 className="zr-card-title">{townshipName}今日报送（{chineseDate(today)}）</h3>}>
      {!reportable ? (
        <Alert type="info" showIcon title={`今天不在敏感时期“${period.name}”的报送日内，无需报送。`} className="zr-gap" />
      ) : (
        <>
          {todays ? (
            <Alert
              type="success"
              showIcon
              className="zr-gap"
              data-testid="today-filed"
              title={`今日已报送：${todays.hasIncidents ? '有情况' : '无异常'}（${chineseDateTime(todays.filedAt)}）`}
              description={[todays.summary, ...reportNotes(todays)].filter(Boolean).join('；') || '如情况有变化，可在下方重新报送，以最后一次为准。'}
            />
          ) : (
            <Alert type="warning" showIcon className="zr-gap" title={`今日尚未报送，请于 ${period.deadline} 前报送；无事也要报。`} />
          )}
          {failure ? <Alert type="error" showIcon role="alert" title={failure} className="zr-gap" /> : null}
          <Form form={form} name="zero-report" layout="vertical" initialValues={{ hasIncidents: false }} onFinish={submit} aria-label="报送今日情况" className="zr-report-form">
            <Form.Item label="今日情况" name="hasIncidents">
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                options={[
                  { value: false, label: '无异常（零报告）' },
                  { value: true, label: '有情况' },
                ]}
              />
            </Form.Item>
            {hasIncidents ? (
              <Form.Item label="情况摘要" name="summary" rules={[{ required: true, whitespace: true, message: '有信访情况时必须填写情况摘要' }]}>
                <Input.TextArea rows={3} maxLength={2000} showCount placeholder="如：石桥村 6 名村民到镇反映征地补偿问题，已由镇包村干部接待，情绪稳定。" />
              </Form.Item>
            ) : null}
            <Button type="primary" htmlType="submit" loading={saving}>
              {todays ? '重新报送' : '报送'}
            </Button>
          </Form>
        </>
      )}
      <h4 className="zr-subtitle">本乡镇报送记录</h4>
      {historyError ? <Alert type="error" showIcon role="alert" title={historyError} className="zr-gap" /> : null}
      <Table<FiledReport>
        data-testid="table-history"
        size="small"
        rowKey="date"
        loading={!history && !historyError}
        dataSource={history ?? []}
        pagination={(history?.length ?? 0) > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本期还没有报送记录" /> }}
        columns={[
          { title: '日期', dataIndex: 'date', width: 140, render: (d: string) => chineseDate(d) },
          { title: '情况', key: 'kind', width: 90, render: (_, r) => <Tag className={`tone-${r.hasIncidents ? 'amber' : 'green'}`}>{r.hasIncidents ? '有情况' : '无异常'}</Tag> },
          { title: '摘要', dataIndex: 'summary', render: (s?: string | null) => s || '—' },
          {
            title: '报送',
            key: 'filed',
            width: 260,
            render: (_, r) => (
              <Space size={4} wrap>
                <span>{chineseDateTime(r.filedAt)}</span>
                {reportNotes(r).map((n) => (
                  <Tag key={n} className={n === '补报' ? 'tone-orange' : 'tone-purple'}>
                    {n}
                  </Tag>
                ))}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
