/**
 * A request the case's state, the facts, or the caller's role does not allow. Thrown by the
 * pure domain and turned into 403/409/422 naming the rule by the HTTP layer.
 */
export class CaseRuleViolation extends Error {
  constructor(
    readonly status: 403 | 404 | 409 | 422,
    readonly rule: string,
    message: string,
  ) {
    super(message);
  }
}

export const forbidden = (rule: string, message: string) => new CaseRuleViolation(403, rule, message);
export const conflict = (rule: string, message: string) => new CaseRuleViolation(409, rule, message);
export const unprocessable = (rule: string, message: string) => new CaseRuleViolation(422, rule, message);
