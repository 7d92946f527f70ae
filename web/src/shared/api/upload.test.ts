import { describe, expect, it } from 'vitest';
import { fileForm } from './upload';

describe('fileForm', () => {
  it('puts the one file under the field name the server reads, with its name and type', () => {
    const file = new File(['รหัส,ชื่อ\n'], 'ครัวเรือน.csv', { type: 'text/csv' });
    const form = fileForm(file);
    expect([...form.keys()]).toEqual(['file']);
    const sent = form.get('file');
    expect(sent).toBeInstanceOf(File);
    expect((sent as File).name).toBe('ครัวเรือน.csv');
    expect((sent as File).type).toBe('text/csv');
  });
});
