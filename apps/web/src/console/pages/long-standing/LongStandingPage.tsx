import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { chineseDate } from '../../../shared/format';
import type { StaffUser } from '../../auth/session';
import { areasOf } from '../../roles';
import { ComingSoon } from '../../shell/ComingSoon';
import { StatusTag } from '../../components/StatusTag';
import { useNames } from '../cases/names';
import { errorText } from '../settings/form-errors';
import { loadLedger, type Ledger, type LedgerEntry } from './long-standing-api';
import './long-standing.css';

/** Petitions shown under a person before 展开 (the rest one click away). */
const SHOWN = 3;

/**
 * 信访老户 (/long-standing): the ledger of petitioners with repeated petitions in the window
 * (intake's rule, e.g. 3 in 24 months) — masked names, how many, first and last, the matters,
 * what is still open, and each petition one click away. Township staff see their township only
 * (intake enforces it; the page offers no other). Every reading is logged by intake.
 */
export default function LongStandingPage({ user }: { user: StaffUser }) {
  // a role without this area in its menu is told so, as at any other path it has no page at
  return areasOf(user.role).some((a) => a.path === '/long-standing') ? <LongStandingView user={user} /> : <ComingSoon user={user} />;
}

function LongStandingView({ user }: { user: StaffUser }) {
  const names = useNames();
  const [township, setTownship] = useState<string | undefined>(user.townshipCode);
  const [ledger, setLedger] = useState<Ledger | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<Set<string>>(new Set());

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setLedger(await loadLedger(user.townshipCode ? undefined : township));
      setError(null);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setLoading(false);
    }
  }, [township, user.townshipCode]);
  useEffect(() => void reload(), [reload]);

  const toggle = (ref: string) => setExpanded((s) => new Set(s.has(ref) ? [...s].filter((r) => r !== ref) : [...s, ref]));
  const rule = ledger?.rule;

  return (
    <div className="long-standing">
      <Typography.Title level={2} className="ls-title">
        信访老户
      </Typography.Title>
      <Alert
        type="warning"
        showIcon
        className="ls-gap"
        data-testid="ledger-audit-note"
        title="本台账含信访人信息，每次查看均记入个人信息访问日志。"
        description="姓名已遮掩；需要核对完整信息时，请打开信访件详情点“显示”（同样记入访问日志）。请逐人落实稳控与化解责任，不得外传。"
      />
      <Card
        title={
          <span aria-live="polite">
            {rule ? `${rule.windowMonths} 个月内信访 ${rule.minPetitions} 件及以上的信访人` : '信访老户台账'}
            {ledger ? `：共 ${ledger.items.length} 人` : ''}
          </span>
        }
        extra={
          <Space wrap>
            {user.townshipCode ? (
              <Typography.Text>{names.township(user.townshipCode)}</Typography.Text>
            ) : (
              <Select
                aria-label="乡镇"
                allowClear
                placeholder="全县"
                style={{ width: 150 }}
                value={township}
                onChange={(v) => setTownship(v || undefined)}
                options={(names.directory?.townships ?? []).map((t) => ({ value: t.code, label: t.name }))}
              />
            )}
            <Button icon={<ReloadOutlined />} onClick={() => void reload()}>
              刷新
            </Button>
          </Space>
        }
      >
        {error ? <Alert type="error" showIcon role="alert" title="台账加载失败" description={error} className="ls-gap" /> : null}
        <Table<LedgerEntry>
          data-testid="table-ledger"
          size="small"
          rowKey="petitionerRef"
          loading={loading}
          dataSource={ledger?.items ?? []}
          pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 人` }}
          scroll={{ x: 1000 }}
          locale={{ emptyText: error ? '加载失败' : '没有信访老户' }}
          columns={[
            { title: '信访人', dataIndex: 'name', width: 90, render: (n: string) => <span className="ls-name">{n}</span> },
            { title: '乡镇', dataIndex: 'townshipCodes', width: 100, render: (codes: string[]) => codes.map((c) => names.township(c)).join('、') },
            { title: '信访件数', dataIndex: 'petitions', width: 80, align: 'right', render: (n: number) => `${n} 件` },
            {
              title: '仍在办理',
              dataIndex: 'openPetitions',
              width: 80,
              align: 'right',
              render: (n: number) => (n ? <Tag className="tone-amber">{n} 件</Tag> : <Typography.Text type="secondary">无</Typography.Text>),
            },
            { title: '首次 / 最近', key: 'dates', width: 150, render: (_, r) => <span className="ls-dates">{chineseDate(r.firstReceivedAt)}<br />{chineseDate(r.lastReceivedAt)}</span> },
            {
              title: '涉及事项',
              dataIndex: 'categories',
              width: 170,
              render: (cats: string[]) => (
                <Space size={[4, 4]} wrap>
                  {cats.map((c) => (
                    <Tag key={c} className="tone-geekblue">
                      {names.category(c)}
                    </Tag>
                  ))}
                </Space>
              ),
            },
            {
              title: '信访件',
              key: 'petitions',
              render: (_, r) => {
                const all = expanded.has(r.petitionerRef);
                const shown = all ? r.petitionList : r.petitionList.slice(0, SHOWN);
                return (
                  <ul className="ls-petitions" aria-label={`${r.name} 的信访件`}>
                    {shown.map((p) => (
                      <li key={p.id}>
                        <span className="ls-date">{chineseDate(p.receivedAt)}</span>
                        <Link to={`/petitions/${p.id}`} state={{ from: '/long-standing' }}>
                          {p.title}
                        </Link>
                        <StatusTag status={p.caseStatus} />
                      </li>
                    ))}
                    {r.petitionList.length > SHOWN ? (
                      <li className="ls-more-row">
                        <Button type="link" size="small" className="ls-more" onClick={() => toggle(r.petitionerRef)} aria-expanded={all}>
                          {all ? '收起' : `还有 ${r.petitionList.length - SHOWN} 件`}
                        </Button>
                      </li>
                    ) : null}
                  </ul>
                );
              },
            },
          ]}
        />
      </Card>
    </div>
  );
}
