import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, intakeApi } from '../../shared/api';
import { chineseDate, chineseDateTime } from '../../shared/format';
import { Notice } from '../form/fields';
import { Layout } from '../Layout';
import { citizenMessage } from '../messages';
import { Link } from '../router';
import { normalizeCode } from '../tracking-code';

/** GET /intake/api/public/petitions/:trackingCode: no personal data, no internal notes. */
export interface PublicPetition {
  trackingCode: string;
  status: { code: string; label: string };
  channel: string;
  category: string;
  township: string;
  receivedAt: string;
  dueAt: string | null;
  timeline: { at: string; kind: string; description: string }[];
  /** The written answers with their text, oldest first; null when they cannot be read just now. */
  answers: { kind: 'reply' | 'review' | 're-review'; kindLabel: string; outcome: string; outcomeLabel: string; text: string; at: string }[] | null;
  evaluation: { rating: Rating; evaluatedAt: string } | null;
  canEvaluate: boolean;
}

type Rating = 'satisfied' | 'basically-satisfied' | 'unsatisfied';
const RATINGS: { value: Rating; label: string; hint: string }[] = [
  { value: 'satisfied', label: '满意', hint: '问题得到解决，或答复清楚合理' },
  { value: 'basically-satisfied', label: '基本满意', hint: '大部分诉求得到回应' },
  { value: 'unsatisfied', label: '不满意', hint: '答复没有解决问题' },
];
const RATING_NAMES: Record<Rating, string> = { satisfied: '满意', 'basically-satisfied': '基本满意', unsatisfied: '不满意' };

/** What the due date beside a status is the deadline of (the clock that runs in that state). */
const DUE_LABELS: Record<string, string> = {
  registered: '转送期限',
  transferred: '受理告知期限',
  assigned: '受理告知期限',
  accepted: '答复期限',
  replied: '可申请复查至',
  review: '复查意见期限',
  're-review': '复核意见期限',
};

const STATUS_TONE: Record<string, string> = { replied: 'good', closed: 'good', final: 'good', rejected: 'bad', refused: 'bad' };

export function TrackPage({ initialCode }: { initialCode: string | null }) {
  const [input, setInput] = useState(initialCode ?? '');
  const [inputError, setInputError] = useState<string | null>(null);
  const [petition, setPetition] = useState<PublicPetition | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const resultRef = useRef<HTMLElement>(null);

  const lookUp = async (raw: string, focusResult = true) => {
    const code = normalizeCode(raw);
    if (!code) {
      setInputError('查询码共 15 位，由字母和数字组成（不含 0、O、1、I），例如 K7M2Q-XR9TB-H4WZP');
      setPetition(null);
      return;
    }
    setInputError(null);
    setFailure(null);
    setBusy(true);
    try {
      const found = await api<PublicPetition>('GET', intakeApi(`/public/petitions/${encodeURIComponent(code)}`));
      setPetition(found);
      if (focusResult) window.setTimeout(() => resultRef.current?.focus(), 0);
    } catch (err) {
      setPetition(null);
      setFailure(citizenMessage(err, 'track'));
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    if (initialCode) void lookUp(initialCode);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void lookUp(input);
  };

  return (
    <Layout title="查询评价">
      <h1 className="page-title">查询办理进度</h1>
      <p className="lead">输入提交时获得的查询码，查看办理进度和答复；收到答复后可以评价。</p>
      <form className="track-form" onSubmit={onSubmit} noValidate>
        <div className={inputError ? 'field has-error' : 'field'}>
          <label className="label" htmlFor="tracking-code">
            查询码
          </label>
          {inputError ? (
            <div className="field-error" id="tracking-code-error">
              <p>{inputError}</p>
            </div>
          ) : null}
          <div className="inline-form">
            <input
              id="tracking-code"
              className="input code-input"
              value={input}
              onChange={(e) => setInput(e.target.value)}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              placeholder="例如 K7M2Q-XR9TB-H4WZP"
              aria-invalid={inputError ? true : undefined}
              aria-describedby={inputError ? 'tracking-code-error' : undefined}
            />
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? '查询中…' : '查询'}
            </button>
          </div>
        </div>
      </form>

      {failure ? (
        <Notice kind="error">
          <p>{failure}</p>
        </Notice>
      ) : null}

      {petition ? (
        <section className="result" ref={resultRef} tabIndex={-1} aria-labelledby="result-title">
          <div className="status-card">
            <h2 id="result-title" className="visually-hidden">
              办理情况
            </h2>
            <p className="status-code-line">
              查询码 <span className="mono">{petition.trackingCode}</span>
            </p>
            <p className={`status-badge tone-${STATUS_TONE[petition.status.code] ?? 'busy'}`}>{petition.status.label}</p>
            <dl className="facts">
              <div>
                <dt>事项分类</dt>
                <dd>{petition.category}</dd>
              </div>
              <div>
                <dt>所在乡镇</dt>
                <dd>{petition.township}</dd>
              </div>
              <div>
                <dt>信访形式</dt>
                <dd>{petition.channel}</dd>
              </div>
              <div>
                <dt>登记时间</dt>
                <dd>{chineseDateTime(petition.receivedAt)}</dd>
              </div>
              {petition.dueAt ? (
                <div>
                  <dt>{DUE_LABELS[petition.status.code] ?? '当前环节期限'}</dt>
                  <dd>{chineseDate(petition.dueAt)}前</dd>
                </div>
              ) : null}
            </dl>
          </div>

          {petition.answers && petition.answers.length > 0 ? (
            <section className="section reply" aria-labelledby="reply-title">
              <h2 className="section-title" id="reply-title">
                答复意见
              </h2>
              {[...petition.answers].reverse().map((a) => (
                <article key={`${a.kind}-${a.at}`} className="answer">
                  <h3 className="answer-title">
                    {a.kindLabel}
                    <span className="answer-outcome">{a.outcomeLabel}</span>
                  </h3>
                  <p className="reply-meta">
                    <time dateTime={a.at}>{chineseDate(a.at)}</time>
                  </p>
                  <div className="reply-text">{a.text}</div>
                </article>
              ))}
              <p className="hint">以承办单位送达的书面答复为准。</p>
            </section>
          ) : petition.answers === null ? (
            <Notice kind="info">
              <p>答复全文暂时无法显示，请稍后再查询，或以承办单位送达的书面答复为准。</p>
            </Notice>
          ) : null}

          <section className="section" aria-labelledby="timeline-title">
            <h2 className="section-title" id="timeline-title">
              办理过程
            </h2>
            <ol className="timeline">
              {[...petition.timeline].reverse().map((step, i) => (
                <li key={`${step.at}-${i}`} className={i === 0 ? 'latest' : undefined}>
                  <time dateTime={step.at}>{chineseDateTime(step.at)}</time>
                  <p>{step.description}</p>
                </li>
              ))}
            </ol>
          </section>

          {petition.evaluation ? (
            <Notice kind="success">
              <p>
                您已于{chineseDate(petition.evaluation.evaluatedAt)}评价：<strong>{RATING_NAMES[petition.evaluation.rating]}</strong>。感谢您的评价。
              </p>
            </Notice>
          ) : petition.canEvaluate ? (
            <EvaluationForm trackingCode={petition.trackingCode} onDone={() => lookUp(petition.trackingCode, false)} />
          ) : (
            <p className="hint">承办单位作出书面答复后，可以在这里对答复进行评价。</p>
          )}
        </section>
      ) : null}

      <p className="hint">
        查询码遗失的，请查看提交后收到的短信，或联系承办单位。还没有提交？<Link to="submit">网上信访</Link>
      </p>
    </Layout>
  );
}

function EvaluationForm({ trackingCode, onDone }: { trackingCode: string; onDone: () => void }) {
  const [rating, setRating] = useState<Rating | null>(null);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!rating) {
      setError('请选择一项评价');
      return;
    }
    setError(null);
    setFailure(null);
    setBusy(true);
    try {
      await api('POST', intakeApi(`/public/petitions/${encodeURIComponent(trackingCode)}/evaluation`), { body: { rating, ...(comment.trim() ? { comment: comment.trim() } : {}) } });
      onDone();
    } catch (err) {
      setFailure(citizenMessage(err, 'evaluate'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="section evaluation" onSubmit={submit} noValidate aria-labelledby="evaluation-title">
      <h2 className="section-title" id="evaluation-title">
        评价答复
      </h2>
      <p className="hint">每件信访事项只能评价一次，评价后不能修改。</p>
      {failure ? (
        <Notice kind="error">
          <p>{failure}</p>
        </Notice>
      ) : null}
      <fieldset className={error ? 'field has-error' : 'field'} aria-describedby={error ? 'rating-error' : undefined}>
        <legend className="label">您对答复是否满意？</legend>
        {error ? (
          <div className="field-error" id="rating-error">
            <p>{error}</p>
          </div>
        ) : null}
        <div className="choices">
          {RATINGS.map((r) => (
            <label key={r.value} className={`choice${rating === r.value ? ' chosen' : ''}`}>
              <input type="radio" name="rating" value={r.value} checked={rating === r.value} onChange={() => setRating(r.value)} />
              <span className="choice-label">{r.label}</span>
              <span className="choice-hint">{r.hint}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label className="label" htmlFor="evaluation-comment">
          意见和建议<span className="opt">（选填）</span>
        </label>
        <textarea id="evaluation-comment" className="input textarea" rows={4} maxLength={500} value={comment} onChange={(e) => setComment(e.target.value)} />
        <p className="counter">{comment.length} / 500</p>
      </div>
      <button type="submit" className="button button-primary button-block" disabled={busy}>
        {busy ? '正在提交…' : '提交评价'}
      </button>
    </form>
  );
}
