/** The county's starting templates, in Chinese; staff revise them (each change is a new version). */
export interface TemplateText {
  key: string;
  channel: 'sms' | 'email' | 'inbox';
  subject: string | null;
  body: string;
}

const SMS = (key: string, body: string): TemplateText => ({ key, channel: 'sms', subject: null, body: `【{{county}}信访局】${body}` });

export const DEFAULT_TEMPLATES: TemplateText[] = [
  SMS('petitioner.registered', '您反映的信访事项已于{{receivedAt|date}}登记，查询码 {{trackingCode}}，可凭查询码查询办理进度、评价办理结果，请妥善保存。'),
  SMS('petitioner.transferred', '您的信访事项已转送{{unitName}}办理，该单位将在收到之日起15日内告知是否受理。查询码 {{trackingCode}}。'),
  SMS('petitioner.assigned', '您的信访事项已交办{{unitName}}限期办理，该单位将在收到之日起15日内告知是否受理。查询码 {{trackingCode}}。'),
  SMS('petitioner.accepted', '{{unit}}已受理您的信访事项，将于{{replyBy|date}}前作出书面答复。查询码 {{trackingCode}}。'),
  SMS('petitioner.rejected', '{{unit}}对您的信访事项决定不予受理，理由：{{reason|sentence}}查询码 {{trackingCode}}。'),
  SMS('petitioner.refused', '您反映的事项已复核终结，依据《信访工作条例》第三十六条，以同一事实和理由提出的不再受理。查询码 {{trackingCode}}。'),
  SMS('petitioner.extended', '您的信访事项办理期限延长{{days}}日，至{{replyBy|date}}。延期理由：{{reason|sentence}}查询码 {{trackingCode}}。'),
  SMS('petitioner.replied', '您的信访事项已作出书面答复（{{outcome|label}}），请凭查询码 {{trackingCode}} 查看并对办理结果进行评价；如不服，可于{{reviewRequestBy|date}}前申请复查。'),
  SMS('petitioner.review-decided', '您申请复查的信访事项已作出复查意见（{{outcome|label}}），请凭查询码 {{trackingCode}} 查看；如不服，可于{{reviewRequestBy|date}}前申请复核。'),
  SMS('petitioner.re-review-decided', '您申请复核的信访事项已作出复核意见（{{outcome|label}}），该事项已复核终结。查询码 {{trackingCode}}。'),
  { key: 'township.registered', channel: 'inbox', subject: '新登记{{channel|label}}件{{marks}}', body: '{{township}}{{receivedAt|datetime}}收到的一件{{category}}信访件已登记，请在 15 日内转送、交办或告知信访人。' },
  { key: 'staff.routed', channel: 'inbox', subject: '新{{routing}}信访件：{{township}}', body: '县信访局将一件{{township}}的信访件{{routing}}至{{unitName}}。请于{{acceptanceNoticeBy|date}}前作出是否受理的决定；如认为不属本单位职责，请于{{objectionBy|date}}前提出异议。' },
  { key: 'staff.routed.email', channel: 'email', subject: '【信访】新{{routing}}信访件：{{township}}', body: '{{recipientName}}：\n\n县信访局将一件{{township}}的信访件{{routing}}至{{unitName}}。请于{{acceptanceNoticeBy|date}}前作出是否受理的决定；如认为不属本单位职责，请于{{objectionBy|date}}前提出异议。\n\n请登录信访工作平台查看案件：{{link}}' },
  { key: 'staff.ownership', channel: 'inbox', subject: '您已包案一件信访案件', body: '您已包案{{township}}的一件信访案件，请对该案负责到底，按期化解。' },
  { key: 'staff.ownership.email', channel: 'email', subject: '【信访】领导包案确认', body: '{{recipientName}}：\n\n您已包案{{township}}的一件信访案件，请对该案负责到底，按期化解。\n\n案件：{{link}}' },
  { key: 'staff.deadline-approaching', channel: 'inbox', subject: '{{clock|label}}期限即将届满', body: '{{township}}一件信访案件的{{clock|label}}期限将于{{dueAt|datetime}}届满，请抓紧办理。' },
  { key: 'staff.deadline-approaching.email', channel: 'email', subject: '【信访】{{clock|label}}期限即将届满', body: '{{recipientName}}：\n\n{{township}}一件信访案件的{{clock|label}}期限将于{{dueAt|datetime}}届满，请抓紧办理。\n\n案件：{{link}}' },
  { key: 'staff.overdue', channel: 'inbox', subject: '案件已超期：{{clock|label}}', body: '{{township}}一件信访案件的{{clock|label}}期限已于{{dueAt|datetime}}届满，案件已超期，请立即办理。' },
  { key: 'staff.overdue.email', channel: 'email', subject: '【信访】案件已超期：{{clock|label}}', body: '{{recipientName}}：\n\n{{township}}一件信访案件的{{clock|label}}期限已于{{dueAt|datetime}}届满，案件已超期，请立即办理。\n\n案件：{{link}}' },
  { key: 'staff.supervised', channel: 'inbox', subject: '县信访局督办', body: '县信访局对{{township}}一件信访案件督办：{{reason|sentence}}请于{{dueAt|date}}前办结并报送结果。' },
  { key: 'staff.supervised.email', channel: 'email', subject: '【信访】督办通知', body: '{{recipientName}}：\n\n县信访局对{{township}}一件信访案件督办：{{reason|sentence}}请于{{dueAt|date}}前办结并报送结果。\n\n案件：{{link}}' },
  { key: 'county.supervision-due', channel: 'inbox', subject: '督办期限即将届满', body: '{{township}}一件督办案件的督办期限将于{{dueAt|datetime}}届满。' },
  { key: 'county.escalated', channel: 'inbox', subject: '超期案件升级：{{step|label}}', body: '{{township}}一件信访案件已升级（{{step|label}}）：{{detail}}' },
  { key: 'county.escalated.email', channel: 'email', subject: '【信访】超期案件升级：{{step|label}}', body: '{{recipientName}}：\n\n{{township}}一件信访案件已升级（{{step|label}}）：{{detail}}\n\n案件：{{link}}' },
  { key: 'township.zero-report-missing', channel: 'inbox', subject: '零报告未报送', body: '{{township}}{{date|date}}的零报告（{{periodName}}）尚未报送，请立即补报。' },
  { key: 'leader.digest', channel: 'inbox', subject: '本周到期的包案案件（{{count}}件）', body: '您包案的以下案件将在7日内到期：\n{{items}}' },
  { key: 'leader.digest.email', channel: 'email', subject: '【信访】本周到期的包案案件（{{count}}件）', body: '{{recipientName}}：\n\n您包案的以下案件将在7日内到期：\n{{items}}\n\n请登录信访工作平台查看。' },
];
