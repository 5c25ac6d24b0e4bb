import type { Diagnosis, Finding, Occurrence, ScanAnswer } from '../api.js';
import { api, scanInBrowser } from '../engine/index.js';
import { displayCode } from '../../notation/usual.js';
import { h, plural, replace } from '../dom.js';
import { kindBadge } from '../entry-parts.js';
import { codeHref } from '../nav.js';
import { timelineData, timelineSvg } from '../timeline.js';

/** Findings listed one by one; the groups above still count every finding. */
const MAX_LISTED = 500;
/** Files above this are scanned without being put into the text box (which gets slow). */
const MAX_TEXTAREA_BYTES = 2 * 1024 * 1024;

/** Fills the SDK choice from the server's registry; until then (or if it fails) the log decides. */
async function addSdkChoices(select: HTMLSelectElement): Promise<void> {
  try {
    const { sdks } = await api.sdks();
    select.append(...sdks.map((s) => h('option', { value: s.id }, s.name)));
  } catch {
    // Without the list the page still works: the scanner detects the SDK from the log.
  }
}

type CodeRow = ScanAnswer['summary']['codes'][number];

function at(o: Occurrence): string {
  return `line ${o.line}${o.timestamp ? ` (${o.timestamp})` : ''}`;
}

function diagnosisCard(d: Diagnosis): HTMLElement {
  return h(
    'li',
    { class: 'diagnosis' },
    h('h3', {}, d.title),
    h('p', {}, d.explanation),
    d.evidence.length
      ? h(
          'ul',
          { class: 'evidence' },
          ...d.evidence.map((e) =>
            h(
              'li',
              {},
              h('a', { href: codeHref(e.id) }, e.name),
              ` ${e.written} — ${plural(e.count, 'line')}: `,
              e.at.map(at).join(', '),
            ),
          ),
        )
      : null,
    ...d.actions.map((a) => h('p', { class: 'action' }, h('strong', {}, 'What to do: '), a.text, ' ', h('span', { class: 'src' }, `(${a.source})`))),
    d.why ? h('p', { class: 'why muted' }, d.why) : null,
  );
}

function codesTable(codes: readonly CodeRow[]): HTMLElement {
  const rows = [...codes].sort((a, b) => b.count - a.count || a.first.line - b.first.line);
  return h(
    'div',
    { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': 'Codes found' },
    h(
      'table',
      { class: 'codes' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Code'), h('th', { scope: 'col' }, 'Kind'), h('th', { scope: 'col' }, 'Lines'), h('th', { scope: 'col' }, 'First – last'), h('th', { scope: 'col' }, 'As written'))),
      h(
        'tbody',
        {},
        ...rows.map((code) => {
          const e = code.entry;
          return h(
            'tr',
            {},
            h('td', {}, e ? h('a', { href: codeHref(e.id) }, e.name) : h('span', {}, 'unknown'), h('div', { class: 'sub' }, e ? `${e.sdk} · ${displayCode(e, e.value).text}` : 'code-shaped, not in the catalog')),
            h('td', {}, kindBadge(e?.kind ?? 'unknown')),
            h('td', { class: 'num' }, String(code.count)),
            h('td', { class: 'num' }, code.first.line === code.last.line ? String(code.first.line) : `${code.first.line}–${code.last.line}`),
            h('td', {}, h('code', {}, code.text)),
          );
        }),
      ),
    ),
  );
}

function findingsList(findings: readonly Finding[], lines: string[] | null): HTMLElement {
  const listed = findings.slice(0, MAX_LISTED);
  return h(
    'details',
    { class: 'findings' },
    h('summary', {}, `Every finding (${findings.length > MAX_LISTED ? `first ${MAX_LISTED} of ` : ''}${findings.length})`),
    h(
      'ol',
      {},
      ...listed.map((f) =>
        h(
          'li',
          {},
          h('span', { class: 'where' }, `${f.line}:${f.column}`),
          ' ',
          h('code', { class: 'found' }, f.text),
          ' ',
          f.entry ? h('a', { href: codeHref(f.entry.id) }, f.entry.name) : h('span', { class: 'muted' }, f.structure ?? 'unknown'),
          h('span', { class: 'muted' }, ` · confidence ${f.confidence.toFixed(2)}`),
          // The log's own line, as text: a pasted log is never markup.
          lines && lines[f.line - 1] !== undefined ? h('pre', { class: 'log-line' }, lines[f.line - 1]!.slice(0, 400)) : null,
        ),
      ),
    ),
  );
}

/** Draws the report; returns how to stop redrawing the chart on resize. */
function renderReport(target: HTMLElement, report: ScanAnswer, lines: string[] | null): () => void {
  const { findings, summary } = report;
  const heading = h(
    'h2',
    { id: 'report-h', tabindex: -1 },
    summary.findings ? `${plural(summary.findings, 'finding')} of ${plural(summary.codes.length, 'code')} in ${plural(summary.lines, 'line')}` : 'No codes found in this log',
  );
  if (summary.findings === 0) {
    replace(target, heading, h('p', { class: 'muted' }, 'Nothing in this log looks like a code of the SDKs avcodes knows.'));
    return () => undefined;
  }
  const chart = h('div', { class: 'chart' });
  const data = timelineData(findings);
  const draw = () => replace(chart, timelineSvg(data, Math.max(280, Math.floor(chart.clientWidth || 800))));
  const omitted = report.findingsOmitted ? ` The first ${findings.length} findings are drawn; ${report.findingsOmitted} more are counted above.` : '';
  replace(
    target,
    heading,
    h(
      'section',
      { class: 'diagnoses', 'aria-labelledby': 'diag-h' },
      h('h2', { id: 'diag-h' }, 'Diagnosis'),
      report.diagnoses.length ? h('ol', {}, ...report.diagnoses.map(diagnosisCard)) : h('p', { class: 'muted' }, 'No known pattern in the sequence of codes.'),
    ),
    h(
      'section',
      { class: 'timeline-section', 'aria-labelledby': 'tl-h' },
      h('h2', { id: 'tl-h' }, 'Timeline'),
      h(
        'figure',
        {},
        chart,
        h('figcaption', {}, (data.axis === 'time' ? 'Each mark is one finding, placed by the timestamp of its line.' : 'Each mark is one finding, placed by its line number (the lines have no timestamps).') + omitted),
      ),
    ),
    h('section', { class: 'groups', 'aria-labelledby': 'codes-h' }, h('h2', { id: 'codes-h' }, 'Codes'), codesTable(summary.codes)),
    findingsList(findings, lines),
  );
  draw();
  let width = chart.clientWidth;
  const observer = new ResizeObserver(() => {
    if (chart.clientWidth !== width) {
      width = chart.clientWidth;
      draw();
    }
  });
  observer.observe(chart);
  return () => observer.disconnect();
}

/** The "paste or drop a log" view: findings, a timeline and the diagnosis. */
export function logView(root: HTMLElement): () => void {
  const textarea = h('textarea', {
    id: 'log',
    rows: 12,
    spellcheck: 'false',
    autocomplete: 'off',
    autofocus: true,
    placeholder: '2021-08-12 10:23:45.120 I/TXLivePlayer: onPlayEvent event=2103 …',
    'aria-describedby': 'log-hint',
  });
  const fileInput = h('input', { type: 'file', id: 'file', class: 'visually-hidden' });
  const sdk = h('select', { id: 'sdk' }, h('option', { value: '' }, 'Detect from the log'));
  void addSdkChoices(sdk);
  const button = h('button', { type: 'submit', class: 'primary' }, 'Explain');
  const cancel = h('button', { type: 'button', id: 'cancel-scan', hidden: true }, 'Cancel');
  const progress = h('progress', { id: 'scan-progress', max: 1, value: 0, hidden: true, 'aria-label': 'Bytes of the log read' });
  const status = h('p', { class: 'status', role: 'status' });
  const report = h('div', { id: 'report', 'aria-live': 'polite' });
  let file: { blob: Blob; name: string } | null = null;
  let controller: AbortController | null = null;
  let stopChart: () => void = () => undefined;

  const submit = async () => {
    controller?.abort();
    const mine = (controller = new AbortController());
    const body: Blob | string = file ? file.blob : textarea.value;
    if (typeof body === 'string' && body.trim() === '') {
      replace(status, 'Paste a log first, or drop a file.');
      return;
    }
    replace(status, 'Scanning…');
    button.disabled = true;
    cancel.hidden = false;
    progress.hidden = false;
    progress.value = 0;
    const onProgress = (read: number, total: number) => {
      progress.value = total ? read / total : 1;
      replace(status, `Scanning… ${Math.floor((total ? read / total : 1) * 100)}% of ${(total / 1e6).toFixed(1)} MB`);
    };
    try {
      const result = await scanInBrowser(body, { name: file ? file.name : 'the pasted log', sdk: sdk.value || undefined, signal: mine.signal, onProgress });
      if (mine.signal.aborted) return;
      replace(status, file ? `Scanned ${file.name}.` : 'Scanned the pasted log.');
      stopChart();
      stopChart = renderReport(report, result, typeof body === 'string' ? body.split(/\r?\n/) : null);
      report.querySelector<HTMLElement>('#report-h')?.focus();
    } catch (err) {
      // A newer scan that replaced this one keeps its own status.
      if (controller === mine) replace(status, mine.signal.aborted ? 'Cancelled: nothing was scanned further.' : err instanceof Error ? err.message : String(err));
    } finally {
      if (controller === mine) {
        button.disabled = false;
        cancel.hidden = true;
        progress.hidden = true;
      }
    }
  };

  const takeFile = async (f: File) => {
    const head = new Uint8Array(await f.slice(0, 2).arrayBuffer());
    const gzip = (head[0] === 0x1f && head[1] === 0x8b) || /\.gz$/i.test(f.name);
    if (!gzip && f.size <= MAX_TEXTAREA_BYTES) {
      file = null;
      textarea.value = await f.text();
    } else {
      file = { blob: f, name: f.name };
      textarea.value = '';
      textarea.placeholder = `${f.name} (${f.size.toLocaleString()} bytes) is read from the file, in this browser.`;
    }
    await submit();
  };

  const form = h(
    'form',
    { class: 'log-form' },
    h('label', { for: 'log', class: 'big-label' }, 'Paste a log'),
    textarea,
    h('p', { id: 'log-hint', class: 'hint' }, 'Or drop a file anywhere on this page (.log, .txt, or .gz). Ctrl+Enter explains. This log is read in your browser; nothing is uploaded.'),
    h(
      'div',
      { class: 'actions' },
      button,
      h('label', { for: 'file', class: 'button' }, 'Open a file…'),
      fileInput,
      h('label', { for: 'sdk', class: 'inline-label' }, 'SDK'),
      sdk,
    ),
    h('p', { class: 'scan-progress' }, progress, ' ', cancel),
    status,
  );
  cancel.addEventListener('click', () => controller?.abort());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });
  textarea.addEventListener('input', () => {
    file = null;
  });
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  });
  fileInput.addEventListener('change', () => {
    const f = fileInput.files?.[0];
    if (f) void takeFile(f);
  });

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    document.body.classList.add('dropping');
  };
  const onDragLeave = (event: DragEvent) => {
    if (event.relatedTarget === null) document.body.classList.remove('dropping');
  };
  const onDrop = (event: DragEvent) => {
    document.body.classList.remove('dropping');
    const f = event.dataTransfer?.files[0];
    if (!f) return;
    event.preventDefault();
    void takeFile(f);
  };
  document.addEventListener('dragover', onDragOver);
  document.addEventListener('dragleave', onDragLeave);
  document.addEventListener('drop', onDrop);

  replace(root, h('section', { class: 'log-view' }, h('h1', {}, 'Explain a log'), form, report));

  return () => {
    controller?.abort();
    stopChart();
    document.removeEventListener('dragover', onDragOver);
    document.removeEventListener('dragleave', onDragLeave);
    document.removeEventListener('drop', onDrop);
    document.body.classList.remove('dropping');
  };
}
