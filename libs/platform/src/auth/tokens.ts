import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importPKCS8, importSPKI, jwtVerify, SignJWT, type CryptoKey } from 'jose';
import { ROLES, type Principal, type Role } from './principal.js';

export const TOKEN_ISSUER = 'xinfang';
export const TOKEN_AUDIENCE = 'xinfang-staff';
const ALG = 'EdDSA';

export class InvalidTokenError extends Error {}

export async function importPublicKey(pem: string): Promise<CryptoKey> {
  return importSPKI(pem, ALG);
}

/** Verifies a staff token and turns its claims into a principal; throws InvalidTokenError with the reason. */
export async function verifyStaffToken(token: string, publicKey: CryptoKey): Promise<Principal> {
  return (await verifyStaffTokenUntil(token, publicKey)).principal;
}

/** As verifyStaffToken, with the moment (epoch ms) the token stops being valid. */
export async function verifyStaffTokenUntil(token: string, publicKey: CryptoKey): Promise<{ principal: Principal; expiresAt: number }> {
  let claims: Record<string, unknown>;
  try {
    ({ payload: claims } = await jwtVerify(token, publicKey, { issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE, algorithms: [ALG] }));
  } catch (err) {
    throw new InvalidTokenError((err as Error).message);
  }
  const role = claims.role as Role;
  if (typeof claims.sub !== 'string' || !ROLES.includes(role)) throw new InvalidTokenError('token lacks sub or a known role');
  const townshipCode = typeof claims.townshipCode === 'string' ? claims.townshipCode : undefined;
  const unitCode = typeof claims.unitCode === 'string' ? claims.unitCode : undefined;
  if ((role === 'township-officer' || role === 'liaison') && !townshipCode) throw new InvalidTokenError(`a ${role} token needs townshipCode`);
  if (role === 'department-officer' && !unitCode) throw new InvalidTokenError('a department-officer token needs unitCode');
  if (typeof claims.exp !== 'number') throw new InvalidTokenError('token lacks exp');
  return {
    principal: { id: claims.sub, role, townshipCode, unitCode, name: typeof claims.name === 'string' ? claims.name : undefined },
    expiresAt: claims.exp * 1000,
  };
}

export interface TokenRequest {
  sub: string;
  role: Role;
  townshipCode?: string;
  unitCode?: string;
  name?: string;
  /** Lifetime, e.g. `8h`. */
  expiresIn?: string;
}

export async function signStaffToken(privateKeyPem: string, request: TokenRequest): Promise<string> {
  const key = await importPKCS8(privateKeyPem, ALG);
  const { sub, expiresIn = '12h', ...claims } = request;
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: ALG })
    .setSubject(sub)
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(key);
}

export interface KeyPair {
  publicKeyPem: string;
  privateKeyPem: string;
}

export function generateKeyPair(): KeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

/** Where development keys live: `.xinfang/dev-keys` under the project root (git-ignored). */
export const DEV_KEY_DIR = join(process.cwd(), '.xinfang', 'dev-keys');

/**
 * The development key pair, made on first use. Several services may start at once, so the
 * pair is written to a temporary directory and renamed into place: whoever renames first wins.
 */
export function ensureDevKeyPair(dir = DEV_KEY_DIR): KeyPair {
  const pub = join(dir, 'auth-public.pem');
  const priv = join(dir, 'auth-private.pem');
  if (!existsSync(pub)) {
    const tmp = `${dir}.${process.pid}.tmp`;
    mkdirSync(tmp, { recursive: true, mode: 0o700 });
    const pair = generateKeyPair();
    writeFileSync(join(tmp, 'auth-public.pem'), pair.publicKeyPem);
    writeFileSync(join(tmp, 'auth-private.pem'), pair.privateKeyPem, { mode: 0o600 });
    mkdirSync(join(dir, '..'), { recursive: true });
    try {
      renameSync(tmp, dir);
    } catch {
      rmSync(tmp, { recursive: true, force: true }); // another process won the race; its pair is the one in place
    }
  }
  return { publicKeyPem: readFileSync(pub, 'utf8'), privateKeyPem: readFileSync(priv, 'utf8') };
}
