import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Form, Modal, Segmented, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../../shared/api';
import type { StaffUser } from '../../auth/session';
import { useNames } from '../cases/names';
import { CasePageConfig } from '../cases/NoCaseAccess';
import { beijingToday, dayErrors, dayPhrase, leaderChoices, loadLeaderAccounts, loadLeaders, loadRoster, restLabel, saveRoster, weeksOf, withDay, type LeaderChoice, type Roster, type RosterDay } from './roster';
import './roster.css';

const WEEK_HEAD = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const monthName = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
const shiftMonth = (month: string, by: number) => dayjs(`${month}-01`).add(by, 'month').format('YYYY-MM');
const apiMessage = (err: unknown, fallback: string) => (err instanceof ApiError && err.body.message ? err.body.message : fallback);

/**
 * 领导接访: who receives visitors on each working day of a month, for a township (the county sees
 * every township side by side, or one at a time); rest days and holidays from the county's
 * working-day calendar shown as such, today marked. The county petition bureau edits it — picks
 * a leader for a day — and everyone else reads it; a refusal shows at its field.
 */
export default function DutyRosterPage({ user }: { user: StaffUser }) {
  return (
    <CasePageConfig>
      <RosterPage user={user} />
    </CasePageConfig>
  );
}

function RosterPage({ user }: { user: StaffUser }) {
  const names = useNames();
  const [params, setParams] = useSearchParams();
  const today = beijingToday();
  const month = MONTH.test(params.get('month') ?? '') ? params.get('month')! : today.slice(0, 7);
  const fixed = user.townshipCode ?? null;
  const township = fixed ?? (/^\d{12}$/.test(params.get('townshipCode') ?? '') ? params.get('townshipCode')! : null);
  const canEdit = user.role === 'county-admin';
  const go = (next: { month?: string; townshipCode?: string | null }) => {
    const p = new URLSearchParams(params);
    const m = next.month ?? month;
    const t = next.townshipCode === undefined ? township : next.townshipCode;
    if (m === today.slice(0, 7)) p.delete('month');
    else p.set('month', m);
    if (t && !fixed) p.set('townshipCode', t);
    else p.delete('townshipCode');
    setParams(p);
  };

  return (
    <div className="roster-page">
      <Typography.Title level={2} className="page-title">
        领导接访
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        每个工作日由一位领导接待来访群众；节假日和周末不安排接访。{canEdit ? '点击某一天的“安排”选择接访领导。' : '排班由县信访局编排。'}
      </Typography.Paragraph>
      <Card className="roster-controls">
        <Space wrap size={[16, 12]}>
          {fixed ? (
            <span>
              乡镇：<strong>{names.township(fixed)}</strong>
            </span>
          ) : (
            <Space>
              <label htmlFor="roster-township">乡镇</label>
              <Select
                id="roster-township"
                style={{ width: 180 }}
                value={township ?? ''}
                options={[{ value: '', label: '全县各乡镇' }, ...(names.directory?.townships ?? []).map((t) => ({ value: t.code, label: t.name }))]}
                onChange={(v: string) => go({ townshipCode: v || null })}
              />
            </Space>
          )}
          <Space>
            <Button icon={<LeftOutlined />} onClick={() => go({ month: shiftMonth(month, -1) })} aria-label="上个月">
              上月
            </Button>
            <DatePicker
              picker="month"
              allowClear={false}
              aria-label="月份"
              value={dayjs(`${month}-01`)}
              format="YYYY年M月"
              onChange={(d: Dayjs | null) => d && go({ month: d.format('YYYY-MM') })}
            />
            <Button onClick={() => go({ month: shiftMonth(month, 1) })} aria-label="下个月">
              下月 <RightOutlined />
            </Button>
            {month !== today.slice(0, 7) ? <Button onClick={() => go({ month: today.slice(0, 7) })}>本月</Button> : null}
          </Space>
        </Space>
      </Card>
      {township ? <TownshipMonth key={`${township}-${month}`} townshipCode={township} month={month} today={today} canEdit={canEdit} /> : <CountyMonth month={month} today={today} onPick={(t) => go({ townshipCode: t })} />}
    </div>
  );
}

/** One township's month as a calendar, Monday first; the county admin sets a day's leader from it. */
function TownshipMonth({ townshipCode, month, today, canEdit }: { townshipCode: string; month: string; today: string; canEdit: boolean }) {
  const names = useNames();
  const [roster, setRoster] = useState<Roster | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [view, setView] = useState<'calendar' | 'list'>('calendar');

  const load = useCallback(
    (signal?: AbortSignal) => {
      setError(null);
      loadRoster(townshipCode, month, signal).then(setRoster, (err) => !signal?.aborted && setError(`排班暂时无法读取：${apiMessage(err, '请稍后刷新')}`));
    },
    [townshipCode, month],
  );
  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal);
    return () => controller.abort();
  }, [load]);

  const byDate = useMemo(() => new Map((roster?.days ?? []).map((d) => [d.date, d])), [roster]);
  const title = `${names.township(townshipCode)} ${monthName(month)}接访安排`;
  if (error) return <Alert type="error" showIcon role="alert" title={error} action={<Button size="small" onClick={() => load()}>重试</Button>} />;
  if (!roster) return <Card><Skeleton active /></Card>;
  const unassigned = roster.unassignedWorkingDays.length;

  const cell = (day: RosterDay | null, i: number) => {
    if (!day) return <td key={`x${i}`} className="roster-cell roster-outside" aria-hidden="true" />;
    const duty = byDate.get(day.date);
    const rest = restLabel(day);
    const isToday = day.date === today;
    return (
      <td key={day.date} className={`roster-cell${day.working ? '' : ' roster-rest'}${isToday ? ' roster-today' : ''}`} aria-current={isToday ? 'date' : undefined} data-date={day.date}>
        <div className="roster-daynum">
          <span>{Number(day.date.slice(8))}</span>
          {isToday ? <Tag className="tone-blue roster-today-tag">今天</Tag> : null}
        </div>
        {rest ? <div className={day.working ? 'roster-adjusted' : 'roster-rest-label'}>{rest}</div> : null}
        {day.working ? (
          duty ? (
            <div className="roster-leader" data-testid={`duty-${day.date}`}>
              {duty.leaderName}
            </div>
          ) : (
            <div className="roster-unassigned">未排班</div>
          )
        ) : null}
        {canEdit && day.working ? (
          <Button size="small" type="link" className="roster-edit" onClick={() => setEditing(day.date)} aria-label={`安排 ${dayPhrase(day.date)} 的接访领导`}>
            {duty ? '更换' : '安排'}
          </Button>
        ) : null}
      </td>
    );
  };

  return (
    <Card
      className="roster-month"
      title={<span>{title}</span>}
      extra={
        <Space>
          {unassigned ? <Tag className="tone-amber">{unassigned} 个工作日未排班</Tag> : <Tag className="tone-green">工作日均已排班</Tag>}
          <Segmented size="small" aria-label="显示方式" value={view} onChange={(v) => setView(v as 'calendar' | 'list')} options={[{ value: 'calendar', label: '日历' }, { value: 'list', label: '列表' }]} />
        </Space>
      }
    >
      {view === 'calendar' ? (
        <table className="roster-calendar">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              {WEEK_HEAD.map((w) => (
                <th key={w} scope="col">
                  {w}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeksOf(roster.calendar).map((week, w) => (
              <tr key={w}>{week.map(cell)}</tr>
            ))}
          </tbody>
        </table>
      ) : (
        <Table
          size="small"
          rowKey="date"
          pagination={false}
          aria-label={title}
          dataSource={roster.calendar}
          rowClassName={(d) => (d.date === today ? 'roster-today' : d.working ? '' : 'roster-rest')}
          columns={[
            { title: '日期', dataIndex: 'date', width: 180, render: (d: string) => (d === today ? `${dayPhrase(d)} 今天` : dayPhrase(d)) },
            { title: '接访领导', key: 'leader', render: (_: unknown, d: RosterDay) => (d.working ? (byDate.get(d.date)?.leaderName ?? <Typography.Text type="warning">未排班</Typography.Text>) : <Typography.Text type="secondary">{restLabel(d)}</Typography.Text>) },
            ...(canEdit
              ? [{ title: '操作', key: 'edit', width: 100, render: (_: unknown, d: RosterDay) => (d.working ? <Button size="small" type="link" onClick={() => setEditing(d.date)} aria-label={`安排 ${dayPhrase(d.date)} 的接访领导`}>{byDate.has(d.date) ? '更换' : '安排'}</Button> : null) }]
              : []),
          ]}
        />
      )}
      {canEdit && editing ? <EditDay townshipCode={townshipCode} date={editing} current={byDate.get(editing) ?? null} roster={roster} onClose={() => setEditing(null)} onSaved={(r) => (r.month === month ? setRoster(r) : load())} /> : null}
    </Card>
  );
}

interface EditValues {
  date: Dayjs;
  leaderId?: string;
}

/** The form that sets (or clears) one day's leader; the API's refusals stay at its fields with what was chosen. */
function EditDay({ townshipCode, date, current, roster, onClose, onSaved }: { townshipCode: string; date: string; current: { leaderId: string; leaderName: string } | null; roster: Roster; onClose: () => void; onSaved: (r: Roster) => void }) {
  const names = useNames();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditValues>();
  const [leaders, setLeaders] = useState<LeaderChoice[] | null>(null);
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<{ date: string[]; leader: string[]; other: string[] }>({ date: [], leader: [], other: [] });
  useEffect(() => {
    // the roster's leaders and the township's leader accounts (the county admin may list accounts)
    Promise.all([loadLeaders(townshipCode).catch(() => []), loadLeaderAccounts().catch(() => [])]).then(([onRoster, accounts]) => setLeaders(leaderChoices(townshipCode, onRoster, accounts)));
  }, [townshipCode]);

  const submit = async (clear = false) => {
    const values = clear ? { ...form.getFieldsValue(), leaderId: undefined } : await form.validateFields().catch(() => null);
    if (!values) return;
    const day = values.date.format('YYYY-MM-DD');
    const month = day.slice(0, 7);
    const leader = values.leaderId ? leaders?.find((l) => l.leaderId === values.leaderId) : undefined;
    setSaving(true);
    setErrors({ date: [], leader: [], other: [] });
    try {
      // the API replaces a whole month: start from that month's roster as it stands
      const base = month === roster.month ? roster.days : (await loadRoster(townshipCode, month)).days;
      const { days, index } = withDay(base, day, leader ? { leaderId: leader.leaderId, leaderName: leader.leaderName } : null);
      try {
        const saved = await saveRoster(townshipCode, month, days);
        message.success(leader ? `已安排 ${dayPhrase(day)} 由${leader.leaderName}接访` : `已取消 ${dayPhrase(day)} 的接访安排`);
        onSaved(saved);
        onClose();
      } catch (err) {
        if (err instanceof ApiError && err.fieldErrors.length) setErrors(dayErrors(err.fieldErrors, index));
        else setErrors({ date: [], leader: [], other: [apiMessage(err, '保存失败，请稍后再试。')] });
      }
    } catch (err) {
      setErrors({ date: [], leader: [], other: [`该月排班暂时无法读取：${apiMessage(err, '请稍后再试')}`] });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={`安排接访领导 · ${names.township(townshipCode)}`}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        current ? (
          <Button key="clear" danger onClick={() => submit(true)} disabled={saving}>
            取消该日安排
          </Button>
        ) : null,
        <Button key="cancel" onClick={onClose}>
          关闭
        </Button>,
        <Button key="ok" type="primary" loading={saving} onClick={() => submit()}>
          保存
        </Button>,
      ]}
    >
      {errors.other.length ? <Alert type="error" showIcon role="alert" title={errors.other.join('；')} style={{ marginBottom: 16 }} /> : null}
      <Form<EditValues> form={form} layout="vertical" initialValues={{ date: dayjs(date), leaderId: current?.leaderId }} onFinish={() => submit()} aria-label="接访安排">
        <Form.Item name="date" label="日期" rules={[{ required: true, message: '请选择日期' }]} validateStatus={errors.date.length ? 'error' : undefined} help={errors.date.length ? errors.date.join('；') : undefined}>
          <DatePicker allowClear={false} format="YYYY-MM-DD" style={{ width: '100%' }} onChange={() => setErrors((e) => ({ ...e, date: [] }))} />
        </Form.Item>
        <Form.Item name="leaderId" label="接访领导" rules={[{ required: true, message: '请选择接访领导' }]} validateStatus={errors.leader.length ? 'error' : undefined} help={errors.leader.length ? errors.leader.join('；') : undefined} extra="本乡镇排班表中的领导">
          <Select
            loading={!leaders}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="选择领导"
            options={(leaders ?? []).map((l) => ({ value: l.leaderId, label: l.leaderName }))}
            notFoundContent={leaders ? '本乡镇还没有领导账号，请先在账号管理中创建' : '正在读取…'}
          />
        </Form.Item>
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </Modal>
  );
}

/** Every township's leader for each working day of the month, side by side (the county's view). */
function CountyMonth({ month, today, onPick }: { month: string; today: string; onPick: (townshipCode: string) => void }) {
  const names = useNames();
  const townships = names.directory?.townships ?? [];
  const [rosters, setRosters] = useState<Record<string, Roster> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = townships.map((t) => t.code).join(',');
  useEffect(() => {
    if (!townships.length) return;
    const controller = new AbortController();
    setRosters(null);
    setError(null);
    Promise.all(townships.map((t) => loadRoster(t.code, month, controller.signal)))
      .then((all) => setRosters(Object.fromEntries(all.map((r) => [r.townshipCode, r]))))
      .catch((err) => !controller.signal.aborted && setError(`排班暂时无法读取：${apiMessage(err, '请稍后刷新')}`));
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, month]);

  if (error) return <Alert type="error" showIcon role="alert" title={error} />;
  if (!rosters) return <Card><Skeleton active /></Card>;
  const calendar = Object.values(rosters)[0]?.calendar ?? [];
  const working = calendar.filter((d) => d.working);
  const rests = calendar.length - working.length;
  const leaderOf = (t: string, date: string) => rosters[t]?.days.find((d) => d.date === date)?.leaderName;
  return (
    <Card className="roster-month" title={`全县 ${monthName(month)}各乡镇接访安排`} extra={<Typography.Text type="secondary">共 {working.length} 个工作日，{rests} 天节假日和周末不安排</Typography.Text>}>
      <nav className="roster-townships" aria-label="按乡镇查看">
        <Typography.Text type="secondary">按乡镇查看日历：</Typography.Text>
        {townships.map((t) => (
          <Button key={t.code} type="link" size="small" className="roster-township-link" onClick={() => onPick(t.code)}>
            {t.name}
          </Button>
        ))}
      </nav>
      <Table
        size="small"
        rowKey="date"
        pagination={false}
        aria-label={`全县 ${monthName(month)}各乡镇接访安排`}
        dataSource={working}
        rowClassName={(d) => (d.date === today ? 'roster-today' : '')}
        columns={[
          { title: '日期', dataIndex: 'date', key: 'date', width: 150, render: (d: string, r: RosterDay) => <span>{dayPhrase(d)}{d === today ? <Tag className="tone-blue roster-today-tag">今天</Tag> : null}{r.kind === 'adjusted' ? <div className="roster-adjusted">{r.name ?? '调休上班'}</div> : null}</span> },
          // plain titles: antd measures the header in an aria-hidden row, where a button would be a hidden focus
          ...townships.map((t) => ({
            title: t.name,
            key: t.code,
            render: (_: unknown, d: RosterDay) => leaderOf(t.code, d.date) ?? <Typography.Text type="warning">未排班</Typography.Text>,
          })),
        ]}
      />
    </Card>
  );
}
