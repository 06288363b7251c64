import { ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Badge, Button, Card, Popconfirm, Space, Table, Tabs, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { chineseDateTime } from '../../../shared/format';
import { errorText } from './form-errors';
import { listDeadLetters, replayDeadLetter, SERVICES, type DeadLetter, type ServiceKey } from './settings-api';

const OUTCOMES: Record<string, string> = { applied: '已重新处理', duplicate: '此前已处理过，已移除', skipped: '本服务不处理此类事件，已移除', published: '已重新发布' };

/** A parked outbox row (an event this service could not publish) or a dead letter (one it could not apply). */
const label = (d: DeadLetter) => (d.source === 'outbox' ? `待发布事件 #${-d.seq}` : `死信 #${d.seq}`);

type State = { items: DeadLetter[] | null; error: string | null; loading: boolean };

/**
 * 死信: events a service could not apply, with why, per service; once the cause is fixed, 重新处理
 * replays one (POST /<service>/api/dead-letters/:seq/replay) and removes it when it succeeds.
 */
export function DeadLettersPage() {
  const { message } = App.useApp();
  const [state, setState] = useState<Record<ServiceKey, State>>(() => Object.fromEntries(SERVICES.map((s) => [s.key, { items: null, error: null, loading: true }])) as Record<ServiceKey, State>);
  const [active, setActive] = useState<ServiceKey>('intake');
  const [replaying, setReplaying] = useState<number | null>(null);

  const load = useCallback(async (service: ServiceKey) => {
    setState((s) => ({ ...s, [service]: { ...s[service], loading: true } }));
    try {
      const items = await listDeadLetters(service);
      setState((s) => ({ ...s, [service]: { items, error: null, loading: false } }));
    } catch (err) {
      setState((s) => ({ ...s, [service]: { items: s[service].items, error: errorText(err), loading: false } }));
    }
  }, []);
  useEffect(() => {
    for (const s of SERVICES) void load(s.key);
  }, [load]);

  const replay = async (service: ServiceKey, d: DeadLetter) => {
    setReplaying(d.seq);
    try {
      const r = await replayDeadLetter(service, d.seq);
      message.success(`${label(d)}：${OUTCOMES[r.outcome] ?? r.outcome}`);
      await load(service);
    } catch (err) {
      message.error(`${label(d)} ${errorText(err)}`);
    } finally {
      setReplaying(null);
    }
  };

  return (
    <div>
      <Typography.Paragraph type="secondary">
        各服务无法处理的事件会转入死信并记下原因（事件不含个人信息）。排除原因后（如补录缺少的目录数据、修复程序），逐条「重新处理」；处理成功的从死信中移除。
      </Typography.Paragraph>
      <Tabs
        activeKey={active}
        onChange={(k) => setActive(k as ServiceKey)}
        items={SERVICES.map((s) => {
          const st = state[s.key];
          return {
            key: s.key,
            label: (
              <Space size={6}>
                {s.label}
                {st.items && <Badge count={st.items.length} showZero color={st.items.length ? '#b3261e' : '#52606d'} />}
              </Space>
            ),
            children: (
              <Card
                size="small"
                title={<h3 className="settings-card-title">{s.label}的死信</h3>}
                extra={
                  <Button size="small" icon={<ReloadOutlined />} loading={st.loading} onClick={() => void load(s.key)}>
                    刷新
                  </Button>
                }
              >
                {st.error && <Alert type="error" showIcon title="死信加载失败" description={st.error} className="settings-alert" />}
                <Table<DeadLetter>
                  data-testid={`table-dead-letters-${s.key}`}
                  size="small"
                  rowKey="seq"
                  loading={st.loading && !st.items}
                  dataSource={st.items ?? []}
                  pagination={{ pageSize: 20, size: 'small', showSizeChanger: false }}
                  locale={{ emptyText: '没有死信：所有事件都已处理' }}
                  expandable={{ expandedRowRender: (d) => <pre className="settings-event">{d.data}</pre> }}
                  columns={[
                    { title: '序号', dataIndex: 'seq', width: 120, render: (_: number, d) => (d.source === 'outbox' ? <span title="本服务发件箱中无法发布的事件">发件箱 #{-d.seq}</span> : d.seq) },
                    { title: '转入时间', dataIndex: 'parkedAt', width: 170, render: (t: string) => chineseDateTime(t) },
                    { title: '事件', dataIndex: 'originalSubject', render: (t: string, d) => <span className="settings-code">{t} #{d.originalSeq}</span> },
                    { title: '投递次数', dataIndex: 'deliveries', width: 80, align: 'right' },
                    { title: '原因', dataIndex: 'reason' },
                    {
                      title: '操作',
                      key: 'replay',
                      width: 110,
                      render: (_, d) => (
                        <Popconfirm title={`重新处理死信 #${d.seq}？`} description="请先确认原因已排除。" okText="重新处理" cancelText="取消" onConfirm={() => replay(s.key, d)}>
                          <Button size="small" loading={replaying === d.seq} aria-label={`重新处理死信 ${d.seq}`}>
                            重新处理
                          </Button>
                        </Popconfirm>
                      ),
                    },
                  ]}
                />
              </Card>
            ),
          };
        })}
      />
    </div>
  );
}
