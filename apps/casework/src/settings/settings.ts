import type { EscalationStep } from '#contracts';

/** County-configurable settings of casework, with their defaults. */
export interface CaseworkSettings {
  /** Days before a deadline that the deadline-approaching reminder fires. */
  reminderDaysBefore: number;
  /** What happens as an obligation stays overdue: after N days, this step (each fires once). */
  escalationSteps: { afterDays: number; step: EscalationStep }[];
}

export const DEFAULT_SETTINGS: CaseworkSettings = {
  reminderDaysBefore: 3,
  escalationSteps: [
    { afterDays: 0, step: 'reminder' },
    { afterDays: 3, step: 'supervision' },
    { afterDays: 10, step: 'report-up' },
  ],
};
