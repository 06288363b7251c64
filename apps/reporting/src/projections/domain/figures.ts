/**
 * The figures of "What gets counted" (domain.md), defined once per petition as SQL over a
 * petition row `p`, its own case `oc` (the case opened for it), the case it was attached to
 * `lc` (a repeat or skip-level petition linked to an open case, when it has no case of its own)
 * and its own case's counted events `ev`. The rollups are sums of these; the live statistics
 * sum the same expressions, so rollup and live figures cannot drift apart.
 *
 * Definitions (each a 0/1 per petition received in the period, or a count):
 * - received: every registered petition, whatever its channel or outcome (refused ones included);
 * - closed (办结): the case that handles it — its own, or the one it was attached to — is closed
 *   now: closed, and not reopened by a review request after its last closure;
 * - decided / timely (及时受理): its own case had an acceptance decision (受理 or 不予受理), and it
 *   was taken within the 15 days (the case event's `timely`);
 * - replied / on_time (按期办结): its own case was replied to, and by the (extended) deadline;
 * - eligible / evaluated (参评): eligible once the handling case was replied to (or it was
 *   evaluated anyway); evaluated when the petitioner rated it;
 * - satisfied / basically_satisfied / unsatisfied: the rating (满意 / 基本满意 / 不满意);
 * - repeat, skip_level, collective: intake's flags, or casework attached it as a repeat or
 *   skip-level petition;
 * - owned / owned_resolved (包案化解): a leader owns its own case; resolved = that case is closed;
 * - transfers, assignments, supervisions: how many times its case was routed (转送, 交办) or
 *   supervised (督办); transferred / assigned / supervised: whether at least once;
 * - overdue: a clock of its case ran out at least once; escalated: the case was escalated;
 * - mediated / mediation_resolved: a mediation was recorded on its case / one of them resolved it.
 */

export const CLOSED = (x: string) => `(${x}.last_closed_at IS NOT NULL AND (${x}.last_review_requested_at IS NULL OR ${x}.last_closed_at >= ${x}.last_review_requested_at))`;
const closedNow = `CASE WHEN oc.case_id IS NOT NULL THEN ${CLOSED('oc')} ELSE ${CLOSED('lc')} END`;

/** [column, SQL expression per petition]. Boolean expressions count 1 when true. */
export const FIGURES: ReadonlyArray<readonly [string, string]> = [
  ['received', 'true'],
  ['visit', `p.channel = 'visit'`],
  ['letter', `p.channel = 'letter'`],
  ['online', `p.channel = 'online'`],
  ['phone', `p.channel = 'phone'`],
  ['closed', closedNow],
  ['decided', 'oc.decision IS NOT NULL'],
  ['timely', 'oc.decision IS NOT NULL AND oc.acceptance_timely'],
  ['accepted', `oc.decision = 'accepted'`],
  ['rejected', `oc.decision = 'rejected'`],
  ['refused', 'p.refused_at IS NOT NULL OR oc.refused_as_repeat_at IS NOT NULL'],
  ['replied', 'oc.replied_at IS NOT NULL'],
  ['on_time', 'oc.replied_at IS NOT NULL AND oc.reply_on_time'],
  ['eligible', 'oc.replied_at IS NOT NULL OR lc.replied_at IS NOT NULL OR p.rating IS NOT NULL'],
  ['evaluated', 'p.rating IS NOT NULL'],
  ['satisfied', `p.rating = 'satisfied'`],
  ['basically_satisfied', `p.rating = 'basically-satisfied'`],
  ['unsatisfied', `p.rating = 'unsatisfied'`],
  ['repeat', `p.repeat OR p.linked_as = 'repeat'`],
  ['skip_level', `p.skip_level OR p.linked_as = 'skip-level'`],
  ['collective', 'p.collective'],
  ['long_standing', 'p.long_standing'],
  ['accusation', 'p.is_accusation'],
  ['county_level', `p.registered_at_level = 'county'`],
  ['owned', 'oc.owned_at IS NOT NULL'],
  ['owned_resolved', `oc.owned_at IS NOT NULL AND ${CLOSED('oc')}`],
  ['extended', 'oc.extended_days IS NOT NULL'],
  ['reviewed', 'oc.last_review_requested_at IS NOT NULL'],
  ['transfers', 'COUNT:transfers'],
  ['transferred', 'ev.transfers > 0'],
  ['assignments', 'COUNT:assignments'],
  ['assigned', 'ev.assignments > 0'],
  ['supervisions', 'COUNT:supervisions'],
  ['supervised', 'ev.supervisions > 0'],
  ['objections', 'COUNT:objections'],
  ['overdue', 'ev.overdue > 0'],
  ['escalated', 'ev.escalations > 0'],
  ['mediated', 'ev.mediations > 0'],
  ['mediation_resolved', 'ev.mediations_resolved > 0'],
];

export const FIGURE_NAMES: readonly string[] = FIGURES.map(([name]) => name);
export type FigureName = (typeof FIGURES)[number][0];
export type Figures = Record<string, number>;

/** The per-petition SQL value of a figure: counts as they are, conditions as 0/1 (NULL counts 0). */
export function figureValue(expr: string): string {
  if (expr.startsWith('COUNT:')) return `coalesce(ev.${expr.slice(6)}, 0)::int`;
  return `(coalesce((${expr}), false))::int`;
}

/** Counted casework events of a case, by kind (the lateral `ev`). */
export const CASE_EVENT_COUNTS = `
  count(*) FILTER (WHERE e.kind = 'transferred') AS transfers,
  count(*) FILTER (WHERE e.kind = 'assigned') AS assignments,
  count(*) FILTER (WHERE e.kind = 'supervised') AS supervisions,
  count(*) FILTER (WHERE e.kind = 'routing-objected') AS objections,
  count(*) FILTER (WHERE e.kind = 'overdue') AS overdue,
  count(*) FILTER (WHERE e.kind = 'escalated') AS escalations,
  count(*) FILTER (WHERE e.kind = 'mediated') AS mediations,
  count(*) FILTER (WHERE e.kind = 'mediated' AND e.detail = 'resolved') AS mediations_resolved`;

/** Names of the tables a query reads: a generation's own tables, or the views of the current one. */
export type TableNames = (base: string) => string;

/**
 * One row per registered petition with its dimensions and figures, for petitions matching
 * `where` (SQL over `p`). Dimensions: township_code, month, received_at, village_code, channel,
 * category_code, unit_code (the unit that decided, replied or last received it), accused_unit_code
 * (for accusations only).
 */
export function petitionFiguresSql(t: TableNames, where = 'true'): string {
  return `
    SELECT p.petition_id, p.township_code, p.received_month AS month, p.received_at, p.village_code, p.channel, p.category_code,
           coalesce(oc.decision_unit_code, oc.reply_unit_code, oc.last_routed_unit_code, lc.decision_unit_code, lc.reply_unit_code, lc.last_routed_unit_code) AS unit_code,
           CASE WHEN p.is_accusation THEN p.accused_unit_code END AS accused_unit_code,
           ${FIGURES.map(([name, expr]) => `${figureValue(expr)} AS ${name}`).join(',\n           ')}
    FROM ${t('petition_fact')} p
    LEFT JOIN ${t('case_fact')} oc ON oc.petition_id = p.petition_id
    LEFT JOIN ${t('case_fact')} lc ON oc.case_id IS NULL AND lc.case_id = p.linked_case_id
    LEFT JOIN LATERAL (SELECT ${CASE_EVENT_COUNTS} FROM ${t('case_event_fact')} e WHERE e.case_id = oc.case_id) ev ON oc.case_id IS NOT NULL
    WHERE p.reg_stamp IS NOT NULL AND (${where})`;
}

/** Dimensions of the two rollups: the county summary reads the small one, breakdowns and village filters the detailed one. */
export const ROLLUP_TOWNSHIP_DIMENSIONS = ['township_code', 'month', 'accused_unit_code'] as const;
export const ROLLUP_DETAIL_DIMENSIONS = ['township_code', 'month', 'village_code', 'channel', 'category_code', 'unit_code', 'accused_unit_code'] as const;

export const sumFigures = (alias = '') => FIGURE_NAMES.map((f) => `sum(${alias}${f})::bigint AS ${f}`).join(', ');
