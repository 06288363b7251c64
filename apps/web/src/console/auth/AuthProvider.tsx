import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { ApiError, onSessionEnded } from '../../shared/api';
import { currentUser, signOut, type StaffUser } from './session';
import { SessionExpiredDialog } from './SessionExpiredDialog';

type AuthState = { status: 'loading' } | { status: 'signed-out'; reason?: string } | { status: 'signed-in'; user: StaffUser };

interface Auth {
  state: AuthState;
  /** After a successful sign-in or password change. */
  signedIn(user: StaffUser): void;
  /** Asks the gateway again (after a password change, or when a request says the session ended). */
  refresh(): Promise<void>;
  logout(): Promise<void>;
}

/** The gateway's reasons a session cookie stopped working: said on the sign-in page. A first visit has no cookie and no reason. */
const SESSION_ENDINGS = new Set(['session-expired', 'session-ended', 'account-disabled']);

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'loading' });
  // a later request found the session ended: sign in again over the page (null while it holds)
  const [ended, setEnded] = useState<string | null>(null);
  useEffect(() => onSessionEnded((err) => setEnded(SESSION_ENDINGS.has(err.rule ?? '') && err.body.message ? `${err.body.message.replace(/[。.]$/, '')}。` : '')), []);

  const refresh = useCallback(async () => {
    try {
      setState({ status: 'signed-in', user: await currentUser() });
    } catch (err) {
      const reason = err instanceof ApiError && err.status === 401 && SESSION_ENDINGS.has(err.rule ?? '') ? err.body.message : undefined;
      setState({ status: 'signed-out', reason });
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const logout = useCallback(async () => {
    try {
      await signOut();
    } finally {
      setState({ status: 'signed-out', reason: '您已安全退出。' });
    }
  }, []);

  return (
    <AuthContext.Provider value={{ state, signedIn: (user) => (setEnded(null), setState({ status: 'signed-in', user })), refresh, logout }}>
      {children}
      {state.status === 'signed-in' && ended !== null && (
        <SessionExpiredDialog
          user={state.user}
          reason={ended}
          onSignedIn={(user) => (setEnded(null), setState({ status: 'signed-in', user }))}
          onLeave={() => (setEnded(null), setState({ status: 'signed-out', reason: '登录已失效，请重新登录。' }))}
        />
      )}
    </AuthContext.Provider>
  );
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}
