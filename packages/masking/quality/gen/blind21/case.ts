/** The people, places and dates one blind21 record is about. SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import { addDays, careDate, type Place, patient, place, type Who, who } from './kit';
import { RELATIONS_F, RELATIONS_M } from './vocab';

export interface Case {
  pt: Who;
  attending: Who;
  pcp: Who;
  consultant: Who;
  resident: Who;
  typist: Who;
  nurse: Who;
  relative: Who;
  relation: string;
  home: Place;
  admit: Date;
  discharge: Date;
}

export function newCase(g: Gen): Case {
  const admit = careDate(g);
  const relative = who(g, 20, 80);
  return {
    pt: patient(g),
    attending: who(g, 32, 70),
    pcp: who(g, 32, 70),
    consultant: who(g, 32, 70),
    resident: who(g, 26, 34),
    typist: who(g, 22, 65),
    nurse: who(g, 22, 65),
    relative,
    relation: g.pick(relative.female ? RELATIONS_F : RELATIONS_M),
    home: place(g),
    admit,
    discharge: addDays(admit, g.int(2, 16)),
  };
}
