import { useFormSubmit } from '../../components/use-form-submit';
import { PlusOutlined, ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { chineseDateTime } from '../../../shared/format';
import type { StaffUser } from '../../auth/session';
import { areasOf } from '../../roles';
import { ComingSoon } from '../../shell/ComingSoon';
import { useDirectory } from '../../shared-hooks';
import { beijingToday } from '../stats/period';
import { errorText } from '../settings/form-errors';
import { canRecord, CATEGORIES, CATEGORY_LABELS, changeBody, entryBody, listQuery, OUTCOME_LABELS, OUTCOMES, rateText, summaryQuery, type EntryValues, type ScreeningFilter } from './screening-view';
import { listScreenings, recordScreening, screeningSummary, updateScreening, type Screening, type ScreeningPage, type ScreeningSummary } from './screenings-api';
import '../../components/tags.css';
import './screenings.css';

interface FilterValues {
  townshipCode?: string;
  villageCode?: string;
  month?: Dayjs | null;
  easilyEscalating?: boolean;
  unresolved?: boolean;
}

const PAGE_SIZE = 20;

/**
 * 矛盾纠纷排查 (/screenings): each month the villages' liaisons and the township screen for
 * disputes; the page lists the entries in scope with their risk and mediation, sums them up,
 * records a new one and follows one up (化解情况, 易激化, 化解措施).
 */
export default function ScreeningsPage({ user }: { user: StaffUser }) {
  // a role without this area in its menu is told so, as at any other path it has no page at
  return areasOf(user.role).some((a) => a.path === '/screenings') ? <ScreeningsView user={user} /> : <ComingSoon user={user} />;
}

function ScreeningsView({ user }: { user: StaffUser }) {
  const directory = useDirectory();
  const [form] = Form.useForm<FilterValues>();
  const [filter, setFilter] = useState<ScreeningFilter>({ townshipCode: user.townshipCode, page: 1, pageSize: PAGE_SIZE });
  const [data, setData] = useState<ScreeningPage | null>(null);
  const [summary, setSummary] = useState<ScreeningSummary | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [recording, setRecording] = useState(false);
  const [following, setFollowing] = useState<Screening | null>(null);
  const [refresh, setRefresh] = useState(0);

  const load = useCallback(async (f: ScreeningFilter) => {
    setLoading(true);
    try {
      const [page, sums] = await Promise.all([listScreenings(listQuery(f)), screeningSummary(summaryQuery(f))]);
      setData(page);
      setSummary(sums);
      setError(null);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setLoading(false);
    }
  }, []);
  useEffect(() => void load(filter), [filter, refresh, load]);

  const township = Form.useWatch('townshipCode', form) ?? user.townshipCode;
  const villages = directory?.townships.find((t) => t.code === township)?.villages ?? [];
  const villageName = (code: string | null) => (code ? (directory?.townships.flatMap((t) => t.villages).find((v) => v.code === code)?.name ?? code) : '乡镇本级');
  const townshipName = (code: string) => directory?.townships.find((t) => t.code === code)?.name ?? code;
  const fixedTownship = Boolean(user.townshipCode);

  const search = (v: FilterValues) =>
    setFilter({
      townshipCode: user.townshipCode ?? (v.townshipCode || undefined),
      villageCode: v.villageCode || undefined,
      month: v.month ? v.month.format('YYYY-MM') : undefined,
      easilyEscalating: Boolean(v.easilyEscalating),
      unresolved: Boolean(v.unresolved),
      page: 1,
      pageSize: filter.pageSize,
    });

  return (
    <div className="screenings">
      <Typography.Title level={2} className="sc-title">
        矛盾纠纷排查
      </Typography.Title>
      <Typography.Paragraph type="secondary" className="sc-lead">
        每月由村（社区）信访联络员和乡镇排查矛盾纠纷，对易激化的纠纷及早化解，预防集体访、越级访。
      </Typography.Paragraph>

      <Card className="sc-gap">
        <Form<FilterValues> form={form} name="screening-filter" layout="inline" onFinish={search} aria-label="查询条件" className="sc-filters">
          <Form.Item name="townshipCode" label="乡镇">
            <Select
              allowClear
              disabled={fixedTownship}
              placeholder={fixedTownship ? townshipName(user.townshipCode!) : '全县'}
              style={{ width: 150 }}
              options={(directory?.townships ?? []).map((t) => ({ value: t.code, label: t.name }))}
              onChange={() => form.setFieldValue('villageCode', undefined)}
            />
          </Form.Item>
          <Form.Item name="villageCode" label="村（社区）">
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} disabled={!township} placeholder={township ? '全部' : '先选乡镇'} style={{ width: 150 }} options={villages.map((v) => ({ value: v.code, label: v.name }))} />
          </Form.Item>
          <Form.Item name="month" label="排查月份">
            <DatePicker picker="month" placeholder="全部月份" style={{ width: 130 }} />
          </Form.Item>
          <Form.Item name="easilyEscalating" valuePropName="checked">
            <Checkbox>只看易激化</Checkbox>
          </Form.Item>
          <Form.Item name="unresolved" valuePropName="checked">
            <Checkbox>只看未化解</Checkbox>
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                查询
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  search({});
                }}
              >
                重置
              </Button>
            </Space>
          </Form.Item>
        </Form>
      </Card>

      {summary ? (
        <Card className="sc-gap" title={<h3 className="sc-card-title">排查统计</h3>}>
          <div className="sc-stats" role="group" aria-label="排查统计" data-testid="screening-summary">
            <Statistic title="排查纠纷" value={summary.screened} suffix="件" />
            <Statistic title="已化解" value={summary.resolved} suffix="件" />
            <Statistic title="化解率" value={rateText(summary.resolutionRate)} />
            <Statistic title="易激化" value={summary.easilyEscalating} suffix="件" />
            <Statistic title="易激化未化解" value={summary.easilyEscalatingUnresolved} suffix="件" className={summary.easilyEscalatingUnresolved ? 'sc-stat-bad' : undefined} />
            <Statistic title="涉及人数" value={summary.peopleInvolved} suffix="人" />
          </div>
        </Card>
      ) : null}

      <Card
        title={<span aria-live="polite">{data ? `共 ${data.total} 件` : loading ? '正在查询…' : ''}</span>}
        extra={
          <Space wrap>
            <Button icon={<ReloadOutlined />} onClick={() => setRefresh((n) => n + 1)}>
              刷新
            </Button>
            {canRecord(user) ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
                登记排查
              </Button>
            ) : null}
          </Space>
        }
      >
        {error ? <Alert type="error" showIcon role="alert" title="排查登记加载失败" description={error} className="sc-gap" /> : null}
        <Table<Screening>
          data-testid="table-screenings"
          size="small"
          rowKey="id"
          loading={loading}
          dataSource={data?.items ?? []}
          scroll={{ x: 1000 }}
          rowClassName={(r) => (r.easilyEscalating && r.outcome !== 'resolved' ? 'sc-row-risk' : '')}
          locale={{ emptyText: error ? '加载失败' : '没有符合条件的排查登记' }}
          pagination={{
            current: filter.page,
            pageSize: filter.pageSize,
            total: data?.total ?? 0,
            showSizeChanger: false,
            onChange: (page) => setFilter({ ...filter, page }),
            showTotal: (n) => `共 ${n} 件`,
          }}
          columns={[
            { title: '月份', dataIndex: 'month', width: 80 },
            { title: '村（社区）', key: 'place', width: 130, render: (_, r) => (fixedTownship ? villageName(r.villageCode) : `${townshipName(r.townshipCode)} ${villageName(r.villageCode)}`) },
            { title: '类型', dataIndex: 'category', width: 100, render: (c: string | null) => (c ? CATEGORY_LABELS[c] ?? c : '未分类') },
            { title: '当事人', dataIndex: 'parties', width: 170 },
            { title: '人数', dataIndex: 'peopleInvolved', width: 60, render: (n: number | null) => n ?? '—' },
            { title: '纠纷事由', dataIndex: 'matter', render: (m: string) => <span className="sc-text">{m}</span> },
            {
              title: '风险',
              key: 'risk',
              width: 90,
              render: (_, r) => (r.easilyEscalating ? <Tag className="tone-red">易激化</Tag> : <Tag className="tone-grey">一般</Tag>),
            },
            {
              title: '化解情况',
              key: 'outcome',
              width: 200,
              render: (_, r) => (
                <div>
                  <Tag className={`tone-${OUTCOME_LABELS[r.outcome]?.tone ?? 'grey'}`} data-outcome={r.outcome}>
                    {OUTCOME_LABELS[r.outcome]?.label ?? r.outcome}
                  </Tag>
                  {r.measures ? <div className="sc-measures">{r.measures}</div> : null}
                </div>
              ),
            },
            {
              title: '操作',
              key: 'actions',
              width: 70,
              render: (_, r) =>
                r.mayUpdate ? (
                  <Button type="link" size="small" onClick={() => setFollowing(r)} aria-label={`跟进 ${r.parties}`}>
                    跟进
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>

      {recording ? (
        <RecordForm
          user={user}
          villages={(directory?.townships.find((t) => t.code === user.townshipCode)?.villages ?? []).map((v) => ({ value: v.code, label: v.name }))}
          onClose={() => setRecording(false)}
          onDone={() => {
            setRecording(false);
            setRefresh((n) => n + 1);
          }}
        />
      ) : null}
      {following ? (
        <FollowUpForm
          entry={following}
          onClose={() => setFollowing(null)}
          onDone={() => {
            setFollowing(null);
            setRefresh((n) => n + 1);
          }}
        />
      ) : null}
    </div>
  );
}

interface RecordValues extends Omit<EntryValues, 'month'> {
  month: Dayjs;
}

/** 登记排查: a dispute found in the month's screening, for the caller's township; the API's rules at their fields. */
function RecordForm({ user, villages, onClose, onDone }: { user: StaffUser; villages: { value: string; label: string }[]; onClose(): void; onDone(): void }) {
  const [form] = Form.useForm<RecordValues>();
  const { message } = App.useApp();
  const { submit, saving, failure } = useFormSubmit(form, ['month', 'villageCode', 'category', 'parties', 'matter', 'peopleInvolved', 'easilyEscalating', 'outcome', 'measures'], async (values) => {
    await recordScreening(entryBody({ ...values, month: values.month.format('YYYY-MM') }, user.townshipCode!));
    message.success('已登记排查');
    onDone();
  });

  return (
    <Modal open title="登记矛盾纠纷排查" okText="登记" cancelText="取消" onOk={submit} confirmLoading={saving} onCancel={onClose} destroyOnHidden width={640}>
      {failure ? <Alert type="error" showIcon role="alert" title={failure} className="sc-gap" /> : null}
      <Form form={form} name="screening-record" layout="vertical" requiredMark initialValues={{ month: dayjs(beijingToday()), outcome: 'in-progress', easilyEscalating: false }} onFinish={submit} aria-label="登记矛盾纠纷排查" className="sc-form">
        <div className="sc-form-row">
          <Form.Item label="排查月份" name="month" rules={[{ required: true, message: '请选择排查月份' }]}>
            <DatePicker picker="month" style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM') > beijingToday().slice(0, 7)} />
          </Form.Item>
          <Form.Item label="村（社区）" name="villageCode" extra="不选为乡镇本级排查">
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder="乡镇本级" options={villages} />
          </Form.Item>
          <Form.Item label="纠纷类型" name="category">
            <Select allowClear placeholder="请选择" options={CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))} />
          </Form.Item>
        </div>
        <Form.Item label="当事人" name="parties" rules={[{ required: true, whitespace: true, message: '请填写当事人' }]}>
          <Input maxLength={500} placeholder="如：石桥村三组张某某与李某某两户" />
        </Form.Item>
        <Form.Item label="纠纷事由" name="matter" rules={[{ required: true, whitespace: true, message: '请填写纠纷事由' }]}>
          <Input.TextArea rows={2} maxLength={2000} placeholder="如：宅基地边界争议，双方多次争吵" />
        </Form.Item>
        <div className="sc-form-row">
          <Form.Item label="涉及人数" name="peopleInvolved">
            <InputNumber min={1} max={100000} precision={0} style={{ width: '100%' }} suffix="人" />
          </Form.Item>
          <Form.Item label="化解情况" name="outcome" rules={[{ required: true, message: '请选择化解情况' }]}>
            <Select options={OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o]!.label }))} />
          </Form.Item>
          <Form.Item label="风险" name="easilyEscalating" valuePropName="checked">
            <Checkbox>易激化</Checkbox>
          </Form.Item>
        </div>
        <Form.Item label="化解措施" name="measures">
          <Input.TextArea rows={2} maxLength={2000} placeholder="如：村调委会已组织双方现场勘界" />
        </Form.Item>
        <button type="submit" hidden tabIndex={-1} aria-hidden />
      </Form>
    </Modal>
  );
}

interface FollowValues {
  outcome: Screening['outcome'];
  easilyEscalating: boolean;
  measures?: string;
}

/** 跟进: the mediation's outcome, the 易激化 flag and the measures taken. */
function FollowUpForm({ entry, onClose, onDone }: { entry: Screening; onClose(): void; onDone(): void }) {
  const [form] = Form.useForm<FollowValues>();
  const { message } = App.useApp();
  const { submit, saving, failure } = useFormSubmit(form, ['outcome', 'easilyEscalating', 'measures'], async (values) => {
    const change = changeBody(entry, values);
    // shown above the form like a refusal; nothing is sent
    if (!Object.keys(change).length) throw new Error('没有改动。');
    const saved = await updateScreening(entry.id, change);
    message.success(`已更新：${OUTCOME_LABELS[saved.outcome]?.label ?? saved.outcome}`);
    onDone();
  });

  return (
    <Modal open title="跟进化解情况" okText="保存" cancelText="取消" onOk={submit} confirmLoading={saving} onCancel={onClose} destroyOnHidden width={560}>
      <Typography.Paragraph>
        <strong>{entry.parties}</strong>：{entry.matter}
        <br />
        <Typography.Text type="secondary">
          {entry.month} 排查，登记于 {chineseDateTime(entry.recordedAt)}
          {entry.version > 1 ? `，已跟进 ${entry.version - 1} 次` : ''}
        </Typography.Text>
      </Typography.Paragraph>
      {failure ? <Alert type="error" showIcon role="alert" title={failure} className="sc-gap" /> : null}
      <Form form={form} name="screening-follow-up" layout="vertical" initialValues={{ outcome: entry.outcome, easilyEscalating: entry.easilyEscalating, measures: entry.measures ?? '' }} onFinish={submit} aria-label="跟进化解情况">
        <Form.Item label="化解情况" name="outcome" rules={[{ required: true, message: '请选择化解情况' }]}>
          <Select options={OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o]!.label }))} />
        </Form.Item>
        <Form.Item label="风险" name="easilyEscalating" valuePropName="checked">
          <Checkbox>易激化</Checkbox>
        </Form.Item>
        <Form.Item label="化解措施" name="measures">
          <Input.TextArea rows={3} maxLength={2000} placeholder="如：镇司法所组织调解，双方达成协议" />
        </Form.Item>
        <button type="submit" hidden tabIndex={-1} aria-hidden />
      </Form>
    </Modal>
  );
}
