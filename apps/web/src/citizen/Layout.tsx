import { useEffect, useState, type ReactNode } from 'react';
import { loadDirectory } from '../shared/directory';
import { Link, useRouter, type Route } from './router';

const NAV: { route: Exclude<Route, 'not-found' | 'submitted'>; label: string }[] = [
  { route: 'submit', label: '我要信访' },
  { route: 'track', label: '查询评价' },
  { route: 'guide', label: '信访须知' },
];

/** The county's name from the directory; the header says 网上信访 alone until it is known. */
export function useCountyName(): string | null {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    loadDirectory().then((d) => setName(d.countyName), () => undefined);
  }, []);
  return name;
}

/** Header with the county's name and the three pages, the page itself, and the footer. */
export function Layout({ title, children }: { title: string; children: ReactNode }) {
  const { location } = useRouter();
  const county = useCountyName();
  useEffect(() => {
    document.title = `${title} - ${county ?? ''}网上信访`;
  }, [title, county]);
  const active = location.route === 'submitted' ? 'submit' : location.route;
  return (
    <>
      <a className="skip" href="#main">
        跳到正文
      </a>
      <header className="site-header">
        <div className="wrap header-inner">
          <div className="brand">
            <svg className="brand-mark" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
              <circle cx="24" cy="24" r="22" fill="#fff" />
              <path d="M12 17h24v16H12z" fill="none" stroke="#0b4ea2" strokeWidth="3" strokeLinejoin="round" />
              <path d="M12 18.5l12 9 12-9" fill="none" stroke="#0b4ea2" strokeWidth="3" strokeLinejoin="round" />
            </svg>
            <div>
              <p className="brand-county">{county ? `${county}人民政府信访局` : '人民政府信访局'}</p>
              <p className="brand-title">网上信访</p>
            </div>
          </div>
        </div>
        <nav className="site-nav" aria-label="网上信访">
          <ul className="wrap">
            {NAV.map((item) => (
              <li key={item.route}>
                <Link to={item.route} aria-current={active === item.route ? 'page' : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="wrap main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="wrap">
          <p>
            主办：{county ?? ''}人民政府信访局　依据《信访工作条例》（2022 年 5 月 1 日起施行）
          </p>
          <p>网上信访免登录提交。您的姓名、身份证号、电话、住址和附件加密保存，仅办理人员可见；检举控告材料不会转给被检举的人员和单位。</p>
          <p>
            <Link to="guide">信访须知</Link>　·　<Link to="track">查询办理进度</Link>
          </p>
        </div>
      </footer>
    </>
  );
}

/** The three steps of an online petition, the current one marked. */
export function Steps({ current }: { current: 1 | 2 | 3 }) {
  const steps = ['填写信访事项', '提交并上传附件', '获取查询码'];
  return (
    <ol className="steps" aria-label="办理步骤">
      {steps.map((s, i) => (
        <li key={s} className={i + 1 === current ? 'current' : i + 1 < current ? 'done' : ''} aria-current={i + 1 === current ? 'step' : undefined}>
          <span className="step-no" aria-hidden="true">
            {i + 1}
          </span>
          <span className="step-label">{s}</span>
        </li>
      ))}
    </ol>
  );
}
