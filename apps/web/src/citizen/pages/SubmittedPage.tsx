import { useEffect, useRef, useState } from 'react';
import { api, intakeApi } from '../../shared/api';
import { sizeText } from '../form/attachments';
import { Notice } from '../form/fields';
import { Layout, Steps } from '../Layout';
import { citizenMessage } from '../messages';
import { copyText, selectText } from '../clipboard';
import { Link, useRouter } from '../router';

type UploadState = { file: File; status: 'waiting' | 'uploading' | 'done' | 'failed'; message?: string };

/**
 * After submitting: the tracking code, large, with a copy button; the attachments go up one by
 * one (a slow connection sends one file at a time), each failure explained with a retry.
 */
export function SubmittedPage({ trackingCode, files, onAnother }: { trackingCode: string | null; files: File[]; onAnother: () => void }) {
  const { navigate } = useRouter();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const [uploads, setUploads] = useState<UploadState[]>(() => files.map((file) => ({ file, status: 'waiting' })));
  const codeRef = useRef<HTMLParagraphElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const started = useRef(false);

  useEffect(() => headingRef.current?.focus(), []);

  const upload = async (index: number) => {
    if (!trackingCode) return;
    setUploads((u) => u.map((s, i) => (i === index ? { ...s, status: 'uploading', message: undefined } : s)));
    const form = new FormData();
    form.append('file', uploads[index]!.file, uploads[index]!.file.name);
    try {
      await api('POST', intakeApi(`/public/petitions/${encodeURIComponent(trackingCode)}/attachments`), { body: form, timeoutMs: 180_000 });
      setUploads((u) => u.map((s, i) => (i === index ? { ...s, status: 'done' } : s)));
    } catch (err) {
      setUploads((u) => u.map((s, i) => (i === index ? { ...s, status: 'failed', message: citizenMessage(err, 'upload') } : s)));
    }
  };

  useEffect(() => {
    if (started.current || !trackingCode) return;
    started.current = true;
    (async () => {
      for (let i = 0; i < files.length; i++) await upload(i);
    })();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [trackingCode]);

  if (!trackingCode) {
    return (
      <Layout title="提交结果">
        <h1 className="page-title" ref={headingRef} tabIndex={-1}>
          没有找到刚才的提交
        </h1>
        <p>页面已刷新或已关闭，查询码不再显示。提交成功后，查询码也会以短信发送到您填写的手机号码。</p>
        <p>
          <Link to="track" className="button button-primary">
            凭查询码查询
          </Link>
        </p>
      </Layout>
    );
  }

  const copy = async () => {
    const ok = await copyText(trackingCode);
    setCopied(ok ? 'yes' : 'no');
    if (!ok && codeRef.current) selectText(codeRef.current);
  };
  const pending = uploads.some((u) => u.status === 'waiting' || u.status === 'uploading');

  return (
    <Layout title="提交成功">
      <Steps current={3} />
      <div className="success-panel">
        <h1 className="page-title" ref={headingRef} tabIndex={-1}>
          提交成功
        </h1>
        <p>您的信访事项已登记。请记下查询码，凭查询码查询办理进度、评价答复：</p>
        <p className="tracking-code" ref={codeRef} aria-label={`查询码 ${trackingCode.split('').join(' ')}`}>
          {trackingCode}
        </p>
        <div className="actions-row">
          <button type="button" className="button button-primary" onClick={copy}>
            复制查询码
          </button>
          <button type="button" className="button button-secondary" onClick={() => navigate('track', { trackingCode })}>
            查询办理进度
          </button>
        </div>
        <p className="copy-status" role="status" aria-live="polite">
          {copied === 'yes' ? '已复制查询码，请粘贴保存到备忘录或发给自己。' : copied === 'no' ? '无法自动复制，查询码已选中，请长按或按 Ctrl+C 复制。' : ''}
        </p>
        <Notice kind="warning">
          <p>查询码是查询和评价的唯一凭证，请妥善保存，不要告诉他人。查询码也会以短信发送到您填写的手机号码。</p>
        </Notice>
      </div>

      {uploads.length > 0 && (
        <section className="section" aria-labelledby="uploads-title">
          <h2 className="section-title" id="uploads-title">
            附件上传
          </h2>
          <ul className="file-list" aria-live="polite">
            {uploads.map((u, i) => (
              <li key={`${u.file.name}-${i}`} className={`upload-${u.status}`}>
                <span className="file-name">{u.file.name}</span>
                <span className="file-size">{sizeText(u.file.size)}</span>
                <span className="upload-status">{{ waiting: '等待上传', uploading: '正在上传…', done: '已上传', failed: '上传失败' }[u.status]}</span>
                {u.status === 'failed' ? (
                  <>
                    <span className="upload-message">{u.message}</span>
                    <button type="button" className="button button-link" onClick={() => upload(i)}>
                      重试
                    </button>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
          <p className="hint">
            {pending
              ? '请不要关闭本页，附件上传完成后再离开。'
              : uploads.some((u) => u.status === 'failed')
                ? '提交后 60 分钟内可以重试上传失败的附件；超过时间的，请将材料交承办单位。'
                : '附件已全部上传。'}
          </p>
        </section>
      )}

      <section className="section">
        <h2 className="section-title">接下来</h2>
        <ol className="next-steps">
          <li>信访部门在 15 日内将您的事项转送或交办有权处理的单位。</li>
          <li>承办单位在收到后 15 日内决定是否受理，受理后 60 日内书面答复。</li>
          <li>每一步都会显示在查询页上，受理、答复等还会以短信告知您。</li>
          <li>收到答复后，您可以在查询页对答复作出评价。</li>
        </ol>
        <button type="button" className="button button-link" onClick={onAnother}>
          再提交一件信访事项
        </button>
      </section>
    </Layout>
  );
}
