import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { checkQuery, InvalidQueryError, list, lookup, readingsOf, search, type Entry } from '../src/index.js';

const entries = list();
const UINT32 = 1n << 32n;

/** Every way the notation rules say a user may write this entry's code. */
function notationsOf(e: Entry): Record<string, string[]> {
  const v = BigInt(e.value);
  const unsigned = v < 0n ? v + UINT32 : v;
  const hex = unsigned.toString(16);
  const forms: Record<string, string[]> = {
    'hex with 0x': ['0x' + hex, '0x' + hex.padStart(8, '0'), '0X' + hex.toUpperCase()],
    'hex without 0x': [hex, hex.toUpperCase()],
    decimal: [v.toString()],
    name: [e.name, e.name.toLowerCase(), e.name.replace(/_/g, '\\_')],
  };
  // The 32-bit twin: a negative code as logs print it unsigned, and back.
  if (v < 0n) forms['unsigned 32-bit twin'] = [unsigned.toString()];
  if (v >= 1n << 31n && v < UINT32) forms['signed 32-bit twin'] = [(v - UINT32).toString()];
  if (e.misprints.length > 0) forms.misprint = e.misprints.map((m) => m.literal);
  return forms;
}

describe('property: any catalog value in any supported notation finds its entry', () => {
  test('for random entries, notations, casing and surrounding whitespace', () => {
    fc.assert(
      fc.property(fc.constantFrom(...entries), fc.nat(), fc.nat(), fc.constantFrom('', ' ', '\t', '`'), (entry, pickNotation, pickForm, pad) => {
        const forms = notationsOf(entry);
        const kinds = Object.keys(forms);
        const kind = kinds[pickNotation % kinds.length]!;
        const written = forms[kind]![pickForm % forms[kind]!.length]!;
        const query = pad === '`' ? '`' + written + '`' : pad + written + pad;
        const found = lookup(query).matches.some((m) => m.entry === entry);
        assert.ok(found, `${entry.id} written as ${kind} ${JSON.stringify(query)} is not found`);
      }),
      { numRuns: 600 },
    );
  });

  test('every entry is found by its hex, its decimal value and its name (exhaustively)', () => {
    for (const e of entries) {
      for (const q of [e.hex, e.value, e.name]) assert.ok(lookup(q).matches.some((m) => m.entry === e), `${e.id} by ${q}`);
    }
  });
});

describe('property: arbitrary input never throws or hangs', () => {
  const anyText = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.stringMatching(/^[-+]?(0[xX])?[0-9a-fA-F_\\]{0,40}$/),
    fc.constantFrom('', ' ', '-', '0x', '\\', '\\_', '`', '``', '""', '0x' + 'f'.repeat(40), '9'.repeat(60)),
  );

  // "Never hangs" is the test's timeout: a thousand arbitrary strings must all be answered within it.
  test('lookup answers every string with a result, readings never throw, checkQuery throws only InvalidQueryError', { timeout: 20_000 }, () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = lookup(text);
        assert.ok(Array.isArray(r.matches) && Array.isArray(r.readings));
        assert.ok(Array.isArray(readingsOf(text)));
        try {
          checkQuery(text);
        } catch (err) {
          assert.ok(err instanceof InvalidQueryError, `checkQuery(${JSON.stringify(text)}) threw ${String(err)}`);
        }
      }),
      { numRuns: 1000 },
    );
  });

  test('search answers every string without throwing', { timeout: 20_000 }, () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        assert.ok(Array.isArray(search(text)));
      }),
      { numRuns: 200 },
    );
  });
});
