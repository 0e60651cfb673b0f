/** Device, pharmacy and research records of blind split 9, with keys in several languages. */
import type { Gen } from '../context';
import { type JsonTree, keep, phi, t } from '../fragment';
import { dni, ip, mac, mrn, passport, phone, serial, stateLicense, udi } from './ids';
import { ageOf, nm, who } from './people';
import { germanPlace, place, spanishPlace, street, town, zip } from './places';
import {
  analyte,
  code,
  devName,
  drug,
  lab,
  ndc,
  pharmacy,
  reading,
  stat,
  uuid,
  ver,
  version,
  year,
} from './vocab';
import { day, pdate, plusDays, plusSeconds, stamp } from './when';

/** A phone's health app export: the owner's characteristics and records from named devices. */
export function healthAppExport(g: Gen): JsonTree {
  const p = who(g, { adult: g.chance(0.7) });
  const at = day(g);
  const watch = g.pick(['Apple Watch', 'Galaxy Watch6', 'Pixel Watch 2']);
  const owner = g.pick(['’s', "'s", 's']);
  const sw = ver(g);
  const records: JsonTree[] = [];
  for (let i = g.int(2, 5); i > 0; i--) {
    const glucose = g.chance(0.4);
    const cgm = devName(g, ['Sinocare iCan i3', 'Accu-Chek SmartGuide']);
    records.push({
      type: glucose ? 'HKQuantityTypeIdentifierBloodGlucose' : 'HKQuantityTypeIdentifierHeartRate',
      sourceName: glucose ? cgm : t`${nm(p.first)}${owner} ${watch}`,
      sourceVersion: sw,
      device: glucose
        ? t`<<HKDevice>, name:CGM, manufacturer:${cgm.value.split(' ')[0] ?? ''}, localIdentifier:${serial(g)}>`
        : t`<<HKDevice>, name:${watch}, hardware:${watch === 'Apple Watch' ? 'Watch6,2' : 'SM-R930'}, software:${version(`10.${g.int(0, 6)}`)}>`,
      unit: glucose ? 'mg/dL' : 'count/min',
      value: glucose ? lab(String(g.int(54, 260))) : String(g.int(52, 130)),
    });
  }
  return {
    exportDate: stamp(g, at, 'offset'),
    me: {
      HKCharacteristicTypeIdentifierDateOfBirth: pdate(g, p.dob, 'iso'),
      HKCharacteristicTypeIdentifierBiologicalSex:
        p.sex === 'F' ? 'HKBiologicalSexFemale' : 'HKBiologicalSexMale',
      HKCharacteristicTypeIdentifierBloodType: g.pick([
        'HKBloodTypeAPositive',
        'HKBloodTypeONegative',
        'HKBloodTypeNotSet',
      ]),
    },
    records,
  };
}

/** A remote-monitoring hub's upload: device identifiers, the home gateway, readings and alerts. */
export function deviceTelemetryUpload(g: Gen): JsonTree {
  const p = who(g);
  const at = day(g);
  const model = devName(g, ['Kaleido patch pump', 'Omron Evolv', 'Withings BPM Core', 'Nonin WristOx2 3150']);
  return {
    deviceId: serial(g),
    udi: udi(g),
    bt_mac: mac(g),
    model,
    fw: ver(g),
    patientRef: mrn(g),
    enrolledBy: g.chance(0.5) ? nm(`${who(g).first} ${who(g).last}`) : undefined,
    gateway: {
      ip: ip(g),
      tz: g.pick(['America/Chicago', 'America/New_York', 'America/Denver']),
      app: t`HomeHub ${version(`${g.int(2, 5)}.${g.int(0, 12)}.${g.int(0, 40)}`)}`,
    },
    uploadedAt: stamp(g, at, g.pick(['iso', 'epoch_ms'] as const)),
    readings: Array.from({ length: g.int(2, 4) }, (_, i) => ({
      seq: i + 1,
      kind: 'glucose',
      mgdl: lab(String(g.int(48, 300))),
    })),
    alerts: g.chance(0.6)
      ? [
          {
            code: 'LOW',
            message: t`Low glucose ${lab(`${g.int(40, 60)} mg/dL`)} for ${nm(p.first)} ${nm(p.last)} - caregiver ${phone(g)} notified`,
          },
        ]
      : [],
  };
}

/** A Spanish pharmacy's dispensing record (Spanish keys, DNI, slash dates). */
export function dispensacionFarmacia(g: Gen): JsonTree {
  const p = who(g);
  const dr = who(g, { adult: true });
  const a = spanishPlace(g);
  const written = day(g);
  return {
    receta: {
      nro: phi('other_id', `${g.digits(4)}-${g.digits(8)}`, 'rx_number'),
      fecha_emision: pdate(g, written, 'slash_dmy'),
      paciente: {
        nombre: nm(p.first),
        apellidos: nm(p.last),
        fecha_nac: pdate(g, p.dob, 'slash_dmy'),
        edad: ageOf(p),
        dni: dni(g),
        tsi: phi('health_plan', `${g.letters(4)}${g.digits(12)}`, 'tsi'),
        domicilio: street(a),
        cp: zip(a),
        localidad: town(a),
        telefono: phi('phone', `+34 6${g.digits(2)} ${g.digits(3)} ${g.digits(3)}`, 'es'),
      },
      medicamento: {
        nombre: drug(g),
        cn: code(`${g.int(6, 9)}${g.digits(5)}.${g.int(0, 9)}`),
        ndc_equiv: g.chance(0.3) ? ndc(g) : undefined,
      },
      prescriptor: { nombre: t`Dr. ${nm(`${dr.first} ${dr.last}`)}`, colegiado: stateLicense(g) },
    },
    farmacia: pharmacy(g),
    dispensado: stamp(g, plusDays(written, g.int(0, 3)), 'offset'),
  };
}

/** A research crosswalk exported as arrays of [key, value] pairs; a decoy "name" that is a drug. */
export function researchCrosswalk(g: Gen): JsonTree {
  const at = day(g);
  const rows: JsonTree[] = [];
  for (let i = g.int(1, 3); i > 0; i--) {
    const p = who(g);
    const a = place(g);
    rows.push([
      ['subject_id', `HF-${g.digits(4)}`],
      ['mrn', mrn(g)],
      ['name', nm(`${p.last}, ${p.first}`, 'last_first')],
      ['dob', pdate(g, p.dob, ['iso', 'us'])],
      ['zip', zip(a)],
      ['age_at_enroll', ageOf(p)],
      ['enroll_year', year(g.int(2019, 2024))],
      ...(g.chance(0.4) ? [['passport', passport(g)] as JsonTree] : []),
      [
        'meds',
        [
          [
            ['name', drug(g)],
            ['date', stamp(g, at, 'isoz')],
          ],
        ],
      ],
    ]);
  }
  return {
    study: 'HF-OUTCOMES-2',
    generated: stamp(g, plusSeconds(at, 5), 'iso'),
    qc: { agreement: stat(g), linkage: stat(g) },
    rows,
  };
}

/** A biobank shipment manifest with German donor keys and per-tube QC. */
export function biobankManifest(g: Gen): JsonTree {
  const at = day(g);
  return {
    manifest_id: uuid(g),
    shipped_at: stamp(g, at, 'iso'),
    courier: keep('organization', g.pick(['Tri-County Reference Laboratory', 'Biobank Nord gGmbH'])),
    samples: Array.from({ length: g.int(1, 3) }, () => {
      const p = who(g);
      const a = germanPlace(g);
      const x = analyte(g);
      return {
        tube: `BB-${g.int(2024, 2025)}-${g.digits(6)}`,
        spender: {
          nm: nm(`${p.first} ${p.last}`),
          geb_datum: pdate(g, p.dob, 'dotted'),
          plz: zip(a),
          wohnort: town(a),
        },
        entnahme: pdate(g, plusDays(at, -g.int(1, 30)), 'dotted'),
        matrix: g.pick(['EDTA-Plasma', 'Serum', 'PAXgene RNA']),
        volume_ul: String(g.int(200, 1000)),
        qc: {
          [x.name]: lab(`${reading(g, x, ',')} ${x.unit}`),
          cv: keep('statistic', `CV ${g.int(1, 9)},${g.int(0, 9)} %`),
        },
        analyzer: devName(g, ['Atellica CH 930', 'cobas pro c 503']),
      };
    }),
    ip_uploader: g.chance(0.3) ? ip(g) : undefined,
  };
}
