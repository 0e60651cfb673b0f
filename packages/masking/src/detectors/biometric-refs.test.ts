import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

describe('biometric references', () => {
  it.each([
    ['enrolled with voiceprint vp_91ab27cd44e0', 'vp_91ab27cd44e0'],
    ['identity: face-match vector fmv-0c7d3e91a2', 'fmv-0c7d3e91a2'],
    ['iris code IRIS:0A7F3C21B9D4 matched', 'IRIS:0A7F3C21B9D4'],
    ['fingerprint template FT-44120937 stored', 'FT-44120937'],
    ['facial embedding emb.7731aa09 on file', 'emb.7731aa09'],
    ['voice ID enrolled QX-551203-AB', 'QX-551203-AB'],
    ['voiceprint match VP40017731', 'VP40017731'],
    ['fingerprint template verified 9c1e44ab07d2', '9c1e44ab07d2'],
    ['identity verified by palm vein scan (template 4be1c07a9d22f310); signed', '4be1c07a9d22f310'],
    ['iris scan [ref: QH-2231-KTR] on file', 'QH-2231-KTR'],
    ['Signature capture hash SS-7236-VHL; platform 14.3.16; exported', 'SS-7236-VHL'],
    ['signature-capture template: CJ-2082-LZF', 'CJ-2082-LZF'],
    ['and a palm vein template reference QT-5120-MRV for the lab door', 'QT-5120-MRV'],
    ['a fingerprint template reference 7d21ac09be4f for site access', '7d21ac09be4f'],
    ['Facial image captured at the kiosk: img_2231.png; template RW-7731-KQP', 'RW-7731-KQP'],
    ['Iris scan done at enrolment, embedding 3a9c0d71ee42b8f6 stored', '3a9c0d71ee42b8f6'],
  ] as const)('finds %s', (text, value) => expectDetected(text, value, 'biometric'));

  it('keeps words and short numbers after such sources', () => {
    expectKept('voiceprint matched on the second try');
    expectKept('voice ID enrolled yesterday by phone');
    expectKept('face mask N95 fitted', 'N95');
    expectKept('finger prints taken 3 times', '3');
    expectKept('retinal scan (images 3 eyes) unremarkable', 'images 3 eyes');
    expectKept(
      'signature capture pending; code signature hash 0a1b2c3d4e verified',
      'code signature hash 0a1b2c3d4e',
    );
  });

  it.each([
    ['python3 enroll_palm.py --template PV-4981-WBEK --mrn 8632025', 'PV-4981-WBEK'],
    [
      './face_match --embedding=5af4ba4ef46eacc5d8c10dacfafaad9102771f0e',
      '5af4ba4ef46eacc5d8c10dacfafaad9102771f0e',
    ],
    ['s3://bucket/biometrics/palm/FMR:3dQXAfW0T1OOKVtVmTJxT04aVsp6.tpl', 'FMR:3dQXAfW0T1OOKVtVmTJxT04aVsp6'],
    ['"key": "biometrics/iris/IRIS-HW962490.dat"', 'IRIS-HW962490'],
  ] as const)('finds a template in a command or a stored file: %s', (text, value) =>
    expectDetected(text, value, 'biometric'),
  );

  it('keeps a form template, a date and a version on a line that names a face or a voice', () => {
    expectKept('Facial palsy leaflet printed from template 2.1.0 by clinic', '2.1.0');
    expectKept('Voice clinic letter, template v3.2.14 used', 'v3.2.14');
    expectKept('Facial nerve intact; template letter sent', 'template letter sent');
  });

  it('keeps template flags and folders that hold no biometric', () => {
    expectKept('helm install --template chart-v1.2.3 --set replicas=2');
    expectKept('cp biometrics/README.md docs/');
    expectKept('./render_palm_report --template report-basic');
  });
});
