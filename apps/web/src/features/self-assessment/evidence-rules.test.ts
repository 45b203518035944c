import { describe, expect, it } from 'vitest';
import { evidenceAccept, evidenceProblem, evidenceRules } from './evidence-rules';

describe('evidence rules in the browser', () => {
  it('are stated before choosing: types and the 20 MB limit', () => {
    expect(evidenceRules).toBe('Tệp minh chứng: PDF, JPG, JPEG, PNG, DOCX, XLSX; mỗi tệp tối đa 20 MB.');
    expect(evidenceAccept).toBe('.pdf,.jpg,.jpeg,.png,.docx,.xlsx');
  });

  it('refuse a file too large or of another type before it is sent', () => {
    expect(evidenceProblem({ name: 'bao-cao.PDF', size: 1024 })).toBeUndefined();
    expect(evidenceProblem({ name: 'video.pdf', size: 25 * 1024 * 1024 })).toBe(
      'Tệp "video.pdf" nặng 25 MB, vượt mức tối đa 20 MB: hãy nén hoặc tách tệp rồi tải lại.',
    );
    expect(evidenceProblem({ name: 'bang.xls', size: 10 })).toContain('không thuộc loại được nhận');
  });
});
