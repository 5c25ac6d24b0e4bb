import type { Finding, Kind } from './api.js';
import { plural, s } from './dom.js';

/**
 * The timeline of a log: one row per code, one mark per occurrence, along the log's own time when
 * its lines carry timestamps, else along line numbers. Drawn as SVG by hand (no chart library, no
 * CDN): the page works offline and every label is a text node.
 */

export interface TimelineRow {
  key: string;
  label: string;
  kind: Kind | 'unknown';
  points: { x: number; line: number; text: string }[];
}

export interface TimelineData {
  axis: 'time' | 'line';
  rows: TimelineRow[];
  min: number;
  max: number;
  /** Codes beyond the rows drawn, folded into the last row. */
  folded: number;
}

const MAX_ROWS = 12;

/**
 * Milliseconds from a timestamp as logs write it: ISO 8601 and `2021-08-12 10:23:45.123`,
 * logcat's `08-12 10:23:45.123`, `[10:23:45]`, `2021/08/12 10:23:45`, Unix seconds or milliseconds.
 * Without a date, the time of day (the caller handles a midnight wrap). Null when it is none of these.
 */
export function parseTimestamp(text: string): { ms: number; hasDate: boolean } | null {
  const t = text.trim().replace(/^\[|\]$/g, '');
  if (/^\d{13}$/.test(t)) return { ms: Number(t), hasDate: true };
  if (/^\d{10}(\.\d+)?$/.test(t)) return { ms: Number(t) * 1000, hasDate: true };
  const m = /^(?:(\d{4})[-/.])?(?:(\d{1,2})[-/.](\d{1,2})[T\s]+)?(\d{1,2}):(\d{2}):(\d{2})(?:[.,:](\d{1,6}))?/.exec(t);
  if (!m) return null;
  const [, year, month, day, hh, mm, ss, frac] = m;
  const ms = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
  const timeOfDay = ((Number(hh) * 60 + Number(mm)) * 60 + Number(ss)) * 1000 + ms;
  if (month && day) {
    const date = Date.UTC(year ? Number(year) : 2000, Number(month) - 1, Number(day));
    return { ms: date + timeOfDay, hasDate: true };
  }
  return { ms: timeOfDay, hasDate: false };
}

/** Positions for every finding, and the rows to draw (the most frequent codes first). */
export function timelineData(findings: readonly Finding[]): TimelineData {
  const ordered = [...findings].sort((a, b) => a.line - b.line || a.column - b.column);
  const parsed = ordered.map((f) => (f.timestamp ? parseTimestamp(f.timestamp) : null));
  const axis = parsed.some((p) => p !== null) ? 'time' : 'line';
  const xs: number[] = [];
  if (axis === 'time') {
    // A line without a timestamp sits at the time of the last line that had one (or the first one).
    let last = parsed.find((p) => p !== null)!.ms;
    let dayOffset = 0;
    let previous = last;
    for (const p of parsed) {
      if (p) {
        let ms = p.ms + dayOffset;
        // Times of day that go back by more than 12 h have passed midnight.
        if (!p.hasDate && ms < previous - 12 * 3600_000) {
          dayOffset += 24 * 3600_000;
          ms += 24 * 3600_000;
        }
        previous = ms;
        last = ms;
      }
      xs.push(last);
    }
  } else {
    for (const f of ordered) xs.push(f.line);
  }

  const rows = new Map<string, TimelineRow>();
  ordered.forEach((f, i) => {
    const key = f.entry?.id ?? `?${f.text}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { key, label: f.entry?.name ?? `${f.text} (unknown)`, kind: f.entry?.kind ?? 'unknown', points: [] }));
    row.points.push({ x: xs[i]!, line: f.line, text: f.text });
  });
  const sorted = [...rows.values()].sort((a, b) => b.points.length - a.points.length || a.points[0]!.x - b.points[0]!.x);
  let kept = sorted;
  let folded = 0;
  if (sorted.length > MAX_ROWS) {
    kept = sorted.slice(0, MAX_ROWS - 1);
    const rest = sorted.slice(MAX_ROWS - 1);
    folded = rest.length;
    kept.push({ key: 'other', label: `${plural(rest.length, 'other code')}`, kind: 'unknown', points: rest.flatMap((r) => r.points) });
  }
  // Rows in order of first appearance read like the story of the log.
  kept.sort((a, b) => Math.min(...a.points.map((p) => p.x)) - Math.min(...b.points.map((p) => p.x)));
  return { axis, rows: kept, min: xs.length ? Math.min(...xs) : 0, max: xs.length ? Math.max(...xs) : 0, folded };
}

function formatTick(axis: TimelineData['axis'], value: number, span: number): string {
  if (axis === 'line') return String(Math.round(value));
  const d = new Date(value);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const hms = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return span < 10_000 ? `${hms}.${pad(d.getUTCMilliseconds(), 3)}` : hms;
}

/** Round tick steps (1, 2, 5 × 10^n, never below `minStep`) giving about `count` ticks. */
function ticks(min: number, max: number, count: number, minStep: number): number[] {
  const span = max - min;
  if (span <= 0) return [min];
  const raw = Math.max(minStep, span / count);
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * pow).find((st) => st >= raw) ?? 10 * pow;
  const out: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max; v += step) out.push(v);
  return out;
}

/** Draws the chart `width` pixels wide (the caller passes its container's width and redraws on resize). */
export function timelineSvg(data: TimelineData, width: number): SVGSVGElement {
  const narrow = width < 520;
  const labelWidth = narrow ? 110 : 250;
  const rowHeight = 26;
  const top = 8;
  const axisHeight = 34;
  const right = 16;
  const height = top + data.rows.length * rowHeight + axisHeight;
  const plotWidth = Math.max(60, width - labelWidth - right);
  const span = data.max - data.min;
  const xOf = (x: number) => labelWidth + (span === 0 ? plotWidth / 2 : ((x - data.min) / span) * plotWidth);
  const total = data.rows.reduce((n, r) => n + r.points.length, 0);

  const svg = s('svg', {
    class: 'timeline',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': `Timeline of ${plural(total, 'finding')} in ${plural(data.rows.length, 'row')}, by ${data.axis === 'time' ? 'timestamp' : 'line number'}`,
  });

  data.rows.forEach((row, i) => {
    const y = top + i * rowHeight + rowHeight / 2;
    const maxChars = narrow ? 14 : 34;
    const label = row.label.length > maxChars ? `${row.label.slice(0, maxChars - 1)}…` : row.label;
    svg.append(
      s('line', { class: 'row-rule', x1: labelWidth, x2: labelWidth + plotWidth, y1: y, y2: y }),
      s('text', { class: 'row-label', x: labelWidth - 8, y: y + 4, 'text-anchor': 'end' }, s('title', {}, row.label), label),
    );
    for (const p of row.points) {
      svg.append(
        s(
          'circle',
          { class: `mark kind-${row.kind}`, cx: xOf(p.x).toFixed(1), cy: y, r: 5 },
          s('title', {}, `${row.label}: ${p.text} at line ${p.line}${data.axis === 'time' ? `, ${formatTick('time', p.x, 0)}` : ''}`),
        ),
      );
    }
  });

  const axisY = top + data.rows.length * rowHeight + 4;
  svg.append(s('line', { class: 'axis', x1: labelWidth, x2: labelWidth + plotWidth, y1: axisY, y2: axisY }));
  // Both axes count whole units (lines, milliseconds): no tick between two of them.
  for (const t of ticks(data.min, data.max, narrow ? 3 : 6, 1)) {
    const x = xOf(t);
    svg.append(
      s('line', { class: 'axis', x1: x, x2: x, y1: axisY, y2: axisY + 5 }),
      s('text', { class: 'tick', x, y: axisY + 18, 'text-anchor': 'middle' }, formatTick(data.axis, t, span)),
    );
  }
  svg.append(s('text', { class: 'axis-title', x: labelWidth - 8, y: axisY + 18, 'text-anchor': 'end' }, data.axis === 'time' ? 'time' : 'line'));
  return svg;
}
