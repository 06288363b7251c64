import { jest } from '@jest/globals';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { EVENT_STREAMS } from '#contracts';
import { eventually, http, startInProcess, TestPlatform, type InProcessService } from '#testing';
import { CASEWORK_SERVICE } from '../../apps/casework/src/casework.module.js';
import { DirectoryService } from '../../apps/intake/src/directory/directory.service.js';
import { INTAKE_SERVICE } from '../../apps/intake/src/intake.module.js';
import { DEMO_COUNTY } from '../../apps/intake/src/seed/demo-county.js';

jest.setTimeout(90_000);

const QINGSHUI = '430599101000';
const UNIT = 'dept-natural-resources';
const REPLY_TEXT = '经核查，您反映的石桥村四组承包田占用补偿款已于本月拨付至村集体账户，镇政府已督促村委会在十日内发放到户。答复人：县自然资源局 联系人 陈晓东。';
const REVIEW_TEXT = '复查认为原处理意见认定事实清楚，维持原处理意见；补偿款发放情况由镇政府跟踪落实。';

/**
 * The texts of the written answers reach the citizen's tracking page: intake asks casework over
 * NATS request/reply (CASE_REPLIES_SUBJECT) when the petition has been answered. The texts never
 * go into an event, and the page still answers when casework cannot.
 */
describe('the answers\' texts on the public tracking page', () => {
  let platform: TestPlatform;
  let intake: InProcessService;
  let casework: InProcessService;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    platform = await TestPlatform.start();
    [intake, casework] = await Promise.all([startInProcess(INTAKE_SERVICE, platform), startInProcess(CASEWORK_SERVICE, platform)]);
    await intake.app.get(DirectoryService).importDirectory(DEMO_COUNTY);
    tokens.admin = await platform.token('county-admin');
    tokens.dept = await platform.token('department-officer', UNIT);
    tokens.officer = await platform.token('township-officer', QINGSHUI);
  });

  afterAll(async () => {
    await Promise.all([intake?.close(), casework?.close()]);
    await platform?.close();
  });

  const act = async (token: string, caseId: string, action: string, body: unknown = {}) => {
    const res = await http(casework.url, 'POST', `/api/cases/${caseId}/${action}`, { token, body });
    if (res.status !== 200) throw new Error(`${action}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const track = async (code: string) => (await http(intake.url, 'GET', `/api/public/petitions/${code}`)).body;

  it('shows no answers before the reply, then the reply and the review decision with their texts, in order', async () => {
    const submitted = await http(intake.url, 'POST', '/api/public/petitions', {
      body: {
        townshipCode: QINGSHUI,
        category: 'land-acquisition',
        title: '反映承包田占用补偿款未发放',
        content: '县道扩建占用我家承包田0.9亩，补偿款至今未发放到户。',
        petitioners: [{ name: '罗秀梅', phone: '13974561234' }],
      },
    });
    expect(submitted.status).toBe(201);
    const code: string = submitted.body.trackingCode;
    const [petitionId] = (await http(intake.url, 'GET', `/api/petitions?townshipCode=${QINGSHUI}`, { token: tokens.admin })).body.items.map((p: { id: string }) => p.id);
    const caseId: string = await eventually(async () => {
      const list = await http(casework.url, 'GET', `/api/cases?petitionId=${petitionId}`, { token: tokens.admin });
      expect(list.body.items).toHaveLength(1);
      return list.body.items[0].id;
    }, 15_000);
    expect((await track(code)).answers).toEqual([]);

    await act(tokens.admin, caseId, 'transfer', { unitCode: UNIT, reason: '属征地补偿事项' });
    await act(tokens.dept, caseId, 'accept');
    await act(tokens.dept, caseId, 'reply', { outcome: 'support', text: REPLY_TEXT });
    const replied = await eventually(async () => {
      const page = await track(code);
      expect(page.status.code).toBe('replied');
      return page;
    }, 15_000);
    expect(replied.answers).toEqual([{ kind: 'reply', kindLabel: '书面答复', outcome: 'support', outcomeLabel: '支持', text: REPLY_TEXT, at: expect.any(String) }]);

    await act(tokens.admin, caseId, 'request-review', { reason: '信访人对答复不服，申请复查' });
    await act(tokens.admin, caseId, 'decide-review', { outcome: 'upheld', text: REVIEW_TEXT });
    const reviewed = await eventually(async () => {
      const page = await track(code);
      expect(page.answers).toHaveLength(2);
      return page;
    }, 15_000);
    expect(reviewed.answers[1]).toEqual({ kind: 'review', kindLabel: '复查意见', outcome: 'upheld', outcomeLabel: '维持原处理意见', text: REVIEW_TEXT, at: expect.any(String) });
    expect(Date.parse(reviewed.answers[0].at)).toBeLessThan(Date.parse(reviewed.answers[1].at));

    // the texts are in no event of the CASEWORK stream (they name people)
    const nc = await connect({ servers: platform.nats.url });
    try {
      const jsm = await jetstreamManager(nc);
      const info = await jsm.streams.info(EVENT_STREAMS.casework.name);
      expect(info.state.messages).toBeGreaterThan(0);
      for (let seq = info.state.first_seq; seq <= info.state.last_seq; seq++) {
        const message = await jsm.streams.getMessage(EVENT_STREAMS.casework.name, { seq });
        const data = new TextDecoder().decode(message!.data);
        expect(data).not.toContain('陈晓东');
        expect(data).not.toContain('复查认为原处理意见');
      }
    } finally {
      await nc.close();
    }

    // casework down: the page still answers, without the texts (null: cannot tell now)
    await casework.close();
    const without = await http(intake.url, 'GET', `/api/public/petitions/${code}`);
    expect(without.status).toBe(200);
    expect(without.body.answers).toBeNull();
    expect(without.body.timeline.map((s: { kind: string }) => s.kind)).toContain('replied');
  });
});
