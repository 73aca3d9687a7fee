import { describe, expect, it } from 'vitest';
import { CSV_HEADERS, csvCell, intakesToCsv } from '../../src/intake/intake-csv.ts';
import type { StaffIntake } from '../../src/intake/staff-intake.ts';
import { sampleRecord } from './intake-fixtures.ts';

/** A small RFC 4180 reader, independent of the writer, to read the output back. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

/** Fixed ids: a random one starts with "-" one time in 64, and the CSV then guards it like a formula. */
function stored(description: string, id: string): StaffIntake {
  const record = { ...sampleRecord(undefined, { description }), id };
  return {
    intake: record,
    handling: { state: 'contacted', changedBy: 'ana@firm.example', changedAt: '2026-03-11T15:00:00.000Z' },
    notes: [
      {
        id: 'n1',
        at: '2026-03-11T15:00:00.000Z',
        by: 'ana@firm.example',
        text: 'Called; no answer, left a message',
      },
      { id: 'n2', at: '2026-03-12T09:30:00.000Z', by: 'ben@firm.example', text: 'Booked for Friday' },
    ],
    daysLeft: Object.fromEntries(record.deadlines.map((d, i) => [d.id, 7 - i])),
    delivery: {
      event: 'intake.created',
      state: 'pending',
      attempts: 0,
      lastError: null,
      lastAttemptAt: null,
      deliveredAt: null,
    },
  };
}

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1 202', "'+1 202"],
    ['@cmd', "'@cmd"],
    ['-XAZd4r0k1ST', "'-XAZd4r0k1ST"],
    [null, ''],
    [undefined, ''],
    [1200, '1200'],
    [false, 'false'],
  ])('%j → %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('intakesToCsv', () => {
  it('writes a header row and one row per intake that reads back cell for cell', () => {
    const tricky = 'I owe "$1,200", they said\r\nand =1+1 is not a formula';
    const rows = [stored(tricky, 'Ab3dEf6hIj9lMn2pQr5tUv8x'), stored('short', 'Zy1wVu4sRq7oNm0kJi3gHf6d')];
    const parsed = readCsv(intakesToCsv(rows));
    expect(parsed[0]).toEqual(CSV_HEADERS);
    expect(parsed).toHaveLength(3);
    const column = (name: string) => CSV_HEADERS.indexOf(name);
    expect(parsed[1]?.[column('description')]).toBe(tricky);
    expect(parsed[1]?.[column('id')]).toBe(rows[0]?.intake.id);
    expect(parsed[1]?.[column('mobile')]).toBe("'+12025550147");
    expect(parsed[1]?.[column('notice_code')]).toBe('CP14');
    expect(parsed[1]?.[column('documents_in_hand')]).toBe('notice');
    expect(parsed[1]?.[column('documents_missing')]).toBe('tax-return');
    expect(parsed[1]?.[column('next_deadline_days_left')]).toBe('7');
    expect(parsed[1]?.[column('handling')]).toBe('contacted');
    expect(parsed[1]?.[column('handling_changed_by')]).toBe('ana@firm.example');
    expect(parsed[1]?.[column('notes')]).toBe(
      '2026-03-11T15:00:00.000Z ana@firm.example: Called; no answer, left a message\n' +
        '2026-03-12T09:30:00.000Z ben@firm.example: Booked for Friday',
    );
    expect(parsed[2]?.[column('description')]).toBe('short');
    expect(parsed.every((row) => row.length === CSV_HEADERS.length)).toBe(true);
  });

  it('writes only the header row when there is nothing to list', () => {
    expect(readCsv(intakesToCsv([]))).toEqual([[...CSV_HEADERS]]);
  });
});
