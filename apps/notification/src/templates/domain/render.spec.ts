import { placeholders, render } from './render.js';

const body = (text: string, values: Record<string, unknown>) => render({ subject: null, body: text }, values);

describe('render', () => {
  it('fills plain placeholders, with or without spaces inside the braces', () => {
    expect(body('{{county}}信访局：{{ unitName }}', { county: '清溪县', unitName: '县自然资源局' })).toEqual({ subject: null, body: '清溪县信访局：县自然资源局', missing: [] });
  });

  it('keeps a null subject null and renders a subject when there is one', () => {
    expect(render({ subject: null, body: 'x' }, {}).subject).toBeNull();
    expect(render({ subject: '新{{routing}}信访件', body: 'x' }, { routing: '交办' }).subject).toBe('新交办信访件');
  });

  describe('date and datetime: China time, whatever the machine’s zone', () => {
    it.each([
      ['2026-03-02T01:30:00.000Z', '2026年3月2日', '2026年3月2日 09:30'],
      // 16:05 UTC is already the next day in China
      ['2026-03-02T16:05:00.000Z', '2026年3月3日', '2026年3月3日 00:05'],
      // the last minute of the year in China
      ['2026-12-31T15:59:00.000Z', '2026年12月31日', '2026年12月31日 23:59'],
      ['2026-12-31T16:00:00.000Z', '2027年1月1日', '2027年1月1日 00:00'],
    ])('%s', (at, date, datetime) => {
      expect(body('{{at|date}}', { at }).body).toBe(date);
      expect(body('{{at|datetime}}', { at }).body).toBe(datetime);
    });

    it('reports a value that is not a date as missing', () => {
      expect(body('期限：{{dueAt|date}}', { dueAt: '下周一' })).toEqual({ subject: null, body: '期限：', missing: ['dueAt'] });
    });
  });

  describe('label: the Chinese name of a code, by the placeholder’s name', () => {
    it.each([
      ['outcome', 'support', '支持'],
      ['outcome', 'explain', '解释说明'],
      ['outcome', 'not-support', '不予支持'],
      ['clock', 'reply', '办理答复'],
      ['clock', 'supervision', '督办'],
      ['clock', 'acceptance-notice', '受理告知'],
      ['step', 'report-up', '上报'],
      ['channel', 'visit', '来访'],
      ['channel', 'online', '网上信访'],
      ['stage', 're-review', '复核'],
      ['rating', 'unsatisfied', '不满意'],
    ])('%s %s → %s', (name, code, label) => {
      expect(body(`{{${name}|label}}`, { [name]: code }).body).toBe(label);
    });

    it('passes an unknown code through rather than dropping it', () => {
      expect(body('{{clock|label}}', { clock: 'new-clock' })).toEqual({ subject: null, body: 'new-clock', missing: [] });
    });

    it('labels nested values by their last name', () => {
      expect(body('{{case.outcome|label}}', { case: { outcome: 'support' } }).body).toBe('支持');
    });
  });

  describe('sentence: a reason told as one sentence, ending in exactly one full stop', () => {
    it.each([
      ['涉及地块权属需重新测绘', '涉及地块权属需重新测绘。'],
      ['涉及地块权属需重新测绘。', '涉及地块权属需重新测绘。'],
      ['涉及地块权属需重新测绘，', '涉及地块权属需重新测绘。'],
      ['  是否属实？ ', '是否属实？'],
      ['请尽快办理！', '请尽快办理！'],
    ])('%j → %j', (reason, told) => {
      expect(body('理由：{{reason|sentence}}查询码 X。', { reason })).toEqual({ subject: null, body: `理由：${told}查询码 X。`, missing: [] });
    });
  });

  it('renders an unknown filter as the plain value', () => {
    expect(body('{{days|upper}}', { days: 30 }).body).toBe('30');
  });

  it('renders numbers and booleans, zero included', () => {
    expect(body('{{count}}件，{{days}}日，{{flag}}', { count: 0, days: 30, flag: false })).toEqual({ subject: null, body: '0件，30日，false', missing: [] });
  });

  describe('missing placeholders', () => {
    it('reports each missing name once, from subject and body, and leaves the gap empty', () => {
      const rendered = render({ subject: '{{a}}与{{b}}', body: '{{a}}{{b|date}}{{c}}' }, { c: '有' });
      expect(rendered).toEqual({ subject: '与', body: '有', missing: ['a', 'b'] });
    });

    it('counts undefined and null as missing', () => {
      expect(body('{{x}}{{y}}', { x: undefined, y: null }).missing).toEqual(['x', 'y']);
    });

    it('does not count an empty string as missing: an optional part that is empty, such as 集体访 marks', () => {
      expect(body('新登记来信件{{marks}}', { marks: '' })).toEqual({ subject: null, body: '新登记来信件', missing: [] });
    });

    it('reports a nested name whose parent is absent', () => {
      expect(body('{{case.unit}}', {}).missing).toEqual(['case.unit']);
    });

    it('leaves text that is not a placeholder alone', () => {
      expect(body('{单括号} {{ 中文 }} {{1x}}', {})).toEqual({ subject: null, body: '{单括号} {{ 中文 }} {{1x}}', missing: [] });
    });
  });

  it('is pure: the same template and values give the same text', () => {
    const t = { subject: '{{a}}', body: '{{b|date}}' };
    const v = { a: '甲', b: '2026-03-02T01:30:00.000Z' };
    expect(render(t, v)).toEqual(render(t, v));
    expect(v).toEqual({ a: '甲', b: '2026-03-02T01:30:00.000Z' });
  });
});

describe('placeholders', () => {
  it('lists each name a template uses once, subject first', () => {
    expect(placeholders({ subject: '{{clock|label}}期限', body: '{{township}}的{{clock|label}}期限将于{{ dueAt|datetime }}届满' })).toEqual(['clock', 'township', 'dueAt']);
  });
});
