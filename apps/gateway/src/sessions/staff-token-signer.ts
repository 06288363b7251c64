import { createPrivateKey, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SignJWT } from 'jose';
import { ConfigError, ensureDevKeyPair, TOKEN_AUDIENCE, TOKEN_ISSUER, type Role } from '#platform';
import type { GatewayConfig } from '../config.js';

/** The forwarded token lives this long; the gateway signs a fresh one well before it ends. */
export const FORWARDED_TOKEN_SECONDS = 300;

/** The signing key: only the gateway holds it (the services hold the public half). */
export function resolvePrivateKeyPem(config: GatewayConfig): string {
  if (config.AUTH_PRIVATE_KEY) return config.AUTH_PRIVATE_KEY.replace(/\\n/g, '\n');
  if (config.AUTH_PRIVATE_KEY_FILE) {
    try {
      return readFileSync(config.AUTH_PRIVATE_KEY_FILE, 'utf8');
    } catch {
      throw new ConfigError(`AUTH_PRIVATE_KEY_FILE: cannot read ${config.AUTH_PRIVATE_KEY_FILE}`);
    }
  }
  if (config.NODE_ENV === 'production') throw new ConfigError('AUTH_PRIVATE_KEY: required in production (or AUTH_PRIVATE_KEY_FILE)');
  return ensureDevKeyPair().privateKeyPem;
}

/** The public half, so the gateway verifies Bearer tokens with the key that signs them. */
export function publicKeyPemOf(privateKeyPem: string): string {
  try {
    return createPublicKey(createPrivateKey(privateKeyPem)).export({ type: 'spki', format: 'pem' }).toString();
  } catch {
    throw new ConfigError('AUTH_PRIVATE_KEY: not a PEM private key (PKCS#8, Ed25519)');
  }
}

export interface StaffClaims {
  sub: string;
  role: Role;
  name: string;
  townshipCode: string | null;
  unitCode: string | null;
}

export class StaffTokenSigner {
  private readonly key: ReturnType<typeof createPrivateKey>;

  constructor(privateKeyPem: string) {
    this.key = createPrivateKey(privateKeyPem);
    if (this.key.asymmetricKeyType !== 'ed25519') throw new ConfigError('AUTH_PRIVATE_KEY: must be an Ed25519 key (the services verify EdDSA)');
  }

  /** A short-lived token with the claims the services already verify; returns it with its expiry (epoch ms). */
  async sign(claims: StaffClaims): Promise<{ token: string; expiresAt: number }> {
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({
      role: claims.role,
      name: claims.name,
      ...(claims.townshipCode ? { townshipCode: claims.townshipCode } : {}),
      ...(claims.unitCode ? { unitCode: claims.unitCode } : {}),
    })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject(claims.sub)
      .setIssuer(TOKEN_ISSUER)
      .setAudience(TOKEN_AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime(now + FORWARDED_TOKEN_SECONDS)
      .sign(this.key);
    return { token, expiresAt: (now + FORWARDED_TOKEN_SECONDS) * 1000 };
  }
}
