/**
 * Small inline SVG charts for the self-contained HTML report: no script, no external file, so
 * the report renders the same in a browser, a mail client's preview or a PDF printer.
 */
export interface Bar {
  label: string;
  value: number;
}

const WIDTH = 640;
const PALETTE = ['#2563eb', '#16a34a', '#dc2626', '#d97706', '#7c3aed', '#0891b2', '#be185d', '#4b5563'];

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

/** Horizontal bars, one per label. */
export function barChart(title: string, bars: readonly Bar[]): string {
  const rowHeight = 26;
  const labelWidth = 200;
  const height = Math.max(bars.length, 1) * rowHeight + 36;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rows = bars
    .map((bar, i) => {
      const y = 30 + i * rowHeight;
      const w = Math.round(((WIDTH - labelWidth - 70) * bar.value) / max);
      const color = PALETTE[i % PALETTE.length];
      return (
        `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end" class="axis">${escapeXml(bar.label)}</text>` +
        `<rect x="${labelWidth}" y="${y + 2}" width="${Math.max(w, 1)}" height="${rowHeight - 8}" fill="${color}" rx="3"><title>${escapeXml(bar.label)}: ${bar.value}</title></rect>` +
        `<text x="${labelWidth + w + 6}" y="${y + 15}" class="value">${bar.value}</text>`
      );
    })
    .join('');
  const empty =
    bars.length === 0
      ? `<text x="${WIDTH / 2}" y="48" text-anchor="middle" class="axis">no data in this range</text>`
      : '';
  return `<svg class="chart" role="img" aria-label="${escapeXml(title)}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg"><text x="0" y="16" class="title">${escapeXml(title)}</text>${rows}${empty}</svg>`;
}

/** Vertical columns over time (one per day), with the series stacked side by side. */
export function columnChart(
  title: string,
  days: readonly string[],
  series: readonly { name: string; values: readonly number[] }[],
): string {
  const height = 240;
  const top = 40;
  const bottom = 40;
  const left = 50;
  const plotWidth = WIDTH - left - 10;
  const plotHeight = height - top - bottom;
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const slot = days.length === 0 ? plotWidth : plotWidth / days.length;
  const barWidth = Math.max(1, (slot * 0.8) / Math.max(series.length, 1));
  const bars = days
    .map((day, d) =>
      series
        .map((s, k) => {
          const value = s.values[d] ?? 0;
          const h = Math.round((plotHeight * value) / max);
          const x = left + d * slot + slot * 0.1 + k * barWidth;
          return `<rect x="${x.toFixed(1)}" y="${top + plotHeight - h}" width="${barWidth.toFixed(1)}" height="${Math.max(h, 0)}" fill="${PALETTE[k % PALETTE.length]}"><title>${escapeXml(`${day} ${s.name}: ${value}`)}</title></rect>`;
        })
        .join(''),
    )
    .join('');
  const step = Math.max(1, Math.ceil(days.length / 8));
  const labels = days
    .map((day, d) =>
      d % step === 0
        ? `<text x="${(left + d * slot + slot / 2).toFixed(1)}" y="${height - bottom + 16}" text-anchor="middle" class="axis">${escapeXml(day.slice(5))}</text>`
        : '',
    )
    .join('');
  const legend = series
    .map(
      (s, k) =>
        `<rect x="${left + k * 130}" y="${height - 14}" width="10" height="10" fill="${PALETTE[k % PALETTE.length]}"/><text x="${left + k * 130 + 14}" y="${height - 5}" class="axis">${escapeXml(s.name)}</text>`,
    )
    .join('');
  const axis = `<line x1="${left}" y1="${top + plotHeight}" x2="${WIDTH - 10}" y2="${top + plotHeight}" stroke="#9ca3af"/><text x="${left - 6}" y="${top + 4}" text-anchor="end" class="axis">${max}</text><text x="${left - 6}" y="${top + plotHeight}" text-anchor="end" class="axis">0</text>`;
  return `<svg class="chart" role="img" aria-label="${escapeXml(title)}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg"><text x="0" y="16" class="title">${escapeXml(title)}</text>${axis}${bars}${labels}${legend}</svg>`;
}
