import { DeleteOutlined, PaperClipOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Col, DatePicker, Form, Input, InputNumber, Result, Row, Select, Space, Tabs, Typography, Upload, type UploadFile } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../../shared/api';
import { loadCategories, type Category } from '../../../shared/directory';
import { MAX_REPRESENTATIVES } from '../../../shared/regulation';
import type { StaffUser } from '../../auth/session';
import { useDirectory } from '../../shared-hooks';
import { scopeName } from '../../shell/scope';
import {
  ACCEPT,
  CHANNELS,
  checkRegistration,
  errorsByPath,
  fileProblem,
  isCollective,
  localProblems,
  register,
  toRegistrationBody,
  uploadAttachment,
  type Channel,
  type PersonDraft,
  type RegistrationCheck,
} from './register-form';
import { RegistrationReceipt, type Registered } from './RegistrationReceipt';
import { RepeatCandidates } from './RepeatCandidates';
import './register.css';

// the date pickers' month and weekday names in Chinese
dayjs.locale('zh-cn');

/** The roles intake lets register (POST /api/petitions). */
const REGISTRARS = ['county-admin', 'township-officer', 'leader'];

interface Values {
  receivedAt?: Dayjs | null;
  townshipCode?: string;
  villageCode?: string;
  category?: string;
  title?: string;
  content?: string;
  headcount?: number | null;
  letterDate?: Dayjs | null;
  callerNumber?: string;
  petitioners?: PersonDraft[];
  representatives?: number[];
  isAccusation?: boolean;
  accusedUnit?: string;
}

/** The sentence for a failed request; the form keeps what was typed. */
function failure(err: unknown, doing: string): string {
  if (err instanceof ApiError) {
    if (err.status === 0) return `${doing}未完成：${err.body.message ?? '网络连接失败'}。已填写的内容仍保留，请稍后再试。`;
    if (err.status === 401) return '登录已失效，请重新登录后再试。已填写的内容仍保留。';
    if (err.body.message) return `${doing}未完成：${err.body.message}`;
  }
  return `${doing}未完成，请稍后再试。已填写的内容仍保留。`;
}

/**
 * 信访登记: one form per channel (来访 / 来信 / 来电 / 网上信访) with that channel's own fields,
 * the petitioners (and a collective petition's representatives), an accusation's accused unit and
 * attachments. Every rule is intake's: the form asks POST /api/petitions/check and shows each
 * error at its field, and before registering shows what registering will do and the earlier
 * petitions of the same person that may be the same matter. Then the tracking code and the
 * printable 登记回执.
 */
export default function RegisterPage({ user }: { user: StaffUser }) {
  const { message } = App.useApp();
  const directory = useDirectory();
  const [form] = Form.useForm<Values>();
  const [channel, setChannel] = useState<Channel>('visit');
  const [categories, setCategories] = useState<Category[] | null>(null);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [busy, setBusy] = useState<'check' | 'register' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [summary, setSummary] = useState<string | null>(null);
  /** The check of exactly this body, when it found something the officer should confirm. */
  const [checked, setChecked] = useState<{ body: string; result: RegistrationCheck; confirm: boolean } | null>(null);
  const [registered, setRegistered] = useState<Registered | null>(null);
  const checkRef = useRef<HTMLDivElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const live = useRef<{ timer?: ReturnType<typeof setTimeout>; seq: number; busy: boolean }>({ seq: 0, busy: false });
  live.current.busy = busy !== null;

  const fixedTownship = user.townshipCode ?? null;
  const township = Form.useWatch('townshipCode', form);
  const people = Form.useWatch('petitioners', form) ?? [];
  const headcount = Form.useWatch('headcount', form);
  const accusation = Form.useWatch('isAccusation', form);
  const collective = isCollective(channel, { headcount, petitioners: people });

  useEffect(() => {
    loadCategories().then(setCategories, () => setCategories([]));
  }, []);

  const villages = useMemo(() => directory?.townships.find((t) => t.code === township)?.villages ?? [], [directory, township]);
  const initialValues: Values = useMemo(() => ({ receivedAt: dayjs(), townshipCode: fixedTownship ?? undefined, headcount: 1, petitioners: [{}] }), [fixedTownship]);

  if (!REGISTRARS.includes(user.role)) {
    return <Result status="403" title="没有登记权限" subTitle="信访登记由县信访局和乡镇信访工作人员办理。" />;
  }

  const bodyNow = () => {
    const v = form.getFieldsValue(true) as Values;
    return toRegistrationBody(channel, {
      ...v,
      receivedAt: v.receivedAt ? v.receivedAt.toISOString() : undefined,
      letterDate: v.letterDate ? v.letterDate.format('YYYY-MM-DD') : undefined,
    });
  };

  /** The API's field errors at their fields (and any others above the buttons); focus the first. */
  const showErrors = (errors: { field: string; message: string }[]) => {
    const { fields, other } = errorsByPath(errors);
    form.setFields(fields.map((f) => ({ name: f.name as never, errors: f.errors })));
    setSummary(`请修改标出的 ${fields.length + other.length} 处后再登记。${other.length ? other.join('；') : ''}`);
    if (fields[0]) form.scrollToField(fields[0].name as never, { behavior: 'smooth', block: 'center', focus: true });
    else errorRef.current?.scrollIntoView({ block: 'center' });
  };

  /**
   * Inline validation: when a field is left, intake's check of the whole form, its verdict shown
   * at the fields already visited (an untouched field is not yet called empty).
   */
  const liveCheck = () => {
    clearTimeout(live.current.timer);
    live.current.timer = setTimeout(async () => {
      if (live.current.busy) return;
      const seq = ++live.current.seq;
      let errors: { field: string; message: string }[] = [];
      try {
        await checkRegistration(bodyNow());
      } catch (err) {
        if (!(err instanceof ApiError && err.status === 400)) return;
        errors = err.fieldErrors;
      }
      if (seq !== live.current.seq || live.current.busy) return;
      const verdict = new Map(errorsByPath(errors).fields.map((f) => [f.name.join('.'), f.errors]));
      const touched = form.getFieldsError().filter((f) => form.isFieldTouched(f.name as never));
      form.setFields(touched.map((f) => ({ name: f.name as never, errors: verdict.get(f.name.join('.')) ?? [] })));
    }, 300);
  };

  const clearMessages = () => {
    setError(null);
    setSummary(null);
  };

  const runCheck = async (): Promise<{ body: Record<string, unknown>; result: RegistrationCheck } | null> => {
    const body = bodyNow();
    const local = localProblems(channel, form.getFieldsValue(true) as never);
    if (local.length) {
      showErrors(local);
      return null;
    }
    try {
      return { body, result: await checkRegistration(body) };
    } catch (err) {
      if (err instanceof ApiError && err.status === 400 && err.fieldErrors.length) showErrors(err.fieldErrors);
      else setError(failure(err, '校验'));
      return null;
    }
  };

  const doRegister = async (body: Record<string, unknown>) => {
    setBusy('register');
    clearMessages();
    try {
      const outcome = await register(body);
      const uploads: Registered['uploads'] = [];
      for (const f of files) {
        try {
          await uploadAttachment(outcome.id, f.originFileObj as File);
          uploads.push({ name: f.name, ok: true });
        } catch (err) {
          uploads.push({ name: f.name, ok: false, message: err instanceof ApiError && err.body.message ? err.body.message : '上传失败' });
        }
      }
      const petitioners = (body.petitioners as { name: string }[]).map((p) => p.name.trim());
      setRegistered({ outcome, channel, title: String(body.title).trim(), receivedAt: (body.receivedAt as string | undefined) ?? new Date().toISOString(), names: petitioners, uploads });
      setChecked(null);
      window.scrollTo({ top: 0 });
    } catch (err) {
      if (err instanceof ApiError && err.status === 400 && err.fieldErrors.length) showErrors(err.fieldErrors);
      else setError(failure(err, '登记'));
    } finally {
      setBusy(null);
    }
  };

  /** 登记 (and Enter): check first; what the officer should see first is shown for confirmation. */
  const submit = async () => {
    if (busy) return;
    setBusy('check');
    clearMessages();
    const done = await runCheck();
    setBusy(null);
    if (!done) return;
    const { body, result } = done;
    const key = JSON.stringify(body);
    const confirmed = checked?.body === key && checked.confirm;
    const worthALook = result.repeatCandidates.length > 0 || result.flags.repeat || result.flags.skipLevel || result.status === 'refused' || result.longStandingPetitioner;
    if (worthALook && !confirmed) {
      setChecked({ body: key, result, confirm: true });
      requestAnimationFrame(() => checkRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' }));
      return;
    }
    await doRegister(body);
  };

  /** 检查: the check alone, its finding shown. */
  const checkOnly = async () => {
    setBusy('check');
    clearMessages();
    const done = await runCheck();
    setBusy(null);
    if (!done) return;
    setChecked({ body: JSON.stringify(done.body), result: done.result, confirm: false });
    requestAnimationFrame(() => checkRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' }));
  };

  const startOver = () => {
    setRegistered(null);
    setFiles([]);
    setChecked(null);
    clearMessages();
    form.resetFields();
  };

  if (registered) {
    return <RegistrationReceipt registered={registered} countyName={directory?.countyName ?? ''} registrar={user.displayName} onNext={startOver} />;
  }

  const channelMeta = CHANNELS.find((c) => c.key === channel)!;
  // with the channel's own field, four fields to the first row; without (网上信访), three
  const wide = channel === 'online' ? 8 : 6;
  const checkedNow = checked;

  return (
    <div className="register-page">
      <div className="register-head">
        <Typography.Title level={2} className="register-title">
          信访登记
        </Typography.Title>
        <Typography.Text type="secondary">登记单位：{scopeName(user, directory)}。每件信访事项均须登记（《信访工作条例》第二十一条）。</Typography.Text>
      </div>
      <Card className="register-card">
        <Tabs
          activeKey={channel}
          onChange={(key) => {
            setChannel(key as Channel);
            setChecked(null);
          }}
          aria-label="渠道"
          items={CHANNELS.map((c) => ({ key: c.key, label: c.label }))}
        />
        <Typography.Paragraph type="secondary" className="register-hint">
          {channelMeta.hint}
        </Typography.Paragraph>
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={initialValues}
          onFinish={submit}
          onBlur={liveCheck}
          onValuesChange={() => {
            setSummary(null);
            setChecked(null);
          }}
          disabled={busy === 'register'}
          scrollToFirstError
          className="register-form"
        >
          <Typography.Title level={3} className="register-section-title">
            信访事项
          </Typography.Title>
          <Row gutter={16}>
            <Col xs={24} md={wide}>
              <Form.Item label="收到时间" name="receivedAt" required>
                <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabledDate={(d) => d.isAfter(dayjs(), 'day')} style={{ width: '100%' }} allowClear={false} />
              </Form.Item>
            </Col>
            {channel === 'visit' ? (
              <Col xs={24} md={6}>
                <Form.Item label="来访人数" name="headcount" extra="5 人及以上为集体访。">
                  <InputNumber min={1} max={10000} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            ) : null}
            {channel === 'letter' ? (
              <Col xs={24} md={6}>
                <Form.Item label="来信日期" name="letterDate" extra="信件落款日期；未署日期的可不填。">
                  <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            ) : null}
            {channel === 'phone' ? (
              <Col xs={24} md={6}>
                <Form.Item label="来电号码" name="callerNumber" extra="手机或带区号的固定电话。">
                  <Input inputMode="tel" autoComplete="off" />
                </Form.Item>
              </Col>
            ) : null}
            <Col xs={24} md={wide}>
              <Form.Item label="乡镇" name="townshipCode" required>
                <Select
                  placeholder="请选择乡镇（街道）"
                  disabled={!!fixedTownship}
                  options={directory?.townships.map((t) => ({ value: t.code, label: t.name })) ?? []}
                  onChange={() => form.setFieldValue('villageCode', undefined)}
                  showSearch={{ optionFilterProp: 'label' }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={wide}>
              <Form.Item label="村（社区）" name="villageCode">
                <Select placeholder="请选择村（社区）" allowClear options={villages.map((v) => ({ value: v.code, label: v.name }))} showSearch={{ optionFilterProp: 'label' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="事项类别" name="category" required>
                <Select placeholder="请选择事项类别" loading={categories === null} options={categories?.map((c) => ({ value: c.code, label: c.name })) ?? []} showSearch={{ optionFilterProp: 'label' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item label="标题" name="title" required>
                <Input maxLength={200} showCount placeholder="例如：反映征地补偿款未足额发放" />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item label="内容" name="content" required extra="写明诉求、事实和理由：时间、地点、涉及的单位和金额等。">
                <Input.TextArea rows={5} maxLength={20000} showCount />
              </Form.Item>
            </Col>
          </Row>

          <Typography.Title level={3} className="register-section-title">
            信访人
          </Typography.Title>
          <Form.List name="petitioners">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, index) => (
                  <fieldset key={field.key} className="person-row" aria-label={`信访人 ${index + 1}`}>
                    <legend className="person-legend">
                      信访人 {index + 1}
                      {fields.length > 1 ? (
                        <Button
                          type="link"
                          size="small"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={`删除信访人 ${index + 1}`}
                          onClick={() => {
                            remove(field.name);
                            form.setFieldValue('representatives', []);
                          }}
                        >
                          删除
                        </Button>
                      ) : null}
                    </legend>
                    <Row gutter={16}>
                      <Col xs={24} md={5}>
                        <Form.Item label="姓名" name={[field.name, 'name']} required>
                          <Input autoComplete="off" />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={7}>
                        <Form.Item label="身份证号" name={[field.name, 'idNumber']}>
                          <Input autoComplete="off" maxLength={30} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={5}>
                        <Form.Item label="手机号" name={[field.name, 'phone']} tooltip="手机或带区号的固定电话">
                          <Input inputMode="tel" autoComplete="off" maxLength={30} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={7}>
                        <Form.Item label="住址" name={[field.name, 'address']}>
                          <Input autoComplete="off" maxLength={200} />
                        </Form.Item>
                      </Col>
                    </Row>
                  </fieldset>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({})} className="person-add" autoInsertSpace={false}>
                  添加信访人
                </Button>
              </>
            )}
          </Form.List>
          {collective ? (
            <Form.Item
              label="推选代表"
              name="representatives"
              className="register-representatives"
              extra={`集体访最多推选 ${MAX_REPRESENTATIVES} 名代表（《信访工作条例》第二十条）${channel === 'visit' ? '；多人走访必须推选代表' : ''}。`}
            >
              <Checkbox.Group aria-label="推选代表" options={people.map((p, i) => ({ value: i, label: p?.name?.trim() || `信访人 ${i + 1}` }))} />
            </Form.Item>
          ) : null}

          <Typography.Title level={3} className="register-section-title">
            检举控告与附件
          </Typography.Title>
          <Row gutter={16}>
            <Col xs={24} md={10}>
              <Form.Item name="isAccusation" valuePropName="checked" extra="检举、揭发、控告公职人员或单位的违法违纪行为。">
                <Checkbox>检举控告</Checkbox>
              </Form.Item>
            </Col>
            {accusation ? (
              <Col xs={24} md={14}>
                <Form.Item label="被检举单位" name="accusedUnit" required extra="检举控告材料不得转给被检举控告的单位（第三十条）。">
                  <Select placeholder="请选择被检举单位" options={directory?.units.map((u) => ({ value: u.code, label: u.name })) ?? []} showSearch={{ optionFilterProp: 'label' }} />
                </Form.Item>
              </Col>
            ) : null}
            <Col span={24}>
              <Form.Item label="附件" extra="JPEG、PNG 或 PDF，每个不超过 10 MB；登记后随即上传。">
                <Upload
                  accept={ACCEPT}
                  multiple
                  fileList={files}
                  beforeUpload={(file) => {
                    const problem = fileProblem(file);
                    if (problem) {
                      message.error(`${file.name}：${problem}`);
                      return Upload.LIST_IGNORE;
                    }
                    setFiles((now) => [...now, { uid: file.uid, name: file.name, size: file.size, type: file.type, originFileObj: file, status: 'done' }]);
                    return false;
                  }}
                  onRemove={(file) => setFiles((now) => now.filter((f) => f.uid !== file.uid))}
                >
                  <Button icon={<PaperClipOutlined />} autoInsertSpace={false}>
                    选择附件
                  </Button>
                </Upload>
              </Form.Item>
            </Col>
          </Row>

          <div ref={errorRef}>
            {summary ? <Alert type="error" showIcon title={summary} role="alert" className="register-alert" /> : null}
            {error ? <Alert type="error" showIcon title={error} role="alert" className="register-alert" /> : null}
          </div>

          <div ref={checkRef}>
            {checkedNow ? (
              <Card size="small" className="register-check">
                <RepeatCandidates check={checkedNow.result} />
                {checkedNow.confirm ? (
                  <Space className="register-confirm" wrap>
                    <Button type="primary" onClick={() => doRegister(JSON.parse(checkedNow.body))} loading={busy === 'register'} autoInsertSpace={false}>
                      确认登记
                    </Button>
                    <Button onClick={() => setChecked(null)} autoInsertSpace={false}>
                      返回修改
                    </Button>
                  </Space>
                ) : null}
              </Card>
            ) : null}
          </div>

          <Space className="register-actions" wrap>
            <Button type="primary" htmlType="submit" loading={busy !== null} autoInsertSpace={false}>
              登记
            </Button>
            <Button onClick={checkOnly} disabled={busy !== null} autoInsertSpace={false}>
              检查
            </Button>
            <Typography.Text type="secondary">登记前自动校验并核对同一信访人此前的信访件。</Typography.Text>
          </Space>
        </Form>
      </Card>
    </div>
  );
}
