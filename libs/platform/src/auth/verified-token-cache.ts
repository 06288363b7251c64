import type { Principal } from './principal.js';

/**
 * Staff tokens already verified, kept until they expire. A desk sends the same token with every
 * request, and an EdDSA verification per request is a measurable share of a registration's CPU;
 * a token's verdict cannot change before its expiry, since the public key is fixed for the
 * process's life. Bounded: the oldest entry goes first.
 */
export class VerifiedTokenCache {
  private readonly entries = new Map<string, { principal: Principal; expiresAt: number }>();

  constructor(private readonly capacity = 10_000) {}

  get(token: string, now = Date.now()): Principal | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      this.entries.delete(token);
      return undefined;
    }
    return entry.principal;
  }

  set(token: string, principal: Principal, expiresAt: number): void {
    if (this.entries.size >= this.capacity && !this.entries.has(token)) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    this.entries.set(token, { principal, expiresAt });
  }

  get size(): number {
    return this.entries.size;
  }
}
