import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { api, ApiError, intakeApi, type FieldError } from '../../shared/api';
import { loadCategories, loadDirectory, type Category, type Directory } from '../../shared/directory';
import { MAX_REPRESENTATIVES } from '../../shared/regulation';
import { ACCEPT, fileProblem, MAX_FILES, sizeText } from '../form/attachments';
import { Notice, SelectField, TextAreaField, TextField } from '../form/fields';
import { byField, controlId, formOrder, isCollective, labelOf, localProblems, newPerson, personField, toRequestBody, type PersonDraft, type PetitionDraft } from '../form/petition-form';
import { Layout, Steps } from '../Layout';
import { citizenMessage } from '../messages';
import { Link } from '../router';

export interface SubmitPageProps {
  draft: PetitionDraft;
  setDraft: (update: (d: PetitionDraft) => PetitionDraft) => void;
  files: File[];
  setFiles: (files: File[]) => void;
  onSubmitted: (trackingCode: string) => void;
}

const PLACEHOLDER_TEXT = '（待填写）';
const PLACEHOLDER_MOBILE = '13800000000';

/**
 * The body the inline check sends: what the citizen has filled, with neutral stand-ins for the
 * required fields not reached yet, so the API reports on the fields already filled (its field
 * rules stop at the first missing one). Errors on stand-ins are never shown: those fields are untouched.
 */
function checkBody(draft: PetitionDraft, directory: Directory | null, categories: Category[]): Record<string, unknown> {
  const body = toRequestBody(draft);
  const firstTownship = directory?.townships[0]?.code ?? '';
  if (!draft.townshipCode) {
    body.townshipCode = firstTownship;
    delete body.villageCode;
  }
  if (!draft.category) body.category = categories[0]?.code ?? '';
  if (!draft.title.trim()) body.title = PLACEHOLDER_TEXT;
  if (!draft.content.trim()) body.content = PLACEHOLDER_TEXT;
  body.petitioners = (body.petitioners as Record<string, unknown>[]).map((p, i) => ({
    ...p,
    name: draft.people[i]!.name.trim() ? p.name : PLACEHOLDER_TEXT,
    ...(i === 0 && !draft.people[0]!.phone.trim() ? { phone: PLACEHOLDER_MOBILE } : {}),
  }));
  return body;
}

export function SubmitPage({ draft, setDraft, files, setFiles, onSubmitted }: SubmitPageProps) {
  const [directory, setDirectory] = useState<Directory | null>(null);
  const [categories, setCategories] = useState<Category[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [apiErrors, setApiErrors] = useState<FieldError[]>([]);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [fileErrors, setFileErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const checkTimer = useRef<number | undefined>(undefined);
  const checkSeq = useRef(0);

  const load = () => {
    setLoadError(null);
    Promise.all([loadDirectory(), loadCategories()]).then(
      ([d, c]) => {
        setDirectory(d);
        setCategories(c);
      },
      (err) => setLoadError(citizenMessage(err, 'load-form')),
    );
  };
  useEffect(load, []);
  useEffect(() => () => window.clearTimeout(checkTimer.current), []);

  const township = directory?.townships.find((t) => t.code === draft.townshipCode);
  const collective = isCollective(draft);
  const local = localProblems(draft);
  const shown = byField([...apiErrors, ...(attempted ? local : local.filter((p) => p.field === 'representatives'))]);
  const errorsOf = (key: string) => (attempted || touched.has(key) ? shown.get(key) : undefined);
  const visible = [...shown.entries()].filter(([key]) => attempted || touched.has(key)).sort(([a], [b]) => formOrder(a) - formOrder(b));

  /** Asks the API about the form as it stands, a moment after the citizen leaves a field. */
  const scheduleCheck = (next: PetitionDraft) => {
    window.clearTimeout(checkTimer.current);
    checkTimer.current = window.setTimeout(async () => {
      if (!directory || !categories.length) return;
      const seq = ++checkSeq.current;
      try {
        await api('POST', intakeApi('/public/petitions/check'), { body: checkBody(next, directory, categories) });
        if (seq === checkSeq.current) setApiErrors([]);
      } catch (err) {
        if (seq !== checkSeq.current) return;
        // a check that cannot be made says nothing about the fields; the submission will
        if (err instanceof ApiError && err.status === 400 && err.fieldErrors.length) setApiErrors(err.fieldErrors);
      }
    }, 350);
  };

  const touch = (key: string) => {
    setTouched((t) => (t.has(key) ? t : new Set(t).add(key)));
    scheduleCheck(draft);
  };

  const update = (change: Partial<PetitionDraft>) => {
    setDraft((d) => ({ ...d, ...change }));
  };
  const updatePerson = (index: number, change: Partial<PersonDraft>) => {
    setDraft((d) => ({ ...d, people: d.people.map((p, i) => (i === index ? { ...p, ...change } : p)) }));
  };
  const addPerson = () => {
    setDraft((d) => ({ ...d, people: [...d.people, newPerson()] }));
    // focus the new person's name once it is rendered
    window.setTimeout(() => document.getElementById(controlId(personField(draft.people.length, 'name')))?.focus(), 0);
  };
  const removePerson = (index: number) => {
    setDraft((d) => ({ ...d, people: d.people.filter((_, i) => i !== index) }));
    // the API's field names are positional: earlier answers no longer fit
    setApiErrors([]);
  };

  const onFiles = (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = Array.from(e.target.files ?? []);
    e.target.value = '';
    const problems: string[] = [];
    const accepted: File[] = [];
    for (const f of chosen) {
      const problem = fileProblem(f);
      if (problem) problems.push(`${f.name}：${problem}`);
      else if (files.length + accepted.length >= MAX_FILES) problems.push(`${f.name}：网上信访最多上传 ${MAX_FILES} 个附件`);
      else accepted.push(f);
    }
    setFileErrors(problems);
    setFiles([...files, ...accepted]);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setAttempted(true);
    setFailure(null);
    window.clearTimeout(checkTimer.current);
    checkSeq.current++;
    const focusSummary = () => window.setTimeout(() => summaryRef.current?.focus(), 0);
    if (local.length) {
      focusSummary();
      return;
    }
    setBusy(true);
    try {
      const { trackingCode } = await api<{ trackingCode: string }>('POST', intakeApi('/public/petitions'), { body: toRequestBody(draft) });
      setApiErrors([]);
      onSubmitted(trackingCode);
    } catch (err) {
      if (err instanceof ApiError && err.status === 400 && err.fieldErrors.length) setApiErrors(err.fieldErrors);
      setFailure(citizenMessage(err, 'submit'));
      focusSummary();
    } finally {
      setBusy(false);
    }
  };

  const representatives = draft.people.filter((p) => p.representative).length;

  return (
    <Layout title="我要信访">
      <h1 className="page-title">网上信访</h1>
      <p className="lead">
        免登录提交，提交后获得查询码，凭查询码查询办理进度、评价答复。提交前请先阅读<Link to="guide">《信访须知》</Link>：涉及诉讼、仲裁、行政复议的事项请通过法定途径解决。
      </p>
      <Steps current={1} />

      {loadError ? (
        <Notice kind="error">
          <p>{loadError}</p>
          <button type="button" className="button button-secondary" onClick={load}>
            重新加载
          </button>
        </Notice>
      ) : null}

      {(failure || (attempted && visible.length > 0)) && (
        <div className="error-summary" ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">{failure ?? `有 ${visible.length} 处填写需要修改`}</h2>
          {visible.length > 0 && (
            <ul>
              {visible.map(([key, messages]) => (
                <li key={key}>
                  <a href={`#${key === 'representatives' ? 'representatives' : controlId(key)}`}>
                    {labelOf(key)}：{messages.join('；')}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <form className="petition-form" onSubmit={submit} noValidate aria-busy={busy}>
        <fieldset className="section">
          <legend className="section-title">
            <span className="section-no">一</span>反映事项所在地
          </legend>
          <SelectField
            name="townshipCode"
            label="乡镇（街道）"
            required
            placeholder={directory ? '请选择乡镇（街道）' : '正在加载…'}
            value={draft.townshipCode}
            options={(directory?.townships ?? []).map((t) => ({ value: t.code, label: t.name }))}
            onChange={(e) => update({ townshipCode: e.target.value, villageCode: '' })}
            onBlur={() => touch('townshipCode')}
            errors={errorsOf('townshipCode')}
          />
          <SelectField
            name="villageCode"
            label="村（社区）"
            placeholder={township ? '不涉及具体村（社区）' : '请先选择乡镇（街道）'}
            value={draft.villageCode}
            disabled={!township}
            options={(township?.villages ?? []).map((v) => ({ value: v.code, label: v.name }))}
            onChange={(e) => update({ villageCode: e.target.value })}
            onBlur={() => touch('villageCode')}
            errors={errorsOf('villageCode')}
          />
        </fieldset>

        <fieldset className="section">
          <legend className="section-title">
            <span className="section-no">二</span>信访事项
          </legend>
          <SelectField
            name="category"
            label="事项分类"
            required
            placeholder={categories.length ? '请选择最接近的分类' : '正在加载…'}
            value={draft.category}
            options={categories.map((c) => ({ value: c.code, label: c.name }))}
            onChange={(e) => update({ category: e.target.value })}
            onBlur={() => touch('category')}
            errors={errorsOf('category')}
          />
          <TextField
            name="title"
            label="标题"
            required
            maxLength={200}
            hint="一句话概括，例如：反映拖欠工资、反映征地补偿款未发放"
            value={draft.title}
            onChange={(e) => update({ title: e.target.value })}
            onBlur={() => touch('title')}
            errors={errorsOf('title')}
          />
          <TextAreaField
            name="content"
            label="具体内容"
            required
            rows={8}
            maxLength={20000}
            hint="请写清楚：什么时间、什么地点、涉及哪些人或单位、发生了什么、您的诉求。"
            value={draft.content}
            onChange={(e) => update({ content: e.target.value })}
            onBlur={() => touch('content')}
            errors={errorsOf('content')}
          />
          <p className="counter" aria-live="polite">
            已输入 {draft.content.length} 字
          </p>
        </fieldset>

        <fieldset className="section">
          <legend className="section-title">
            <span className="section-no">三</span>信访人信息
          </legend>
          <p className="hint">个人信息加密保存，仅办理人员可见。手机号码用于接收受理、答复等短信告知。</p>
          {draft.people.map((person, i) => (
            <div className={i === 0 ? 'person' : 'person person-joint'} key={person.key}>
              {i > 0 ? (
                <div className="person-head">
                  <h3 className="person-title">联名人 {i + 1}</h3>
                  <button type="button" className="button button-link" onClick={() => removePerson(i)} aria-label={`删除联名人 ${i + 1}`}>
                    删除
                  </button>
                </div>
              ) : null}
              <TextField
                name={personField(i, 'name')}
                label="姓名"
                required
                autoComplete={i === 0 ? 'name' : 'off'}
                maxLength={50}
                value={person.name}
                onChange={(e) => updatePerson(i, { name: e.target.value })}
                onBlur={() => touch(personField(i, 'name'))}
                errors={errorsOf(personField(i, 'name'))}
              />
              <TextField
                name={personField(i, 'idNumber')}
                label="身份证号"
                inputMode="text"
                autoComplete="off"
                maxLength={30}
                hint="18 位公民身份号码，用于核实身份"
                value={person.idNumber}
                onChange={(e) => updatePerson(i, { idNumber: e.target.value })}
                onBlur={() => touch(personField(i, 'idNumber'))}
                errors={errorsOf(personField(i, 'idNumber'))}
              />
              <TextField
                name={personField(i, 'phone')}
                label={i === 0 ? '手机号码' : '联系电话'}
                required={i === 0}
                type="tel"
                inputMode="tel"
                autoComplete={i === 0 ? 'tel' : 'off'}
                maxLength={30}
                value={person.phone}
                onChange={(e) => updatePerson(i, { phone: e.target.value })}
                onBlur={() => touch(personField(i, 'phone'))}
                errors={errorsOf(personField(i, 'phone'))}
              />
              <TextField
                name={personField(i, 'address')}
                label="住址"
                autoComplete={i === 0 ? 'street-address' : 'off'}
                maxLength={200}
                value={person.address}
                onChange={(e) => updatePerson(i, { address: e.target.value })}
                onBlur={() => touch(personField(i, 'address'))}
                errors={errorsOf(personField(i, 'address'))}
              />
              {collective ? (
                <label className="check">
                  <input type="checkbox" checked={person.representative} onChange={(e) => updatePerson(i, { representative: e.target.checked })} />
                  <span>推选为代表</span>
                </label>
              ) : null}
            </div>
          ))}
          <div id="representatives" tabIndex={-1} className={shown.get('representatives') ? 'field has-error' : undefined}>
            {collective ? (
              <Notice kind="info">
                <p>
                  共 {draft.people.length} 人联名，属于集体信访。请推选不超过 {MAX_REPRESENTATIVES} 名代表（《信访工作条例》第二十条），由代表接收告知短信。已推选 {representatives} 名。
                </p>
              </Notice>
            ) : null}
            {shown.get('representatives') ? (
              <div className="field-error">
                {shown.get('representatives')!.map((m) => (
                  <p key={m}>{m}</p>
                ))}
              </div>
            ) : null}
          </div>
          <button type="button" className="button button-secondary" onClick={addPerson}>
            ＋ 添加联名人
          </button>
          <p className="hint">多人反映同一事项的，可以联名提交；5 人以上为集体信访，须推选代表。</p>
        </fieldset>

        <fieldset className="section">
          <legend className="section-title">
            <span className="section-no">四</span>附件材料
          </legend>
          <p className="hint" id="files-hint">
            照片或扫描件，JPEG、PNG、PDF 格式，每个不超过 10 MB，最多 {MAX_FILES} 个。提交后上传。
          </p>
          {files.length > 0 && (
            <ul className="file-list">
              {files.map((f, i) => (
                <li key={`${f.name}-${i}`}>
                  <span className="file-name">{f.name}</span>
                  <span className="file-size">{sizeText(f.size)}</span>
                  <button type="button" className="button button-link" onClick={() => setFiles(files.filter((_, j) => j !== i))} aria-label={`移除附件 ${f.name}`}>
                    移除
                  </button>
                </li>
              ))}
            </ul>
          )}
          {fileErrors.length > 0 && (
            <div className="field-error" role="alert">
              {fileErrors.map((m) => (
                <p key={m}>{m}</p>
              ))}
            </div>
          )}
          {files.length < MAX_FILES && (
            <label className="button button-secondary file-button">
              选择文件
              <input type="file" accept={ACCEPT} multiple onChange={onFiles} className="visually-hidden" aria-describedby="files-hint" />
            </label>
          )}
        </fieldset>

        <fieldset className="section">
          <legend className="section-title">
            <span className="section-no">五</span>承诺
          </legend>
          <div className={errorsOf('pledge') ? 'field has-error' : 'field'}>
            {errorsOf('pledge') ? (
              <div className="field-error" id="f-pledge-error">
                <p>{errorsOf('pledge')!.join('；')}</p>
              </div>
            ) : null}
            <label className="check">
              <input
                id={controlId('pledge')}
                type="checkbox"
                checked={draft.pledge}
                onChange={(e) => update({ pledge: e.target.checked })}
                aria-describedby={errorsOf('pledge') ? 'f-pledge-error' : undefined}
              />
              <span>本人承诺所反映的情况真实，不捏造、歪曲事实，不诬告、陷害他人，并已阅读《信访须知》。</span>
            </label>
          </div>
        </fieldset>

        <div className="actions">
          <button type="submit" className="button button-primary button-block" disabled={busy || !directory}>
            {busy ? '正在提交…' : '提交信访事项'}
          </button>
        </div>
      </form>
    </Layout>
  );
}
