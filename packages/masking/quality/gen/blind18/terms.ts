/**
 * Eponyms, device models and statistics of blind split 18, grouped by where documents use
 * them so each lands in a sentence that fits. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type Frag, keep, type Span, t } from '../fragment';

const EPONYMS = {
  sign: [
    'Beevor sign',
    'Apley scratch test',
    'Bragard sign',
    'Kemp test',
    'Elson test',
    'Watson scaphoid shift test',
    'Gerber lift-off test',
    'Cozen test',
    'Kleiger test',
    'Silfverskiöld test',
    'Mulder click',
  ],
  finding: [
    'Schmorl node',
    'Haglund deformity',
    'Heberden nodes',
    'Pellegrini-Stieda lesion',
    'Bertolotti syndrome',
    'Baastrup disease',
    'Forestier disease',
  ],
  access: ['modified Seldinger technique'],
} as const;

export type EponymUse = keyof typeof EPONYMS;

export function eponymTerm(g: Gen, use: EponymUse): Span {
  return keep('eponym', g.pick(EPONYMS[use]));
}

/** Scales named after people, each with a score in its range. */
const SCALES: Record<string, (g: Gen) => string> = {
  'Hendrich II Fall Risk Model': (g) => String(g.int(0, 9)),
  'Richmond Agitation-Sedation Scale': (g) => String(g.int(-3, 1)),
  'Karnofsky Performance Status': (g) => `${g.int(3, 7)}0%`,
  'Tinetti Performance Oriented Mobility Assessment': (g) => `${g.int(9, 27)}/28`,
  'Zubrod performance status': (g) => String(g.int(2, 4)),
};

/** "Morse Fall Scale 45": the scale's name is kept, the score is not an identifier. */
export function scaleScore(g: Gen, names: readonly string[] = Object.keys(SCALES)): Frag {
  const name = g.pick(names);
  return t`${keep('eponym', name)} ${(SCALES[name] ?? (() => '0'))(g)}`;
}

/** Pathology grades named after people, with a value each. */
export function pathologyGrade(g: Gen): Frag {
  return g.pick([
    () =>
      t`Grade Group ${g.int(1, 4)} (${keep('eponym', 'Gleason pattern')} ${g.pick(['3+4', '4+3', '4+4'])})`,
    () => t`${keep('eponym', 'Bloom-Richardson grade')} ${g.int(1, 3)} (score ${g.int(3, 9)}/9)`,
    () => t`${keep('eponym', 'Fuhrman nuclear grade')} ${g.int(2, 4)}`,
  ])();
}

const DEVICES = {
  implant: [
    'Boston Scientific Accolade MRI pacemaker',
    'Biotronik Amvia Sky SR',
    'Medtronic Azure XT DR MRI SureScan',
  ],
  pump: [
    'Fresenius Kabi Agilia VP',
    'Cardinal Kangaroo ePump',
    'Moog EnteraLite Infinity pump',
    'B. Braun Outlook 400ES',
  ],
  monitor: ['Omron HEM-907XL', 'Welch Allyn Connex Spot 71WT', 'iHealth Track KN-550BT'],
  collar: ['Aspen Vista TX collar', 'Ossur Miami J collar'],
} as const;

export type DeviceUse = keyof typeof DEVICES;

export function deviceModel(g: Gen, use: DeviceUse): Span {
  return keep('device_name', g.pick(DEVICES[use]));
}

/** Durable equipment: [item, HCPCS, models]. */
export const DME_ITEMS: readonly (readonly [string, string, readonly string[]])[] = [
  [
    'Semi-electric hospital bed with mattress',
    'E0260',
    ['Invacare G5510 bed', 'Drive Medical Delta Ultra Light bed'],
  ],
  [
    'Standard wheelchair, 18 in., with leg rests',
    'K0001',
    ['Drive Medical Cruiser III', 'Medline Excel K1 wheelchair'],
  ],
  [
    'Stationary oxygen concentrator, 2 LPM continuous',
    'E1390',
    ['Invacare Perfecto2 concentrator', 'Respironics EverFlo'],
  ],
  ['Folding walker with wheels', 'E0143', ['Medline Guardian rollator', 'Drive Medical 10210 walker']],
  ['Portable oxygen concentrator', 'E1392', ['Philips SimplyGo Mini', 'SeQual Eclipse 5']],
  ['Patient lift, hydraulic, with sling', 'E0630', ['Hoyer HPL402 lift', 'Invacare Reliant 450']],
  ['High-frequency chest wall oscillation vest', 'E0483', ['Hill-Rom Monarch vest', 'SmartVest SQL']],
];

/** A device model a table fixes (the bed an order names, the implant an operation uses). */
export function modelName(model: string): Span {
  return keep('device_name', model);
}

const STATISTICS = {
  procedure: (g: Gen) =>
    g.pick([
      `risk of perforation about 1 in ${g.pick(['1,000', '2,500', '3,000'])}`,
      `${g.int(1, 5)}% risk of infection`,
      `1 in ${g.int(200, 900)} risk of bleeding requiring transfusion`,
      `${g.int(85, 98)}% success rate`,
    ]),
  cardio: (g: Gen) =>
    g.pick([
      `10-year ASCVD risk ${g.int(3, 28)}.${g.int(0, 9)}%`,
      `${g.int(5, 40)}% 10-year risk of heart attack or stroke`,
    ]),
  screening: (g: Gen) =>
    g.pick([
      `sensitivity of about ${g.int(80, 92)}%`,
      `${g.int(5, 12)}% false-positive rate`,
      `detection rate ${g.int(4, 7)} per 1,000 screens`,
    ]),
  prognosis: (g: Gen) =>
    g.pick([`median survival ${g.int(2, 6)} months`, `${g.int(40, 95)}% 5-year survival`]),
} as const;

export type StatisticUse = keyof typeof STATISTICS;

export function statisticFor(g: Gen, use: StatisticUse): Span {
  return keep('statistic', STATISTICS[use](g));
}
