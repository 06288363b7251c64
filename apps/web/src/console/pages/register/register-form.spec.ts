import { decisionSentence, errorsByPath, fileProblem, formPathOf, isCollective, localProblems, receiptClocks, toRegistrationBody, type RegistrationDraft } from './register-form';

const draft = (over: Partial<RegistrationDraft> = {}): RegistrationDraft => ({
  receivedAt: '2026-12-04T02:00:00.000Z',
  townshipCode: '430599101000',
  villageCode: '430599101201',
  category: 'land-acquisition',
  title: '反映征地补偿款未足额发放',
  content: '石桥村三组水田1.8亩，补偿款只发了一半。',
  headcount: 2,
  letterDate: '2026-11-30',
  callerNumber: ' 0739-5551234 ',
  petitioners: [{ name: '周德明', idNumber: ' 430524196803121232 ', phone: '', address: '  ' }, { name: '李桂英' }],
  ...over,
});

describe('the registration form’s body for intake', () => {
  it('sends each channel only its own field, and leaves empty optional fields out', () => {
    const visit = toRegistrationBody('visit', draft());
    expect(visit).toEqual({
      channel: 'visit',
      receivedAt: '2026-12-04T02:00:00.000Z',
      townshipCode: '430599101000',
      villageCode: '430599101201',
      category: 'land-acquisition',
      title: '反映征地补偿款未足额发放',
      content: '石桥村三组水田1.8亩，补偿款只发了一半。',
      petitioners: [{ name: '周德明', idNumber: '430524196803121232' }, { name: '李桂英' }],
      headcount: 2,
    });
    expect(toRegistrationBody('letter', draft())).toMatchObject({ channel: 'letter', letterDate: '2026-11-30' });
    expect(toRegistrationBody('letter', draft())).not.toHaveProperty('headcount');
    expect(toRegistrationBody('phone', draft())).toMatchObject({ channel: 'phone', callerNumber: '0739-5551234' });
    const online = toRegistrationBody('online', draft());
    expect(['headcount', 'letterDate', 'callerNumber'].filter((k) => k in online)).toEqual([]);
  });

  it('sends what was typed for the API to judge: blank required fields are sent blank, not dropped', () => {
    const body = toRegistrationBody('visit', { petitioners: [{}] });
    expect(body).toMatchObject({ townshipCode: '', category: '', title: '', content: '', petitioners: [{ name: '' }] });
  });

  it('names representatives only for a collective petition (five or more people), as indices of the petitioners', () => {
    const five = Array.from({ length: 5 }, (_, i) => ({ name: `代表${i}` }));
    expect(isCollective('visit', { headcount: 30, petitioners: [{ name: '甲' }] })).toBe(true);
    expect(isCollective('letter', { headcount: 30, petitioners: [{ name: '甲' }] })).toBe(false); // only a visit counts those present
    expect(isCollective('letter', { petitioners: five })).toBe(true);
    expect(toRegistrationBody('visit', draft({ headcount: 30, representatives: [1, 0, 1] }))).toMatchObject({ headcount: 30, representatives: [0, 1] });
    expect(toRegistrationBody('visit', draft({ headcount: 2, representatives: [0] }))).not.toHaveProperty('representatives');
    // a removed row's index is not sent
    expect(toRegistrationBody('visit', draft({ headcount: 8, representatives: [0, 5] }))).toMatchObject({ representatives: [0] });
    expect(localProblems('letter', { petitioners: [...five, ...five], representatives: [0, 1, 2, 3, 4, 5] })).toEqual([
      { field: 'representatives', rule: 'maxRepresentatives', message: '集体访最多推选 5 名代表（《信访工作条例》第二十条）' },
    ]);
    expect(localProblems('letter', { petitioners: five, representatives: [0, 1, 2, 3, 4] })).toEqual([]);
  });

  it('sends the accused unit only with an accusation', () => {
    expect(toRegistrationBody('letter', draft({ isAccusation: true, accusedUnit: 'twp-430599101000' }))).toMatchObject({ isAccusation: true, accusedUnit: 'twp-430599101000' });
    expect(toRegistrationBody('letter', draft({ isAccusation: false, accusedUnit: 'twp-430599101000' }))).not.toHaveProperty('accusedUnit');
  });
});

describe('where the API’s errors show', () => {
  it('puts each error at its field of the form', () => {
    expect(formPathOf('petitioners[1].idNumber')).toEqual(['petitioners', 1, 'idNumber']);
    expect(formPathOf('petitioners[2]')).toEqual(['petitioners', 2, 'name']);
    expect(formPathOf('petitioners')).toEqual(['petitioners', 0, 'name']);
    expect(formPathOf('representatives[3]')).toEqual(['representatives']);
    expect(formPathOf('letterDate')).toEqual(['letterDate']);
    expect(formPathOf('accusedUnit')).toEqual(['accusedUnit']);
    expect(formPathOf('registeredAtLevel')).toBeNull();
  });

  it('keeps several rules of one field, once each, and the ones without a field apart', () => {
    const { fields, other } = errorsByPath([
      { field: 'representatives', rule: 'maxRepresentatives', message: '集体访最多推选 5 名代表' },
      { field: 'representatives[5]', rule: 'petitionerIndex', message: '没有第 5 号信访人' },
      { field: 'petitioners[0].idNumber', rule: 'residentId', message: '身份证号校验位不正确（GB 11643）' },
      { field: 'petitioners[0].idNumber', rule: 'residentId', message: '身份证号校验位不正确（GB 11643）' },
      { field: 'registeredAtLevel', rule: 'isIn', message: '取值不在允许范围内' },
    ]);
    expect(fields).toEqual([
      { name: ['representatives'], errors: ['集体访最多推选 5 名代表', '没有第 5 号信访人'] },
      { name: ['petitioners', 0, 'idNumber'], errors: ['身份证号校验位不正确（GB 11643）'] },
    ]);
    expect(other).toEqual(['取值不在允许范围内']);
  });
});

describe('what the officer is told', () => {
  const base = { flags: { collective: false, repeat: false, skipLevel: false }, linkedPetitionId: null, status: 'registered' as const, longStandingPetitioner: false };
  it('says what registering will do', () => {
    expect(decisionSentence(base)).toBe('登记后将作为新的信访事项，待转送承办单位。');
    expect(decisionSentence({ ...base, flags: { collective: true, repeat: true, skipLevel: false }, linkedPetitionId: 'p1' })).toBe('登记后将作为重复访，并入同一事项的原件一并办理；按集体访登记。');
    expect(decisionSentence({ ...base, flags: { ...base.flags, skipLevel: true } })).toContain('越级访');
    expect(decisionSentence({ ...base, status: 'refused', refusalReason: '该信访事项已经复核终结。' })).toBe('登记后将不再受理：该信访事项已经复核终结。');
    expect(decisionSentence({ ...base, longStandingPetitioner: true })).toContain('信访老户');
  });

  it('refuses files intake would refuse, before they are sent', () => {
    expect(fileProblem({ name: 'a.png', type: 'image/png', size: 10 })).toBeNull();
    expect(fileProblem({ name: 'scan.PDF', type: '', size: 10 })).toBeNull();
    expect(fileProblem({ name: 'a.docx', type: 'application/msword', size: 10 })).toBe('只接受 JPEG、PNG 或 PDF 文件');
    expect(fileProblem({ name: 'a.jpg', type: 'image/jpeg', size: 10 * 1024 * 1024 + 1 })).toBe('文件超过大小上限（每个不超过 10 MB）');
    expect(fileProblem({ name: 'a.jpg', type: 'image/jpeg', size: 0 })).toBe('文件是空的');
  });

  it('prints the regulation’s clocks from routing to review on the receipt', () => {
    expect(receiptClocks().map((c) => c.limit)).toEqual(['15 日内', '15 日内', '60 日内', '最多延长 30 日', '收到答复后 30 日内']);
  });
});
