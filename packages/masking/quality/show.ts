/** One document of the quality set with what the engine detected in it, for debugging a rule. */
import type { EngineUnderTest } from './engine-adapter';
import { pathKey, stringAt } from './json-path';
import type { JsonLabel, Label, QualityDoc } from './labels';
import { isDestroyed, isLeaked, markDetected } from './scoring';

function verdict(text: string, label: Label, spans: Parameters<typeof isLeaked>[2]): string {
  const failed = label.class === 'phi' ? isLeaked(text, label, spans) : isDestroyed(label, spans);
  const what =
    label.class === 'phi' ? (failed ? 'LEAKED   ' : 'masked   ') : failed ? 'DESTROYED' : 'kept     ';
  return `  ${what} ${label.class} ${label.type.padEnd(16)} ${JSON.stringify(label.value)}`;
}

export function showDoc(doc: QualityDoc, engine: EngineUnderTest): string {
  const lines = [`${doc.id} (${doc.format}); detected parts in ⟦…⟧`, ''];
  if (doc.format === 'text') {
    const spans = engine.detectText(doc.text);
    lines.push(markDetected(doc.text, spans), '', ...doc.labels.map((l) => verdict(doc.text, l, spans)));
    return lines.join('\n');
  }
  const { detections } = engine.detectJson(doc.value);
  const byPath = new Map<string, JsonLabel[]>();
  for (const label of doc.labels) {
    const key = pathKey(label.path);
    byPath.set(key, [...(byPath.get(key) ?? []), label]);
  }
  for (const [key, labels] of byPath) {
    const path = labels[0]?.path ?? [];
    const text = stringAt(doc.value, path);
    const spans = detections.get(key) ?? [];
    lines.push(
      `@${path.join('.')}: ${markDetected(text, spans)}`,
      ...labels.map((l) => verdict(text, l, spans)),
    );
  }
  return lines.join('\n');
}
