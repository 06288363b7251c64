import type { EventContract } from './event-contract.js';
import { PetitionRegisteredV1 } from './intake/petition-registered.v1.js';

/** Every event contract the platform publishes, for the schema and AsyncAPI generators and their tests. */
export const EVENT_CONTRACTS: readonly EventContract[] = Object.freeze([PetitionRegisteredV1]);
