import { describe, expect, it } from 'vitest';
import { foundBy } from '../test-helpers';
import { initialsLists } from './initials-lists';

describe("the initials of a group's attendance line", () => {
  it.each([
    [
      'Facilitator: Jo Ames, LCSW\nAttendance (5): FH, NA, T.G., MS, T.U.\nTopic: triggers',
      ['FH', 'NA', 'T.G.', 'MS', 'T.U.'],
    ],
    ['Present: JD, K.L., MR.\n', ['JD', 'K.L.', 'MR']],
    ['Attendees: AB, CDE\n', ['AB', 'CDE']],
  ])('finds each member in %j', (text, names) => expect(foundBy(initialsLists, text)).toEqual(names));

  it.each([
    ['Attendance: 8 of 36 sessions.\n'],
    ['Present: RN, MD, SW\n'],
    ['Present: FH, pharmacy, NA\n'],
    ['Attendance (1): FH\n'],
    ['Present: BP, HR stable\n'],
  ])('finds no one in %j', (text) => expect(foundBy(initialsLists, text)).toEqual([]));
});
