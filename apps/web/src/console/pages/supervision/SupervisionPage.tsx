import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Segmented, Select, Space, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useEffect, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { ApiError } from '../../../shared/api';
import { chineseDate, chineseDateTime } from '../../../shared/format';
import type { StaffUser } from '../../auth/session';
import { DeadlineBadge } from '../../components/DeadlineBadge';
import { StatusTag } from '../../components/StatusTag';
import { useNames } from '../cases/names';
import { CASE_ROLES, CasePageConfig, NoCaseAccess } from '../cases/NoCaseAccess';
import { CaseTitleCell, ToneTag } from './CaseCells';
import { listCases, parseSupervisionFilter, SUPERVISION_STATES, SUPERVISION_VIEWS, supervisionFilterToParams, supervisionQuery, usePetitionTitles, type CasePage, type CaseSummary, type SupervisionFilter } from './duty-cases';
import './duties.css';

/**
 * 督查督办: every case the county has supervised, in the caller's scope — the petition, township,
 * handling unit, the 督办's reason and date, and whether it is still running, overdue, or was
 * finished in time or late; the running ones first by their date. The filter lives in the
 * address, so the 工作台's 督办中 count links here.
 */
export default function SupervisionPage({ user }: { user: StaffUser }) {
  if (!CASE_ROLES.has(user.role)) return <NoCaseAccess />;
  return (
    <CasePageConfig>
      <SupervisionList user={user} />
    </CasePageConfig>
  );
}

function SupervisionList({ user }: { user: StaffUser }) {
  const names = useNames();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const filter = parseSupervisionFilter(params);
  const [data, setData] = useState<CasePage | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const query = supervisionQuery(filter).toString();
  const titles = usePetitionTitles((data?.items ?? []).map((c) => c.petitionId));

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    listCases(new URLSearchParams(query), controller.signal)
      .then(setData, (err) => {
        if (controller.signal.aborted) return;
        setError(err instanceof ApiError && err.body.message ? `督办案件暂时无法读取：${err.body.message}` : '督办案件暂时无法读取，请稍后刷新。');
      })
      .finally(() => !controller.signal.aborted && setLoading(false));
    return () => controller.abort();
  }, [query, reload]);

  const go = (next: SupervisionFilter) => setParams(supervisionFilterToParams(next));
  const from = `${location.pathname}${location.search}`;
  const fixedTownship = Boolean(user.townshipCode);

  const columns: TableProps<CaseSummary>['columns'] = [
    { title: '信访件', key: 'title', render: (_: unknown, c) => <CaseTitleCell c={c} title={titles[c.petitionId]} from={from} /> },
    { title: '乡镇', dataIndex: 'townshipCode', key: 'township', width: 96, render: (v: string) => names.township(v) },
    { title: '承办单位', dataIndex: 'handlingUnitCode', key: 'unit', width: 150, render: (v: string | null) => (v ? names.unit(v) : <Typography.Text type="secondary">未转送</Typography.Text>) },
    {
      title: '督办事由',
      key: 'reason',
      width: 220,
      render: (_: unknown, c) => (
        <div>
          <div className="duty-reason">{c.supervision?.reason}</div>
          <Typography.Text type="secondary" className="duty-small">
            {c.supervision ? `${chineseDate(c.supervision.at)}督办${c.supervision.count > 1 ? `（第 ${c.supervision.count} 次）` : ''}` : ''}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: '要求办结',
      key: 'dueAt',
      width: 176,
      render: (_: unknown, c) =>
        !c.supervision ? null : c.supervision.completedAt ? (
          <span title={chineseDateTime(c.supervision.dueAt)}>{chineseDate(c.supervision.dueAt)}</span>
        ) : (
          <DeadlineBadge dueAt={c.supervision.dueAt} />
        ),
    },
    {
      title: '办理情况',
      key: 'state',
      width: 150,
      render: (_: unknown, c) => {
        const s = c.supervision && SUPERVISION_STATES[c.supervision.state];
        if (!c.supervision || !s) return null;
        return (
          <div>
            <ToneTag tone={s.tone}>{s.label}</ToneTag>
            {c.supervision.completedAt ? (
              <div className="duty-small">
                <Typography.Text type="secondary">{chineseDate(c.supervision.completedAt)}办结</Typography.Text>
              </div>
            ) : null}
          </div>
        );
      },
    },
    { title: '案件状态', dataIndex: 'status', key: 'status', width: 104, render: (v: string) => <StatusTag status={v} /> },
  ];

  const totalText = data ? `共 ${data.total} 件` : '';
  return (
    <div className="duty-page">
      <Typography.Title level={2} className="page-title">
        督查督办
      </Typography.Title>
      <Typography.Paragraph type="secondary">县信访局督办、要求限期办结的案件：督办事由、要求办结日期，以及是否按期办结。督办在案件详情页的“督办”中进行。</Typography.Paragraph>
      <Card className="duty-filters">
        <Form layout="inline" aria-label="查询条件">
          <Form.Item label="办理情况">
            <Segmented aria-label="办理情况" value={filter.view} options={SUPERVISION_VIEWS.map((v) => ({ value: v.key, label: v.label }))} onChange={(view) => go({ ...filter, view: view as SupervisionFilter['view'], page: 1 })} />
          </Form.Item>
          <Form.Item label="乡镇" htmlFor="supervision-township">
            <Select
              id="supervision-township"
              style={{ width: 180 }}
              allowClear
              disabled={fixedTownship}
              placeholder={fixedTownship ? names.township(user.townshipCode) : '全县'}
              value={filter.townshipCode}
              options={(names.directory?.townships ?? []).map((t) => ({ value: t.code, label: t.name }))}
              onChange={(code?: string) => go({ ...filter, townshipCode: code, page: 1 })}
            />
          </Form.Item>
        </Form>
      </Card>
      <Card
        className="duty-results"
        title={<span aria-live="polite">{loading && !data ? '正在查询…' : totalText}</span>}
        extra={
          <Space>
            <Button icon={<ReloadOutlined />} onClick={() => setReload((n) => n + 1)}>
              刷新
            </Button>
          </Space>
        }
      >
        {error ? <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} action={<Button size="small" onClick={() => setReload((n) => n + 1)}>重试</Button>} /> : null}
        <Table<CaseSummary>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={loading}
          scroll={{ x: 1000 }}
          rowClassName={(c) => (c.supervision?.state === 'overdue' ? 'duty-row-late' : '')}
          locale={{ emptyText: error ? '查询失败' : '没有符合条件的督办案件' }}
          pagination={{
            current: filter.page,
            pageSize: filter.pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: ['10', '20', '50'],
            showTotal: () => totalText,
            onChange: (page, pageSize) => go({ ...filter, page: pageSize !== filter.pageSize ? 1 : page, pageSize }),
          }}
        />
      </Card>
    </div>
  );
}
