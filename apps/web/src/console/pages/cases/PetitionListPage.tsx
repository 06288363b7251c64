import { DownloadOutlined, DownOutlined, ReloadOutlined, SearchOutlined, UpOutlined } from '@ant-design/icons';
import { Alert, App, Badge, Button, Card, Checkbox, Col, DatePicker, Dropdown, Form, Input, InputNumber, Row, Segmented, Select, Space, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { ApiError } from '../../../shared/api';
import { chineseDateTime } from '../../../shared/format';
import type { StaffUser } from '../../auth/session';
import { DeadlineBadge } from '../../components/DeadlineBadge';
import { StatusTag } from '../../components/StatusTag';
import { listPetitions, type PetitionPage, type PetitionSummary } from './case-api';
import { exportCases, MAX_EXPORT_BY_ID } from './export';
import { CHANNEL_LABELS, CHANNELS, FLAG_LABELS, FLAG_NAMES, LIST_STATUSES, STATUS_LABELS, type FlagName } from './labels';
import { conditionCount, conditionsExportCannotApply, filterToParams, intakeQuery, PAGE_SIZES, parseFilter, type ListFilter } from './list-query';
import { useNames } from './names';
import { CASE_ROLES, CasePageConfig, NoCaseAccess } from './NoCaseAccess';
import { PetitionFlags } from './PetitionFlags';
import './cases.css';

interface FormValues {
  q?: string;
  status?: string[];
  channel?: string[];
  townshipCode?: string;
  villageCode?: string;
  category?: string;
  handlingUnitCode?: string;
  flags?: FlagName[];
  overdue?: boolean;
  open?: 'true' | 'false';
  dueWithinDays?: number | null;
  received?: [Dayjs | null, Dayjs | null] | null;
}

/** A queue of the handling view (/cases): a name and the conditions it sets. */
interface Queue {
  key: string;
  label: string;
  set: Partial<ListFilter>;
}

const NONE: Partial<ListFilter> = { status: [], overdue: undefined, open: undefined, dueWithinDays: undefined };

function queuesOf(role: string): Queue[] {
  const overdue = { key: 'overdue', label: '已超期', set: { ...NONE, overdue: true } };
  const all = { key: 'all', label: '全部', set: NONE };
  if (role === 'county-admin') {
    return [
      { key: 'route', label: '待转送', set: { ...NONE, status: ['registered'] } },
      { key: 'accept', label: '待受理', set: { ...NONE, status: ['transferred', 'assigned'] } },
      { key: 'handling', label: '办理中', set: { ...NONE, status: ['accepted'] } },
      { key: 'review', label: '复查复核', set: { ...NONE, status: ['review', 're-review'] } },
      overdue,
      all,
    ];
  }
  return [
    { key: 'accept', label: '待受理', set: { ...NONE, status: role === 'department-officer' ? ['transferred', 'assigned'] : ['registered', 'transferred', 'assigned'] } },
    { key: 'handling', label: '办理中', set: { ...NONE, status: ['accepted'] } },
    { key: 'close', label: '待办结', set: { ...NONE, status: ['replied', 'rejected'] } },
    overdue,
    all,
  ];
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

function activeQueue(queues: Queue[], f: ListFilter): string | undefined {
  return queues.find((q) => sameList(q.set.status ?? [], f.status) && q.set.overdue === f.overdue && f.open === undefined && f.dueWithinDays === undefined)?.key;
}

function toValues(f: ListFilter): FormValues {
  return {
    q: f.q,
    status: f.status,
    channel: f.channel,
    townshipCode: f.townshipCode,
    villageCode: f.villageCode,
    category: f.category,
    handlingUnitCode: f.handlingUnitCode,
    flags: FLAG_NAMES.filter((n) => f.flags[n] === true),
    overdue: f.overdue === true,
    open: f.open === undefined ? undefined : f.open ? 'true' : 'false',
    dueWithinDays: f.dueWithinDays ?? null,
    received: f.from || f.to ? [f.from ? dayjs(f.from) : null, f.to ? dayjs(f.to) : null] : null,
  };
}

function fromValues(v: FormValues, base: ListFilter): ListFilter {
  const flags: ListFilter['flags'] = {};
  for (const n of v.flags ?? []) flags[n] = true;
  // a flag set to false by a link stays, unless the clerk ticked it
  for (const n of FLAG_NAMES) if (base.flags[n] === false && !flags[n]) flags[n] = false;
  return {
    ...base,
    q: v.q?.trim() || undefined,
    status: v.status ?? [],
    channel: v.channel ?? [],
    townshipCode: v.townshipCode || undefined,
    villageCode: v.villageCode || undefined,
    category: v.category || undefined,
    handlingUnitCode: v.handlingUnitCode || undefined,
    flags,
    overdue: v.overdue ? true : base.overdue === false ? false : undefined,
    open: v.open === 'true' ? true : v.open === 'false' ? false : undefined,
    dueWithinDays: typeof v.dueWithinDays === 'number' ? v.dueWithinDays : undefined,
    from: v.received?.[0]?.format('YYYY-MM-DD'),
    to: v.received?.[1]?.format('YYYY-MM-DD'),
    page: 1,
  };
}

/** The conditions set among the fields 更多条件 hides. */
const hiddenConditions = (f: ListFilter) => conditionCount(f) - f.status.length - f.channel.length;

function listError(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.status === 403) return err.body.message ?? '您的角色不能查看信访件。';
    if (err.status === 400 && err.fieldErrors.length) return `查询条件有误：${err.fieldErrors.map((e) => e.message).join('；')}`;
    if (err.status === 0) return '网络连接失败，请稍后重试。';
    return err.body.message ?? '查询失败，请稍后重试。';
  }
  return '查询失败，请稍后重试。';
}

/**
 * 信访件 (/petitions) and the handling view (/cases, with its queues): Ant Design Pro's 查询表格 —
 * filters, full-text search, sorting and paging on the server (intake's list), deadline badges,
 * the filter in the address, and the filtered list exported through reporting.
 */
export function PetitionListPage({ user, view }: { user: StaffUser; view: 'petitions' | 'cases' }) {
  return <CasePageConfig>{CASE_ROLES.has(user.role) ? <PetitionListView user={user} view={view} /> : <NoCaseAccess />}</CasePageConfig>;
}

function PetitionListView({ user, view }: { user: StaffUser; view: 'petitions' | 'cases' }) {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const { message } = App.useApp();
  const names = useNames();
  const [form] = Form.useForm<FormValues>();
  const [expanded, setExpanded] = useState(false);
  const [data, setData] = useState<PetitionPage | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const [reload, setReload] = useState(0);
  const queues = useMemo(() => (view === 'cases' ? queuesOf(user.role) : []), [view, user.role]);

  // the handling view opens on its first queue
  useEffect(() => {
    if (view === 'cases' && ![...params.keys()].length) setParams(filterToParams({ ...parseFilter(params), ...queues[0]!.set }), { replace: true });
  }, [view, params, queues, setParams]);

  const filter = useMemo(() => parseFilter(params), [params]);
  const query = useMemo(() => intakeQuery(filter), [filter]);

  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(toValues(filter));
    if (hiddenConditions(filter) > 0) setExpanded(true);
  }, [filter, form]);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    listPetitions(query, controller.signal).then(
      (page) => {
        setData(page);
        setLoading(false);
      },
      (err) => {
        if (controller.signal.aborted) return;
        setError(listError(err));
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [query, reload]);

  const go = (next: ListFilter) => setParams(filterToParams(next));
  const township = Form.useWatch('townshipCode', form) ?? user.townshipCode;
  const villages = names.directory?.townships.find((t) => t.code === township)?.villages ?? [];

  const onTable: TableProps<PetitionSummary>['onChange'] = (pagination, _filters, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const sort = s?.order && s.columnKey === 'dueAt' ? 'dueAt' : 'receivedAt';
    const order = s?.order === 'ascend' ? 'asc' : s?.order === 'descend' ? 'desc' : undefined;
    const changedSort = sort !== filter.sort || order !== filter.order;
    go({ ...filter, sort, order, page: changedSort ? 1 : (pagination.current ?? 1), pageSize: pagination.pageSize ?? filter.pageSize });
  };

  const runExport = async (format: 'csv' | 'xlsx') => {
    setExporting(true);
    try {
      const result = await exportCases(filter, format);
      if (result.truncated) message.warning(`符合条件的信访件超过 ${MAX_EXPORT_BY_ID} 件，只导出了前 ${MAX_EXPORT_BY_ID} 件，请缩小查询范围。`);
      else message.success(result.rows === 'filter' ? '已导出符合条件的案件清单' : `已导出 ${result.rows} 件`);
    } catch (err) {
      message.error(err instanceof ApiError ? (err.body.message ?? '导出失败，请稍后再试。') : '导出失败，请稍后再试。');
    } finally {
      setExporting(false);
    }
  };

  const sortOrder = (key: 'receivedAt' | 'dueAt') => (filter.sort === key ? (filter.order === 'asc' ? 'ascend' : filter.order === 'desc' ? 'descend' : key === 'dueAt' ? 'ascend' : 'descend') : null);
  const returnTo = `${location.pathname}${location.search}`;
  const canExport = user.role !== 'department-officer';
  const unexportable = conditionsExportCannotApply(filter);

  const columns: TableProps<PetitionSummary>['columns'] = [
    {
      title: '收到时间',
      dataIndex: 'receivedAt',
      key: 'receivedAt',
      width: 124,
      sorter: true,
      sortOrder: sortOrder('receivedAt'),
      sortDirections: ['descend', 'ascend', 'descend'],
      render: (v: string) => chineseDateTime(v),
    },
    {
      title: '标题',
      dataIndex: 'title',
      key: 'title',
      render: (v: string, r) => (
        <div className="petition-title-cell">
          <Link to={`/petitions/${r.id}`} state={{ from: returnTo }}>
            {v}
          </Link>
          <PetitionFlags flags={r.flags} />
        </div>
      ),
    },
    { title: '乡镇', dataIndex: 'townshipCode', key: 'township', width: 110, render: (v: string, r) => `${names.township(v)}${r.villageCode ? ` ${names.village(r.villageCode)}` : ''}` },
    { title: '渠道', dataIndex: 'channel', key: 'channel', width: 72, render: (v: string) => CHANNEL_LABELS[v] ?? v },
    { title: '事项类别', dataIndex: 'category', key: 'category', width: 108, render: (v: string) => names.category(v) },
    { title: '承办单位', dataIndex: 'handlingUnitCode', key: 'unit', width: 132, render: (v: string | null) => (v ? names.unit(v) : <Typography.Text type="secondary">未转送</Typography.Text>) },
    { title: '状态', dataIndex: 'caseStatus', key: 'status', width: 112, render: (v: string, r) => <StatusTag status={r.status === 'refused' ? 'refused' : v} /> },
    {
      title: '办理期限',
      dataIndex: 'dueAt',
      key: 'dueAt',
      width: 168,
      sorter: true,
      sortOrder: sortOrder('dueAt'),
      sortDirections: ['ascend', 'descend', 'ascend'],
      render: (v: string | null, r) => <DeadlineBadge dueAt={v} overdue={r.overdue} />,
    },
  ];

  const totalText = data ? (data.totalExact ? `共 ${data.total} 件` : `超过 ${data.total} 件，请缩小查询范围`) : '';
  const fixedTownship = Boolean(user.townshipCode);
  const fixedUnit = user.role === 'department-officer';

  return (
    <div className="petition-list">
      <Typography.Title level={2} className="page-title">
        {view === 'cases' ? (user.role === 'county-admin' ? '转送交办' : user.role === 'department-officer' ? '承办件' : '案件办理') : '信访件查询'}
      </Typography.Title>

      {view === 'cases' ? (
        <Segmented
          className="case-queues"
          aria-label="办理队列"
          value={activeQueue(queues, filter) ?? ''}
          options={queues.map((q) => ({ value: q.key, label: q.label }))}
          onChange={(key) => go({ ...filter, ...queues.find((q) => q.key === key)!.set, page: 1 })}
        />
      ) : null}

      <Card className="petition-filters">
        <Form<FormValues> form={form} layout="vertical" onFinish={(v) => go(fromValues(v, filter))} aria-label="查询条件">
          <Row gutter={16}>
            <Col xs={24} md={12} xl={8}>
              <Form.Item name="q" label="全文检索">
                <Input allowClear placeholder="标题、内容中的文字，多个词以空格分隔" maxLength={100} prefix={<SearchOutlined />} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={8}>
              <Form.Item name="status" label="办理状态">
                <Select mode="multiple" allowClear placeholder="全部" maxTagCount="responsive" options={LIST_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={8}>
              <Form.Item name="channel" label="渠道">
                <Select mode="multiple" allowClear placeholder="全部" maxTagCount="responsive" options={CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }))} />
              </Form.Item>
            </Col>
            {expanded ? (
              <>
                <Col xs={24} md={12} xl={8}>
                  <Form.Item name="townshipCode" label="乡镇" extra={fixedTownship ? '只能查询本乡镇的信访件' : undefined}>
                    <Select
                      allowClear
                      disabled={fixedTownship}
                      placeholder={fixedTownship ? names.township(user.townshipCode) : '全县'}
                      options={(names.directory?.townships ?? []).map((t) => ({ value: t.code, label: t.name }))}
                      onChange={() => form.setFieldValue('villageCode', undefined)}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12} xl={8}>
                  <Form.Item name="villageCode" label="村（社区）">
                    <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={township ? '全部' : '先选乡镇'} disabled={!township} options={villages.map((v) => ({ value: v.code, label: v.name }))} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12} xl={8}>
                  <Form.Item name="category" label="事项类别">
                    <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder="全部" options={(names.categories ?? []).map((c) => ({ value: c.code, label: c.name }))} />
                  </Form.Item>
                </Col>
                {fixedUnit ? null : (
                  <Col xs={24} md={12} xl={8}>
                    <Form.Item name="handlingUnitCode" label="承办单位">
                      <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder="全部" options={(names.directory?.units ?? []).map((u) => ({ value: u.code, label: u.name }))} />
                    </Form.Item>
                  </Col>
                )}
                <Col xs={24} md={12} xl={8}>
                  <Form.Item name="received" label="收到时间">
                    <DatePicker.RangePicker style={{ width: '100%' }} allowEmpty={[true, true]} placeholder={['起始日期', '截止日期']} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12} xl={8}>
                  <Form.Item name="open" label="办理进度">
                    <Select allowClear placeholder="全部" options={[{ value: 'true', label: '仍在办理' }, { value: 'false', label: '已办结或不予受理' }]} />
                  </Form.Item>
                </Col>
                <Col xs={24} xl={12}>
                  <Form.Item name="flags" label="标记">
                    <Checkbox.Group options={FLAG_NAMES.map((n) => ({ value: n, label: FLAG_LABELS[n] }))} />
                  </Form.Item>
                </Col>
                <Col xs={12} xl={6}>
                  <Form.Item name="overdue" label="超期" valuePropName="checked">
                    <Checkbox>只看已超期</Checkbox>
                  </Form.Item>
                </Col>
                <Col xs={12} xl={6}>
                  <Form.Item name="dueWithinDays" label="期限在几天内">
                    <InputNumber min={0} max={365} precision={0} suffix="天" style={{ width: '100%' }} placeholder="如 3" />
                  </Form.Item>
                </Col>
              </>
            ) : null}
          </Row>
          <Space wrap className="petition-filter-buttons">
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
              查询
            </Button>
            <Button onClick={() => go({ ...parseFilter(new URLSearchParams()), ...(view === 'cases' ? queues[0]!.set : {}) })}>重置</Button>
            <Button type="link" onClick={() => setExpanded(!expanded)} icon={expanded ? <UpOutlined /> : <DownOutlined />} aria-expanded={expanded}>
              {expanded ? '收起' : '更多条件'}
              {!expanded && hiddenConditions(filter) > 0 ? <Badge count={hiddenConditions(filter)} size="small" style={{ marginLeft: 4 }} /> : null}
            </Button>
          </Space>
        </Form>
      </Card>

      <Card
        className="petition-results"
        title={<span aria-live="polite">{loading && !data ? '正在查询…' : totalText}</span>}
        extra={
          <Space wrap>
            <Button icon={<ReloadOutlined />} onClick={() => setReload((n) => n + 1)} aria-label="刷新">
              刷新
            </Button>
            {canExport ? (
              <Dropdown
                menu={{
                  items: [
                    { key: 'csv', label: '导出 CSV' },
                    { key: 'xlsx', label: '导出 Excel' },
                  ],
                  onClick: ({ key }) => runExport(key as 'csv' | 'xlsx'),
                }}
              >
                <Button icon={<DownloadOutlined />} loading={exporting}>
                  导出
                </Button>
              </Dropdown>
            ) : null}
          </Space>
        }
      >
        {canExport && unexportable.length ? (
          <Typography.Paragraph type="secondary" className="export-note">
            含{unexportable.join('、')}的条件时，按列表中的信访件逐件导出（至多 {MAX_EXPORT_BY_ID} 件）。导出文件不含任何个人信息。
          </Typography.Paragraph>
        ) : null}
        {error ? <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} /> : null}
        <Table<PetitionSummary>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={loading}
          onChange={onTable}
          scroll={{ x: 1000 }}
          locale={{ emptyText: error ? '查询失败' : '没有符合条件的信访件' }}
          pagination={{
            current: filter.page,
            pageSize: filter.pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES.map(String),
            showTotal: () => totalText,
          }}
        />
      </Card>
    </div>
  );
}
