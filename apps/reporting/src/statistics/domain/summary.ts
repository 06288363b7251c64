/**
 * The statistics' figures and rates from summed per-petition figures (see
 * projections/domain/figures.ts for what each counts). Rates are fractions 0..1, or null when
 * nothing is counted (a rate of nothing is not 0%).
 */

export type FigureSums = Record<string, number>;

export const rate = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/**
 * 满意率 is counted the way the national petition information system counts 群众满意率:
 * 满意 and 基本满意 together, over the evaluated (参评) petitions. The stricter reading, 满意
 * alone, is returned beside it as `strictSatisfactionRate`.
 */
export const SATISFACTION_COUNTING = 'satisfied+basically-satisfied' as const;

export function satisfactionRates(f: FigureSums): { satisfactionRate: number | null; strictSatisfactionRate: number | null } {
  return {
    satisfactionRate: rate((f.satisfied ?? 0) + (f.basically_satisfied ?? 0), f.evaluated ?? 0),
    strictSatisfactionRate: rate(f.satisfied ?? 0, f.evaluated ?? 0),
  };
}

export interface DisputeFigures {
  screened: number;
  resolved: number;
  inProgress: number;
  escalated: number;
  referred: number;
  /** Found easily escalating (易激化) when screened. */
  easilyEscalating: number;
  /** Still flagged easily escalating and not resolved. */
  unresolvedEasilyEscalating: number;
  peopleInvolved: number;
}

/** The summary of api.md (those names stay), with the rest of issue 6 around it. */
export function summarise(f: FigureSums, disputes?: DisputeFigures) {
  const n = (k: string) => Number(f[k] ?? 0);
  const { satisfactionRate, strictSatisfactionRate } = satisfactionRates(f);
  return {
    received: n('received'),
    byChannel: { visit: n('visit'), letter: n('letter'), online: n('online'), phone: n('phone') },
    closed: n('closed'),
    closureRate: rate(n('closed'), n('received')),
    timelyAcceptanceRate: rate(n('timely'), n('decided')),
    onTimeClosureRate: rate(n('on_time'), n('replied')),
    evaluationRate: rate(n('evaluated'), n('eligible')),
    satisfactionRate,
    repeat: n('repeat'),
    skipLevel: n('skip_level'),
    collective: n('collective'),
    // ── beyond api.md ──
    satisfactionCounting: SATISFACTION_COUNTING,
    strictSatisfactionRate,
    satisfaction: { eligible: n('eligible'), evaluated: n('evaluated'), satisfied: n('satisfied'), basicallySatisfied: n('basically_satisfied'), unsatisfied: n('unsatisfied') },
    acceptance: { decided: n('decided'), timely: n('timely'), accepted: n('accepted'), rejected: n('rejected'), refused: n('refused') },
    replies: { replied: n('replied'), onTime: n('on_time'), extended: n('extended') },
    leaderOwned: { cases: n('owned'), resolved: n('owned_resolved'), resolutionRate: rate(n('owned_resolved'), n('owned')) },
    routing: {
      transfers: n('transfers'),
      transferredCases: n('transferred'),
      assignments: n('assignments'),
      assignedCases: n('assigned'),
      supervisions: n('supervisions'),
      supervisedCases: n('supervised'),
      objections: n('objections'),
    },
    overdueCases: n('overdue'),
    escalatedCases: n('escalated'),
    reviewedCases: n('reviewed'),
    longStanding: n('long_standing'),
    countyLevel: n('county_level'),
    accusations: n('accusation'),
    mediation: {
      casesMediated: n('mediated'),
      casesResolvedByMediation: n('mediation_resolved'),
      ...(disputes
        ? {
            disputes: {
              ...disputes,
              resolutionRate: rate(disputes.resolved, disputes.screened),
            },
          }
        : {}),
    },
  };
}

export type Summary = ReturnType<typeof summarise>;
