import { Initial1764201600000 } from './1764201600000-initial.js';
import { PetitionLifecycle1764288000000 } from './1764288000000-petition-lifecycle.js';
import { CountyName1764374400000 } from './1764374400000-county-name.js';
import { CaseListSearch1765200000000 } from './1765200000000-case-list-search.js';
import { PersonalDataKeyCheck1765300000000 } from './1765300000000-personal-data-key-check.js';

/** Intake's schema, in order. */
export const INTAKE_MIGRATIONS = [Initial1764201600000, PetitionLifecycle1764288000000, CountyName1764374400000, CaseListSearch1765200000000, PersonalDataKeyCheck1765300000000];
