// Drive file links as users paste them into the Invoice file column.

import { describe, expect, it } from 'vitest';
import { driveFileId } from '../../src/domain/drive-link';

describe('driveFileId', () => {
  it('reads the id from the usual Drive links and bare ids', () => {
    expect(driveFileId('https://drive.google.com/file/d/1AbC_dEf-123456/view?usp=sharing')).toBe(
      '1AbC_dEf-123456',
    );
    expect(driveFileId('https://drive.google.com/open?id=1AbC_dEf-123456')).toBe('1AbC_dEf-123456');
    expect(driveFileId('1AbC_dEf-123456')).toBe('1AbC_dEf-123456');
    expect(driveFileId('invoice.pdf')).toBeNull();
    // An invoice number is not a Drive id: reminders would try to fetch it and report a 404.
    expect(driveFileId('INV-0042')).toBeNull();
    expect(driveFileId('')).toBeNull();
  });
});
