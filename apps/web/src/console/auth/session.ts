import { api } from '../../shared/api';

/** The signed-in staff member as the gateway describes them (api.md "Gateway"). */
export interface StaffUser {
  username: string;
  displayName: string;
  role: string;
  townshipCode?: string;
  unitCode?: string;
  mustChangePassword: boolean;
}

/** The session cookie is httpOnly: the browser never holds a token, it only asks who it is. */
export async function currentUser(): Promise<StaffUser> {
  return (await api<{ user: StaffUser }>('GET', '/api/auth/me')).user;
}

export async function signIn(username: string, password: string): Promise<StaffUser> {
  return (await api<{ user: StaffUser }>('POST', '/api/auth/login', { body: { username, password } })).user;
}

export async function signOut(): Promise<void> {
  await api('POST', '/api/auth/logout');
}

export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await api('POST', '/api/auth/password', { body: { currentPassword, newPassword } });
}
