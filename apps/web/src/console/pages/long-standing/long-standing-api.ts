/** intake's 信访老户 ledger through the gateway (apps/intake/src/petitions/long-standing-ledger); reading it is logged. */
import { api, intakeApi } from '../../../shared/api';
import type { components } from '../../../shared/api-types/intake';

export type Ledger = components['schemas']['LongStandingLedgerResponse'];
export type LedgerEntry = components['schemas']['LongStandingPetitioner'];

export const loadLedger = (townshipCode?: string) => api<Ledger>('GET', intakeApi(`/petitioners/long-standing${townshipCode ? `?townshipCode=${encodeURIComponent(townshipCode)}` : ''}`));
