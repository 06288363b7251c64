import { createContext, useContext, useEffect, useState, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from 'react';

/**
 * The citizens' pages are few and small: a router of our own (history API, no library) keeps
 * the first page light. Paths live under /public/; the gateway answers every one of them with
 * the same HTML. Whatever a page needs to hand to the next (the tracking code after
 * submitting) goes in history.state, never in the URL, so it does not end up in logs or history.
 */
export const BASE = '/public';

export type Route = 'submit' | 'submitted' | 'track' | 'guide' | 'not-found';

const PATHS: Record<Exclude<Route, 'not-found'>, string> = {
  submit: `${BASE}/`,
  submitted: `${BASE}/submitted`,
  track: `${BASE}/track`,
  guide: `${BASE}/guide`,
};

export function pathOf(route: Exclude<Route, 'not-found'>): string {
  return PATHS[route];
}

export function routeOf(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === BASE) return 'submit';
  for (const [route, p] of Object.entries(PATHS)) if (p.replace(/\/+$/, '') === path) return route as Route;
  return 'not-found';
}

interface Location {
  route: Route;
  state: unknown;
}

const RouterContext = createContext<{ location: Location; navigate: (to: Exclude<Route, 'not-found'>, state?: unknown) => void }>({
  location: { route: 'submit', state: null },
  navigate: () => undefined,
});

function current(): Location {
  return { route: routeOf(window.location.pathname), state: window.history.state };
}

export function Router({ children }: { children: ReactNode }) {
  const [location, setLocation] = useState<Location>(current);
  useEffect(() => {
    const onPop = () => setLocation(current());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = (to: Exclude<Route, 'not-found'>, state: unknown = null) => {
    window.history.pushState(state, '', PATHS[to]);
    setLocation({ route: to, state });
    window.scrollTo(0, 0);
  };
  return <RouterContext.Provider value={{ location, navigate }}>{children}</RouterContext.Provider>;
}

export function useRouter() {
  return useContext(RouterContext);
}

/** A real link (works without script, opens in a new tab), followed client-side on a plain click. */
export function Link({ to, state, children, ...rest }: { to: Exclude<Route, 'not-found'>; state?: unknown; children: ReactNode } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  const { navigate } = useRouter();
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    rest.onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to, state);
  };
  return (
    <a {...rest} href={PATHS[to]} onClick={onClick}>
      {children}
    </a>
  );
}
