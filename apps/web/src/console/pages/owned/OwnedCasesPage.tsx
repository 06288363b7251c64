import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { ApiError } from '../../../shared/api';
import type { StaffUser } from '../../auth/session';
import { DeadlineBadge } from '../../components/DeadlineBadge';
import { StatusTag } from '../../components/StatusTag';
import { CHANNEL_LABELS } from '../cases/labels';
import { useNames } from '../cases/names';
import { CASE_ROLES, CasePageConfig, NoCaseAccess } from '../cases/NoCaseAccess';
import { CaseTitleCell, ToneTag } from '../supervision/CaseCells';
import { currentDeadline, listCases, SUPERVISION_STATES, usePetitionTitles, type CasePage, type CaseSummary } from '../supervision/duty-cases';
import '../supervision/duties.css';

const PAGE_SIZE = 10;

/**
 * 领导包案: the open cases the signed-in leader owns, to the end, with their clocks; and the
 * cases of his scope that must be owned by a leader before they can be accepted (集体访, 重复访,
 * 越级访, 信访老户) and no leader owns yet. 包案 itself is an action on the case's page.
 */
export default function OwnedCasesPage({ user }: { user: StaffUser }) {
  if (!CASE_ROLES.has(user.role)) return <NoCaseAccess />;
  const leader = user.role === 'leader';
  return (
    <CasePageConfig>
      <div className="duty-page">
        <Typography.Title level={2} className="page-title">
          领导包案
        </Typography.Title>
        <Typography.Paragraph type="secondary">集体访、重复访、越级访和信访老户的案件，须由领导包案后受理，包案领导负责化解到底。打开案件，在“包案”中认领。</Typography.Paragraph>
        {leader ? <CaseSection title="我包案的在办案件" query={{ ownerId: 'me', open: 'true' }} empty="您目前没有包案的在办案件" /> : null}
        <CaseSection title="待领导包案" query={{ awaitingOwner: 'true' }} empty="没有待领导包案的案件" waiting />
      </div>
    </CasePageConfig>
  );
}

function CaseSection({ title, query, empty, waiting = false }: { title: string; query: Record<string, string>; empty: string; waiting?: boolean }) {
  const names = useNames();
  const location = useLocation();
  const [page, setPage] = useState(1);
  const [data, setData] = useState<CasePage | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const search = new URLSearchParams({ ...query, page: String(page), pageSize: String(PAGE_SIZE) }).toString();
  const titles = usePetitionTitles((data?.items ?? []).map((c) => c.petitionId));

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    listCases(new URLSearchParams(search), controller.signal)
      .then(setData, (err) => {
        if (controller.signal.aborted) return;
        setError(err instanceof ApiError && err.body.message ? `案件暂时无法读取：${err.body.message}` : '案件暂时无法读取，请稍后刷新。');
      })
      .finally(() => !controller.signal.aborted && setLoading(false));
    return () => controller.abort();
  }, [search, reload]);

  const from = `${location.pathname}${location.search}`;
  const columns: TableProps<CaseSummary>['columns'] = [
    { title: '信访件', key: 'title', render: (_: unknown, c) => <CaseTitleCell c={c} title={titles[c.petitionId]} from={from} /> },
    { title: '乡镇', dataIndex: 'townshipCode', key: 'township', width: 96, render: (v: string) => names.township(v) },
    { title: '渠道', dataIndex: 'channel', key: 'channel', width: 80, render: (v: string) => CHANNEL_LABELS[v] ?? v },
    { title: '承办单位', dataIndex: 'handlingUnitCode', key: 'unit', width: 150, render: (v: string | null) => (v ? names.unit(v) : <Typography.Text type="secondary">未转送</Typography.Text>) },
    { title: '状态', dataIndex: 'status', key: 'status', width: 104, render: (v: string) => <StatusTag status={v} /> },
    {
      title: '办理期限',
      key: 'due',
      width: 176,
      render: (_: unknown, c) => {
        const d = currentDeadline(c);
        return <DeadlineBadge dueAt={d.dueAt} overdue={d.overdue} />;
      },
    },
    {
      title: waiting ? '说明' : '督办',
      key: 'note',
      width: 150,
      render: (_: unknown, c) =>
        waiting ? (
          <Typography.Text type="secondary">包案后方可受理</Typography.Text>
        ) : c.supervision ? (
          <span title={c.supervision.reason}>
            <ToneTag tone={SUPERVISION_STATES[c.supervision.state]?.tone ?? 'grey'}>{`督办 · ${SUPERVISION_STATES[c.supervision.state]?.label ?? ''}`}</ToneTag>
          </span>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
  ];
  const totalText = data ? `共 ${data.total} 件` : '';
  return (
    <Card
      className="duty-section"
      title={
        <span>
          {title} <span aria-live="polite" className="duty-small">{loading && !data ? '正在查询…' : totalText}</span>
        </span>
      }
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => setReload((n) => n + 1)} aria-label={`刷新${title}`}>
          刷新
        </Button>
      }
    >
      {error ? <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} /> : null}
      <Table<CaseSummary>
        aria-label={title}
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        scroll={{ x: 960 }}
        locale={{ emptyText: error ? '查询失败' : empty }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.total ?? 0, hideOnSinglePage: true, showTotal: () => totalText, onChange: setPage }}
      />
    </Card>
  );
}
