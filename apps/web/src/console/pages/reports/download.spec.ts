import { dispositionFileName } from './download';

describe('the file name of a download', () => {
  it('decodes the RFC 5987 name reporting sends, Chinese and all', () => {
    expect(dispositionFileName(`attachment; filename*=UTF-8''${encodeURIComponent('清水镇2026年信访工作自查报告.docx')}`, 'x.docx')).toBe('清水镇2026年信访工作自查报告.docx');
  });

  it('falls back to a plain name, then to the page\'s own', () => {
    expect(dispositionFileName('attachment; filename="cases.csv"', 'x.csv')).toBe('cases.csv');
    expect(dispositionFileName(null, '信访案件清单.csv')).toBe('信访案件清单.csv');
    expect(dispositionFileName("attachment; filename*=UTF-8''%E4%B", 'x.csv')).toBe('x.csv');
  });
});
