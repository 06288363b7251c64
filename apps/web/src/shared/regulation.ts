/**
 * The clocks of the 2022 《信访工作条例》 as the citizens' guide states them (domain.md, "The
 * procedure and its clocks"). Days are calendar days unless marked working days; casework
 * computes the real deadlines, this is only what a citizen is told to expect.
 */
export interface RegulationClock {
  step: string;
  limit: string;
  detail: string;
  article: string;
}

export const REGULATION_CLOCKS: RegulationClock[] = [
  { step: '登记与转送', limit: '15 日内', detail: '信访机构收到信访事项后登记，并在 15 日内转送、交办有权处理的机关、单位，或告知您向有权机关提出。', article: '第二十二条' },
  { step: '决定是否受理', limit: '15 日内', detail: '承办单位收到之日起 15 日内决定是否受理，并书面告知您（受理告知书）。', article: '第二十三条' },
  { step: '办理并书面答复', limit: '60 日内', detail: '自受理之日起 60 日内办结，出具书面答复（信访处理意见书）：支持、解释说明或不予支持。', article: '第三十二条、第三十四条' },
  { step: '延期', limit: '最多延长 30 日', detail: '情况复杂的，经承办单位负责人批准可以延长一次，延长不超过 30 日，并告知您延期理由。', article: '第三十四条' },
  { step: '申请复查', limit: '收到答复后 30 日内', detail: '对答复不服的，可以自收到书面答复之日起 30 日内请求原办理单位的上一级机关复查。', article: '第三十五条' },
  { step: '复查意见', limit: '30 日内', detail: '复查机关自收到复查请求之日起 30 日内提出复查意见，书面答复您。', article: '第三十五条' },
  { step: '申请复核与复核意见', limit: '各 30 日', detail: '对复查意见不服的，可以自收到之日起 30 日内请求复核；复核机关 30 日内提出复核意见，组织听证的，听证时间不计入期限。', article: '第三十六条' },
  { step: '复核终结', limit: '—', detail: '复核意见为最终意见。以同一事实和理由再次提出的，不再受理。', article: '第三十六条' },
];

/** A collective petition names at most this many representatives (Art. 20); five or more people make it collective. */
export const MAX_REPRESENTATIVES = 5;
export const COLLECTIVE_THRESHOLD = 5;
