import { ArrowLeftOutlined, EyeInvisibleOutlined, EyeOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Descriptions, Empty, Result, Row, Segmented, Skeleton, Space, Table, Tag, Timeline, Tooltip, Typography } from 'antd';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../shared/api';
import { chineseDate, chineseDateTime } from '../../../shared/format';
import type { StaffUser } from '../../auth/session';
import { DeadlineBadge } from '../../components/DeadlineBadge';
import { StatusTag } from '../../components/StatusTag';
import { ACTIONS, actionLabel, offeredActions, type ActionName } from './actions';
import { ActionModal } from './ActionModal';
import { attachmentUrl, caseDetail, deliveriesOf, petitionDetail, type CaseView, type Delivery, type PetitionDetail, type TimelineEntry } from './case-api';
import { CHANNEL_LABELS, CLOCK_DEADLINES, DEADLINES, RATING_LABELS, REPLY_OUTCOMES, ROLE_NAMES } from './labels';
import { useNames } from './names';
import { CASE_ROLES, CasePageConfig, NoCaseAccess } from './NoCaseAccess';
import { PetitionFlags } from './PetitionFlags';
import './cases.css';

/** Roles whose delivery log notification shows (the others get 403). */
const DELIVERY_ROLES = new Set(['county-admin', 'township-officer', 'leader']);
const DELIVERY_CHANNELS: Record<string, string> = { sms: '短信', email: '邮件', inbox: '站内消息' };
const DELIVERY_STATUS: Record<string, string> = { pending: '待发送', deferred: '延后发送', retrying: '重试中', sent: '已发送', failed: '发送失败' };

const fileSize = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** When a deadline's clock started: the latest event of the kinds that start it. */
function startedAt(timeline: TimelineEntry[] | undefined, name: string): string | null {
  const kinds = DEADLINES[name]?.startedBy ?? [];
  const last = [...(timeline ?? [])].reverse().find((t) => kinds.includes(t.type));
  return last?.at ?? null;
}

function loadError(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.status === 404) return '没有这件信访件，或它不在您的办理范围内。';
    if (err.status === 403) return err.body.message ?? '您的角色不能查看信访件。';
    if (err.status === 0) return '网络连接失败，请稍后重试。';
    return err.body.message ?? '加载失败，请稍后重试。';
  }
  return '加载失败，请稍后重试。';
}

/**
 * 信访件详情: the facts, the petitioners masked until 显示 (intake logs the reveal), the
 * attachments, linked petitions, each deadline with what it is for and what started it, the
 * whole timeline (who, when, public or internal), what the citizen sees, the deliveries, and the
 * actions casework says this caller may take now — each a form with the API's verdicts.
 */
/** Who did it: the name and role as signed in; the role alone for records made before names were kept. */
function actorLine(e: { actorRole: string | null; actorName?: string | null }): string {
  if (!e.actorRole || e.actorRole === 'system') return '系统';
  const role = ROLE_NAMES[e.actorRole] ?? e.actorRole;
  return e.actorName ? `${e.actorName}（${role}）` : role;
}

export function PetitionDetailPage({ user }: { user: StaffUser }) {
  return <CasePageConfig>{CASE_ROLES.has(user.role) ? <PetitionDetailView user={user} /> : <NoCaseAccess />}</CasePageConfig>;
}

function PetitionDetailView({ user }: { user: StaffUser }) {
  const { petitionId = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const { message } = App.useApp();
  const names = useNames();
  const [petition, setPetition] = useState<PetitionDetail | null>(null);
  const [caseView, setCaseView] = useState<CaseView | null>(null);
  const [deliveries, setDeliveries] = useState<Delivery[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [caseError, setCaseError] = useState<string | null>(null);
  const [revealing, setRevealing] = useState(false);
  const [action, setAction] = useState<ActionName | null>(null);
  const [historyView, setHistoryView] = useState<'timeline' | 'public' | 'deliveries'>('timeline');

  const load = useCallback(
    async (reveal: boolean) => {
      const p = await petitionDetail(petitionId, reveal);
      setPetition(p);
      if (p.caseId) {
        caseDetail(p.caseId).then(
          (c) => {
            setCaseView(c);
            setCaseError(null);
          },
          (err) => setCaseError(loadError(err)),
        );
      } else {
        setCaseView(null);
      }
      if (DELIVERY_ROLES.has(user.role)) deliveriesOf(p.id).then((d) => setDeliveries(d.items), () => setDeliveries(null));
      return p;
    },
    [petitionId, user.role],
  );

  useEffect(() => {
    setPetition(null);
    setCaseView(null);
    setError(null);
    load(false).catch((err) => setError(loadError(err)));
  }, [load]);

  const reveal = async (show: boolean) => {
    setRevealing(true);
    try {
      await load(show);
    } catch (err) {
      message.error(loadError(err));
    } finally {
      setRevealing(false);
    }
  };

  const back = () => (location.state && (location.state as { from?: string }).from ? navigate(-1) : navigate('/petitions'));

  if (error) {
    return <Result status="warning" title="无法打开信访件" subTitle={error} extra={<Button onClick={() => navigate('/petitions')}>返回信访件查询</Button>} />;
  }
  if (!petition) return <Skeleton active paragraph={{ rows: 12 }} />;

  const actions = caseView ? offeredActions(caseView, user) : [];
  const primary: ActionName[] = actions.filter((a) => a !== 'note' && a !== 'mediate' && a !== 'record-hearing');
  const secondary = actions.filter((a) => !primary.includes(a));
  const mergedInto = caseView && caseView.petitionId !== petition.id ? caseView.petitionId : null;
  const deadlines: Record<string, string | undefined> = caseView?.deadlines ?? {};
  const deadlineNames = Object.keys(deadlines).filter((name) => deadlines[name]);

  const onDone = async (view: CaseView, label: string) => {
    setAction(null);
    setCaseView(view);
    message.success(`已${label}`);
    // intake learns of the step from casework's event a moment later: read the petition again soon
    window.setTimeout(() => load(petition.petitionersRevealed === true).catch(() => undefined), 1200);
  };

  return (
    <div className="case-detail">
      <Space className="case-detail-back" wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={back}>
          返回列表
        </Button>
      </Space>
      <Card className="case-detail-head">
        <Space orientation="vertical" size={4} style={{ width: '100%' }}>
          <Space wrap align="center">
            <Typography.Title level={2} className="case-detail-title">
              {petition.title}
            </Typography.Title>
            <StatusTag status={petition.status === 'refused' ? 'refused' : (caseView?.status ?? petition.caseStatus)} />
            <PetitionFlags flags={petition.flags} />
          </Space>
          <Typography.Text type="secondary">
            查询码 <Typography.Text copyable code>{petition.trackingCode}</Typography.Text> · {CHANNEL_LABELS[petition.channel] ?? petition.channel} · {chineseDateTime(petition.receivedAt)}收到 · {names.township(petition.townshipCode)}
            {petition.villageCode ? names.village(petition.villageCode) : ''}
          </Typography.Text>
          {caseView ? (
            <div className="case-actions" role="toolbar" aria-label="办理操作">
              <Space wrap>
                {primary.map((a, i) => (
                  <Button key={a} type={i === 0 ? 'primary' : 'default'} danger={ACTIONS[a].danger} onClick={() => setAction(a)}>
                    {actionLabel(a, caseView)}
                  </Button>
                ))}
                {secondary.map((a) => (
                  <Button key={a} onClick={() => setAction(a)}>
                    {actionLabel(a, caseView)}
                  </Button>
                ))}
              </Space>
            </div>
          ) : null}
        </Space>
        {caseView?.ownershipRequired && !caseView.ownerId && ['registered', 'transferred', 'assigned'].includes(caseView.status) ? (
          <Alert type="warning" showIcon style={{ marginTop: 12 }} title="集体访、越级访、重复访及信访老户的案件，须先由领导包案再受理。" />
        ) : null}
        {mergedInto ? (
          <Alert
            type="info"
            showIcon
            style={{ marginTop: 12 }}
            title={
              <span>
                本件已并入此前的信访件一并办理：<Link to={`/petitions/${mergedInto}`}>查看原信访件</Link>
              </span>
            }
          />
        ) : null}
        {caseError ? <Alert type="error" showIcon style={{ marginTop: 12 }} title={`办理信息暂时无法读取：${caseError}`} /> : null}
      </Card>

      <Row gutter={[16, 16]} className="case-detail-body">
        <Col xs={24} xl={16}>
          <Card title="信访事项" className="case-card">
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 2 }}
              items={[
                { key: 'channel', label: '渠道', children: CHANNEL_LABELS[petition.channel] ?? petition.channel },
                { key: 'received', label: '收到时间', children: chineseDateTime(petition.receivedAt) },
                { key: 'place', label: '乡镇、村（社区）', children: `${names.township(petition.townshipCode)}${petition.villageCode ? ` ${names.village(petition.villageCode)}` : ''}` },
                { key: 'category', label: '事项类别', children: names.category(petition.category) },
                { key: 'level', label: '登记层级', children: petition.registeredAtLevel === 'county' ? '县级' : '乡镇' },
                { key: 'headcount', label: '人数', children: `${petition.headcount} 人` },
                ...(petition.letterDate ? [{ key: 'letter', label: '来信日期', children: chineseDate(petition.letterDate) }] : []),
                ...(petition.callerNumber ? [{ key: 'caller', label: '来电号码', children: petition.callerNumber }] : []),
                { key: 'unit', label: '承办单位', children: caseView?.handlingUnit?.name ?? (petition.handlingUnitCode ? names.unit(petition.handlingUnitCode) : '未转送') },
                ...(caseView?.ownerId ? [{ key: 'owner', label: '包案领导', children: caseView.ownerName ?? caseView.ownerId }] : []),
                ...(petition.accusedUnitCode ? [{ key: 'accused', label: '被检举控告单位', children: names.unit(petition.accusedUnitCode) }] : []),
                ...(petition.refusalReason ? [{ key: 'refusal', label: '不再受理理由', children: petition.refusalReason }] : []),
                ...(caseView?.reply ? [{ key: 'reply', label: '答复', children: `${REPLY_OUTCOMES[caseView.reply.outcome] ?? caseView.reply.outcome}，${chineseDate(caseView.reply.repliedAt)}${caseView.reply.onTime === false ? '（超期答复）' : ''}` }] : []),
                ...(petition.evaluation
                  ? [{ key: 'eval', label: '信访人评价', children: `${RATING_LABELS[petition.evaluation.rating] ?? petition.evaluation.rating}${petition.evaluation.comment ? `：${petition.evaluation.comment}` : ''}` }]
                  : []),
              ]}
            />
            <Typography.Title level={3} className="case-subtitle">
              信访内容
            </Typography.Title>
            <Typography.Paragraph className="case-content">{petition.content}</Typography.Paragraph>
          </Card>

          <Card
            title="信访人"
            className="case-card"
            extra={
              petition.petitionersRevealed ? (
                <Button icon={<EyeInvisibleOutlined />} loading={revealing} onClick={() => reveal(false)}>
                  隐藏
                </Button>
              ) : (
                <Tooltip title="显示完整的姓名、身份证号、手机号和住址；每次显示都记入个人信息访问日志">
                  <Button icon={<EyeOutlined />} loading={revealing} onClick={() => reveal(true)}>
                    显示
                  </Button>
                </Tooltip>
              )
            }
          >
            {petition.petitionersRevealed ? <Alert type="info" showIcon style={{ marginBottom: 12 }} title="已显示完整信息，本次查看已记入个人信息访问日志。" /> : null}
            <Table
              size="small"
              rowKey="petitionerRef"
              pagination={false}
              dataSource={petition.petitioners}
              aria-label="信访人"
              columns={[
                { title: '姓名', dataIndex: 'name', render: (v: string, r) => (r.isRepresentative ? <Space>{v}<Tag className="tone-gold">代表</Tag></Space> : v) },
                { title: '身份证号', dataIndex: 'idNumber', render: (v: string | null) => v ?? '—' },
                { title: '手机号', dataIndex: 'phone', render: (v: string | null) => v ?? '—' },
                { title: '住址', dataIndex: 'address', render: (v: string | null) => v ?? '—' },
              ]}
            />
          </Card>

          <Card title="附件与关联信访件" className="case-card">
            {petition.attachments.length ? (
              <ul className="case-attachments" aria-label="附件">
                {petition.attachments.map((a) => (
                  <li key={a.id}>
                    <PaperClipOutlined /> <a href={attachmentUrl(petition.id, a.id)} download={a.fileName}>{a.fileName}</a>{' '}
                    <Typography.Text type="secondary">
                      {fileSize(a.sizeBytes)} · {chineseDateTime(a.uploadedAt)}上传
                    </Typography.Text>
                  </li>
                ))}
              </ul>
            ) : (
              <Typography.Paragraph type="secondary">没有附件。</Typography.Paragraph>
            )}
            <LinkedPetitions petition={petition} caseView={caseView} />
          </Card>
        </Col>

        <Col xs={24} xl={8}>
          <Card title="办理期限" className="case-card">
            {!caseView ? (
              <Typography.Paragraph type="secondary">{petition.caseId ? '正在读取…' : '尚未立案。'}</Typography.Paragraph>
            ) : deadlineNames.length ? (
              <ul className="case-deadlines" aria-label="办理期限">
                {deadlineNames.map((name) => {
                  const def = DEADLINES[name];
                  const start = startedAt(caseView.timeline, name);
                  return (
                    <li key={name} data-deadline={name}>
                      <div className="case-deadline-head">
                        <strong>{def?.label ?? name}</strong>
                        <DeadlineBadge dueAt={deadlines[name]} overdue={caseView.overdue.some((clock) => CLOCK_DEADLINES[clock] === name)} />
                      </div>
                      <Typography.Text type="secondary" className="case-deadline-rule">
                        {def?.rule}
                        {start ? `；自${chineseDate(start)}起算` : ''}
                        {name === 'replyBy' && caseView.extension ? `；已延期 ${caseView.extension.days} 日（${caseView.extension.reason}）` : ''}
                      </Typography.Text>
                    </li>
                  );
                })}
              </ul>
            ) : (
              <Typography.Paragraph type="secondary">{caseView.closedAt ? `已于${chineseDate(caseView.closedAt)}办结，没有正在计算的期限。` : '没有正在计算的期限。'}</Typography.Paragraph>
            )}
          </Card>
          <Card className="case-card case-history">
            <Segmented
              block
              aria-label="办理记录"
              value={historyView}
              onChange={(v) => setHistoryView(v as typeof historyView)}
              options={[
                { value: 'timeline', label: '办理过程' },
                { value: 'public', label: '公开进度' },
                ...(DELIVERY_ROLES.has(user.role) ? [{ value: 'deliveries', label: '发送记录' }] : []),
              ]}
              style={{ marginBottom: 16 }}
            />
            {historyView === 'timeline' ? <CaseTimeline entries={caseView?.timeline} /> : null}
            {historyView === 'public' ? (
              petition.timeline.length ? (
                <>
                  <Typography.Paragraph type="secondary">信访人凭查询码看到的办理进度：</Typography.Paragraph>
                  <Timeline items={petition.timeline.map((s, i) => ({ key: i, content: <TimelineItem at={s.at} text={s.description} /> }))} />
                </>
              ) : (
                <Empty description="还没有公开的办理进度" />
              )
            ) : null}
            {historyView === 'deliveries' ? <Deliveries items={deliveries} /> : null}
          </Card>
        </Col>
      </Row>


      {caseView ? (
        <ActionModal
          action={action}
          caseView={caseView}
          directory={names.directory}
          accusedUnitCode={petition.accusedUnitCode}
          onClose={() => setAction(null)}
          onDone={onDone}
        />
      ) : null}
    </div>
  );
}

/** What was sent about the petition, to whom (masked), through which channel, and how it went. */
function Deliveries({ items }: { items: Delivery[] | null }) {
  if (!items) return <Skeleton active paragraph={{ rows: 2 }} />;
  if (!items.length) return <Empty description="没有发送记录" />;
  return (
    <ul className="case-deliveries" aria-label="发送记录">
      {items.map((d) => (
        <li key={d.id}>
          <div>
            <strong>{DELIVERY_CHANNELS[d.channel] ?? d.channel}</strong> 发给 {d.recipient}
            <Tag className={d.status === 'sent' ? 'tone-green' : d.status === 'failed' ? 'tone-red' : 'tone-grey'} style={{ marginInlineStart: 8 }}>
              {DELIVERY_STATUS[d.status] ?? d.status}
            </Tag>
          </div>
          <Typography.Text type="secondary" className="timeline-time">
            {chineseDateTime(d.sentAt ?? d.createdAt)} · {d.templateKey}
          </Typography.Text>
        </li>
      ))}
    </ul>
  );
}

function TimelineItem({ at, text, extra }: { at: string; text: string; extra?: ReactNode }) {
  return (
    <div className="timeline-entry">
      <Typography.Text type="secondary" className="timeline-time">
        {chineseDateTime(at)}
      </Typography.Text>
      <div className="timeline-text">{text}</div>
      {extra}
    </div>
  );
}

/** The whole history: who (role and account), when, what, and whether the citizen sees it. */
function CaseTimeline({ entries }: { entries: TimelineEntry[] | undefined }) {
  if (!entries) return <Skeleton active />;
  if (!entries.length) return <Empty description="还没有办理记录" />;
  return (
    <Timeline
      className="case-timeline"
      items={[...entries].reverse().map((e, i) => ({
        key: i,
        color: e.type === 'overdue' || e.type === 'escalated' ? 'red' : e.public ? 'blue' : 'gray',
        content: (
          <TimelineItem
            at={e.at}
            text={e.summary}
            extra={
              <Space size={4} className="timeline-meta">
                {e.public ? <Tag className="tone-blue">公开</Tag> : <Tag className="tone-grey">内部</Tag>}
                <Typography.Text type="secondary">{actorLine(e)}</Typography.Text>
              </Space>
            }
          />
        ),
      }))}
    />
  );
}

function LinkedPetitions({ petition, caseView }: { petition: PetitionDetail; caseView: CaseView | null }) {
  const linked = [
    ...(petition.linkedPetitionId ? [{ id: petition.linkedPetitionId, why: '此前的同一事项' }] : []),
    ...(caseView?.linkedPetitionIds ?? []).filter((id) => id !== petition.id).map((id) => ({ id, why: '并入本案的重复件或越级件' })),
    ...(caseView && caseView.petitionId !== petition.id && caseView.petitionId !== petition.linkedPetitionId ? [{ id: caseView.petitionId, why: '本案的原信访件' }] : []),
  ];
  if (!linked.length) return <Typography.Paragraph type="secondary">没有关联的信访件。</Typography.Paragraph>;
  return (
    <ul className="case-linked" aria-label="关联信访件">
      {linked.map((l) => (
        <li key={`${l.id}-${l.why}`}>
          <Link to={`/petitions/${l.id}`}>信访件 {l.id.slice(0, 8)}</Link> <Typography.Text type="secondary">{l.why}</Typography.Text>
        </li>
      ))}
    </ul>
  );
}
