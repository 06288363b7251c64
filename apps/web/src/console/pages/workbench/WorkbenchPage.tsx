import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Card, Col, Empty, Row, Skeleton, Tabs, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../../shared/api';
import { loadCategories, type Category, type Directory } from '../../../shared/directory';
import { chineseDate, chineseDateTime, clockTime } from '../../../shared/format';
import type { StaffUser } from '../../auth/session';
import { areasOf, ROLE_LABELS } from '../../roles';
import { useDirectory } from '../../shared-hooks';
import { AREA_ICONS } from '../../shell/icons';
import { scopeName } from '../../shell/scope';
import { bucketLabel, bucketsFor, listLink, loadInbox, loadWorkQueue, markRead, seesCases, type BucketKey, type BucketMeta, type InboxMessage, type WorkQueue } from './work-queue';
import { DeadlineBadge } from '../../components/DeadlineBadge';
import { StatusTag } from '../../components/StatusTag';
import './workbench.css';

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

function todayPhrase(): string {
  const beijing = new Date(Date.now() + 8 * 3600_000);
  return `${chineseDate(new Date())} ${WEEKDAYS[beijing.getUTCDay()]}`;
}

function Due({ at }: { at: string | null }) {
  return at ? <DeadlineBadge dueAt={at} /> : <span className="wb-muted">无期限</span>;
}

function BucketCard({ meta, role, queue, onShow }: { meta: BucketMeta; role: string; queue: WorkQueue; onShow: (key: BucketKey) => void }) {
  const bucket = queue.buckets[meta.key];
  const label = bucketLabel(meta, role);
  const link = listLink(meta.key, queue);
  // counted in 信访件, as the case list counts its rows; a repeat joined to a case is one more 件 of the same case
  const count = (
    <>
      <span className="wb-bucket-label">{label}</span>
      <span className="wb-bucket-count">
        <strong data-testid={`wb-count-${meta.key}`}>{bucket.petitions}</strong> 件
      </span>
    </>
  );
  return (
    <Card size="small" className={`wb-bucket${bucket.overduePetitions > 0 ? ' wb-bucket-late' : ''}`} data-bucket={meta.key}>
      {link ? (
        <Link to={link} className="wb-bucket-head" aria-label={`${label} ${bucket.petitions} 件，查看清单`}>
          {count}
        </Link>
      ) : (
        <button type="button" className="wb-bucket-head wb-bucket-button" aria-label={`${label} ${bucket.petitions} 件，查看下方清单`} onClick={() => onShow(meta.key)}>
          {count}
        </button>
      )}
      <div className="wb-bucket-facts">
        {bucket.petitions !== bucket.count ? <span className="wb-muted">{bucket.count} 个案件，含并入的重复件</span> : null}
        {bucket.overduePetitions > 0 && meta.key !== 'overdue' ? <Tag className="tone-red">其中 {bucket.overduePetitions} 件已超期</Tag> : null}
        {bucket.nextDueAt ? (
          <div>
            最早期限 <Due at={bucket.nextDueAt} />
          </div>
        ) : null}
        {meta.key === 'toAccept' && queue.buckets.toAccept.count > 0 ? (
          <div data-testid="wb-objection">
            异议期内 {queue.buckets.toAccept.objectionOpen} 件
            {queue.buckets.toAccept.nextObjectionBy ? `，最早 ${chineseDate(queue.buckets.toAccept.nextObjectionBy)} 届满` : ''}
          </div>
        ) : null}
      </div>
      <Typography.Paragraph type="secondary" className="wb-bucket-clock">
        {meta.clock}
      </Typography.Paragraph>
    </Card>
  );
}

function nameOf(list: { code: string; name: string }[] | undefined, code: string): string {
  return list?.find((x) => x.code === code)?.name ?? code;
}

function BucketItems({ meta, role, queue, directory, categories }: { meta: BucketMeta; role: string; queue: WorkQueue; directory: Directory | null; categories: Category[] }) {
  const bucket = queue.buckets[meta.key];
  const link = listLink(meta.key, queue);
  if ((bucket.items ?? []).length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={`${bucketLabel(meta, role)}：暂无案件`} />;
  return (
    <>
      <ul className="wb-items" aria-label={`${bucketLabel(meta, role)}：期限最近的案件`}>
        {bucket.items.map((item) => (
          <li key={item.caseId} className="wb-item">
            <span className="wb-item-what">
              <Link to={`/petitions/${item.petitionId}`}>
                {nameOf(categories, item.categoryCode)} · {nameOf(directory?.townships, item.townshipCode)}
              </Link>
              <StatusTag status={item.status} />
            </span>
            <Due at={item.dueAt} />
          </li>
        ))}
      </ul>
      {link && bucket.count > bucket.items.length ? (
        <Link to={link} className="wb-items-more">
          {link.startsWith('/petitions') ? `在信访件中查看全部 ${bucket.petitions} 件` : `查看全部 ${bucket.count} 个案件`}
        </Link>
      ) : null}
    </>
  );
}

function DutyCard({ queue, user, directory }: { queue: WorkQueue | null; user: StaffUser; directory: Directory | null }) {
  const navigate = useNavigate();
  const rosterInMenu = areasOf(user.role).some((a) => a.path === '/duty-roster');
  const duty = queue?.dutyToday;
  return (
    <Card size="small" title="今日领导接访" className="wb-side-card" extra={rosterInMenu ? <Button type="link" size="small" onClick={() => navigate('/duty-roster')}>排班</Button> : null}>
      {!duty ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : duty.mine ? (
        <Alert type="info" showIcon title="今天由您接待来访群众" />
      ) : duty.leaders.length === 0 ? (
        <Typography.Text type="secondary">今日没有领导接访安排（节假日，或尚未排班）。</Typography.Text>
      ) : (
        <ul className="wb-duty">
          {duty.leaders.map((l) => (
            <li key={l.townshipCode}>
              {user.townshipCode ? null : <span className="wb-muted">{nameOf(directory?.townships, l.townshipCode)}：</span>}
              <strong>{l.leaderName}</strong>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function InboxCard() {
  const [inbox, setInbox] = useState<{ items: InboxMessage[]; unread: number } | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    loadInbox(controller.signal).then(setInbox, () => setFailed(true));
    return () => controller.abort();
  }, []);
  const unread = inbox?.items.filter((m) => !m.readAt) ?? [];
  const read = async (id: string) => {
    await markRead(id).catch(() => undefined);
    setInbox((now) => (now ? { items: now.items.map((m) => (m.id === id ? { ...m, readAt: new Date().toISOString() } : m)), unread: Math.max(0, now.unread - 1) } : now));
  };
  return (
    <Card
      size="small"
      className="wb-side-card"
      title={
        <span>
          未读消息 <Badge count={unread.length} overflowCount={99} showZero color={unread.length ? '#b3261e' : '#8c8c8c'} data-testid="wb-unread" />
        </span>
      }
    >
      {failed ? (
        <Typography.Text type="secondary">消息暂时无法读取。</Typography.Text>
      ) : !inbox ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : unread.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有未读消息" />
      ) : (
        <ul className="wb-inbox">
          {unread.slice(0, 6).map((m) => (
            <li key={m.id}>
              <div className="wb-inbox-title">{m.link ? <Link to={m.link}>{m.title}</Link> : m.title}</div>
              <div className="wb-inbox-body">{m.body}</div>
              <div className="wb-inbox-foot">
                <span className="wb-muted">{chineseDateTime(m.createdAt)}</span>
                <Button size="small" type="link" onClick={() => read(m.id)}>
                  标为已读
                </Button>
              </div>
            </li>
          ))}
          {unread.length > 6 ? <li className="wb-muted">另有 {unread.length - 6} 条未读</li> : null}
        </ul>
      )}
    </Card>
  );
}

/**
 * 工作台: the signed-in staff member's to-do in their scope — what to route, accept (with the
 * 15-day notice and the 5-working-day objection window), answer, own as a leader; what falls due
 * this week, is overdue or under supervision — each count leading to the filtered case list;
 * today's reception duty, unread notices, and the ways into the role's other work.
 */
export function WorkbenchPage({ user }: { user: StaffUser }) {
  const directory = useDirectory();
  const navigate = useNavigate();
  const [queue, setQueue] = useState<WorkQueue | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [categories, setCategories] = useState<Category[]>([]);
  const [tab, setTab] = useState<BucketKey | undefined>(undefined);
  const metas = bucketsFor(user.role);
  const withCases = seesCases(user.role);

  const load = useCallback(
    (signal?: AbortSignal) => {
      if (!withCases) return;
      setLoading(true);
      setError(null);
      loadWorkQueue(signal)
        .then(setQueue, (err) => {
          if (signal?.aborted) return;
          setError(err instanceof ApiError && err.body.message ? `待办事项暂时无法读取：${err.body.message}` : '待办事项暂时无法读取，请稍后刷新。');
        })
        .finally(() => setLoading(false));
    },
    [withCases],
  );

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal);
    if (withCases) loadCategories().then(setCategories, () => undefined);
    return () => controller.abort();
  }, [load, withCases]);

  const show = (key: BucketKey) => {
    setTab(key);
    document.getElementById('wb-items')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };
  const areas = areasOf(user.role).filter((a) => a.path !== '/');
  const itemTabs = metas.filter((m) => m.key !== 'dueThisWeek');

  return (
    <div className="workbench">
      <header className="wb-greeting">
        <div>
          <Typography.Title level={2} className="wb-hello">
            您好，{user.displayName}
          </Typography.Title>
          <Typography.Paragraph type="secondary" className="wb-who">
            {ROLE_LABELS[user.role] ?? user.role} · {scopeName(user, directory)} · {todayPhrase()}
          </Typography.Paragraph>
        </div>
        {withCases ? (
          <div className="wb-refresh">
            {queue ? <span className="wb-muted">统计于 {clockTime(queue.asOf)}</span> : null}
            <Button icon={<ReloadOutlined />} onClick={() => load()} loading={loading}>
              刷新
            </Button>
          </div>
        ) : null}
      </header>

      {withCases ? (
        <section aria-labelledby="wb-todo-title" className="wb-section">
          <Typography.Title level={3} id="wb-todo-title" className="wb-section-title">
            我的待办
          </Typography.Title>
          {error ? <Alert type="error" showIcon title={error} role="alert" action={<Button size="small" onClick={() => load()}>重试</Button>} /> : null}
          {!queue && !error ? (
            <Row gutter={[16, 16]}>
              {metas.map((m) => (
                <Col key={m.key} xs={24} sm={12} xl={8} xxl={6}>
                  <Card size="small">
                    <Skeleton active paragraph={{ rows: 2 }} />
                  </Card>
                </Col>
              ))}
            </Row>
          ) : null}
          {queue ? (
            <Row gutter={[16, 16]} role="list" aria-label="待办事项">
              {metas.map((m) => (
                <Col key={m.key} xs={24} sm={12} xl={8} xxl={6} role="listitem">
                  <BucketCard meta={m} role={user.role} queue={queue} onShow={show} />
                </Col>
              ))}
            </Row>
          ) : null}
        </section>
      ) : null}

      <Row gutter={[16, 16]} className="wb-section">
        {withCases ? (
          <Col xs={24} xl={16}>
            <Card size="small" title="期限最近的案件" id="wb-items" className="wb-items-card">
              {queue ? (
                <Tabs
                  size="small"
                  tabBarGutter={20}
                  activeKey={tab ?? itemTabs[0]?.key}
                  onChange={(key) => setTab(key as BucketKey)}
                  items={itemTabs.map((m) => ({
                    key: m.key,
                    label: `${bucketLabel(m, user.role)} ${queue.buckets[m.key].petitions}`,
                    children: <BucketItems meta={m} role={user.role} queue={queue} directory={directory} categories={categories} />,
                  }))}
                />
              ) : (
                <Skeleton active />
              )}
            </Card>
          </Col>
        ) : null}
        <Col xs={24} xl={withCases ? 8 : 12}>
          <Row gutter={[16, 16]}>
            {withCases && user.role !== 'department-officer' ? (
              <Col span={24}>
                <DutyCard queue={queue} user={user} directory={directory} />
              </Col>
            ) : null}
            <Col span={24}>
              <InboxCard />
            </Col>
          </Row>
        </Col>
      </Row>

      <section aria-labelledby="wb-areas-title" className="wb-section">
        <Typography.Title level={3} id="wb-areas-title" className="wb-section-title">
          您可以办理
        </Typography.Title>
        <Row gutter={[16, 16]} role="list" aria-label="可办理的工作">
          {areas.map((a) => (
            <Col key={a.label} xs={24} sm={12} xl={8} role="listitem">
              <Card hoverable size="small" className="area-card" onClick={() => navigate(a.path)} onKeyDown={(e) => e.key === 'Enter' && navigate(a.path)} tabIndex={0}>
                <Card.Meta avatar={<span className="area-icon">{AREA_ICONS[a.icon]}</span>} title={a.label} description={a.description} />
              </Card>
            </Col>
          ))}
        </Row>
      </section>
    </div>
  );
}
