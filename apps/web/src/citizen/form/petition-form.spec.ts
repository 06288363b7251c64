import { byField, emptyDraft, fieldKeyOf, formOrder, labelOf, localProblems, newPerson, toRequestBody, type PetitionDraft } from './petition-form';

const draft = (change: Partial<PetitionDraft> = {}): PetitionDraft => ({
  ...emptyDraft(),
  townshipCode: '430599101000',
  villageCode: '430599101201',
  category: 'land-acquisition',
  title: '反映征地补偿款未发放',
  content: '补偿款至今未发放到户。',
  people: [{ ...newPerson(), name: '罗秀梅', phone: '13974561234' }],
  pledge: true,
  ...change,
});

describe('the online form as the API sees it', () => {
  it('sends what was filled, leaves out empty optional fields, and never sends the pledge or list keys', () => {
    expect(toRequestBody(draft({ villageCode: '', people: [{ ...newPerson(), name: '罗秀梅', idNumber: '  ', phone: ' 13974561234 ', address: '' }] }))).toEqual({
      townshipCode: '430599101000',
      villageCode: undefined,
      category: 'land-acquisition',
      title: '反映征地补偿款未发放',
      content: '补偿款至今未发放到户。',
      petitioners: [{ name: '罗秀梅', idNumber: undefined, phone: '13974561234', address: undefined }],
    });
  });

  it('names representatives (indices into petitioners) only for five people or more', () => {
    const four = Array.from({ length: 4 }, (_, i) => ({ ...newPerson(), name: `联名人${i}`, representative: i === 1 }));
    expect(toRequestBody(draft({ people: four }))).not.toHaveProperty('representatives');
    const six = Array.from({ length: 6 }, (_, i) => ({ ...newPerson(), name: `联名人${i}`, representative: i === 1 || i === 4 }));
    expect(toRequestBody(draft({ people: six })).representatives).toEqual([1, 4]);
  });

  it('says itself what the API does not check: the pledge, and more than five representatives early', () => {
    expect(localProblems(draft())).toEqual([]);
    expect(localProblems(draft({ pledge: false })).map((p) => p.field)).toEqual(['pledge']);
    const six = Array.from({ length: 6 }, (_, i) => ({ ...newPerson(), name: `联名人${i}`, representative: true }));
    expect(localProblems(draft({ people: six }))).toEqual([{ field: 'representatives', rule: 'maxRepresentatives', message: '集体访最多推选 5 名代表（《信访工作条例》第二十条）' }]);
  });

  it('shows each API error at the field it names', () => {
    expect(fieldKeyOf('petitioners[0].idNumber')).toBe('petitioners[0].idNumber');
    expect(fieldKeyOf('representatives[3]')).toBe('representatives');
    expect(fieldKeyOf('petitioners[2]')).toBe('petitioners[2].name');
    expect(fieldKeyOf('petitioners')).toBe('petitioners[0].name');
    const grouped = byField([
      { field: 'title', message: '必须填写' },
      { field: 'title', message: '不能只有空白字符' },
      { field: 'representatives[0]', message: '没有第 7 号信访人（从 0 开始编号）' },
    ]);
    expect(grouped.get('title')).toEqual(['必须填写', '不能只有空白字符']);
    expect(grouped.get('representatives')).toEqual(['没有第 7 号信访人（从 0 开始编号）']);
  });

  it('labels fields in the summary as the form does, and lists them top to bottom', () => {
    expect(labelOf('petitioners[0].idNumber')).toBe('身份证号');
    expect(labelOf('petitioners[1].phone')).toBe('手机号码（第 2 位联名人）');
    expect(labelOf('villageCode')).toBe('村（社区）');
    const keys = ['pledge', 'petitioners[1].name', 'petitioners[0].phone', 'title', 'petitioners[0].idNumber', 'townshipCode', 'representatives'];
    expect([...keys].sort((a, b) => formOrder(a) - formOrder(b))).toEqual(['townshipCode', 'title', 'petitioners[0].idNumber', 'petitioners[0].phone', 'petitioners[1].name', 'representatives', 'pledge']);
  });
});
