import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { get, related, search } from '../src/index.js';

describe('search: fuzzy full text', () => {
  test('a typo (timeot) still finds the timeouts of every vendor', () => {
    const hits = search('timeot', { limit: 50 });
    const names = hits.map((h) => h.entry.name);
    // Names the documents give: KVS STATUS_SERVICE_CALL_TIMEOUT_ERROR (v1), Alibaba ERROR_LOADING_TIMEOUT (line 127), ILVB AV_ERR_TIMEOUT (line 13).
    for (const name of ['STATUS_SERVICE_CALL_TIMEOUT_ERROR', 'ERROR_LOADING_TIMEOUT', 'AV_ERR_TIMEOUT']) assert.ok(names.includes(name), `timeot finds ${name}`);
    assert.ok(hits.slice(0, 10).every((h) => /time/i.test(`${h.entry.name} ${h.entry.summary} ${h.entry.description}`)), 'the first hits are about time-outs');
  });

  test('words in the description find the code that has all of them first', () => {
    const [first] = search('content store out of memory');
    assert.equal(first?.entry.id, 'aws-kvs/STATUS_STORE_OUT_OF_MEMORY');
  });

  test('filters narrow the hits to one SDK and kind', () => {
    const hits = search('network disconnect', { sdk: 'lvb' });
    assert.ok(hits.length > 0);
    assert.ok(hits.every((h) => h.entry.sdk === 'tencent-lvb'));
    assert.ok(hits.some((h) => h.entry.name === 'PLAY_ERR_NET_DISCONNECT'), 'line 86 of the LVB event list');
  });

  test('the limit caps the number of hits', () => {
    assert.equal(search('error', { limit: 3 }).length, 3);
  });

  test('text that matches nothing gives no hits, not an error', () => {
    assert.deepEqual(search('qqqqzzzz'), []);
    assert.deepEqual(search(''), []);
  });
});

describe('related: the same kind of thing in other SDKs', () => {
  test('the LVB network disconnect is related to network errors of other SDKs, never of its own', () => {
    const entry = get('tencent-lvb/PLAY_ERR_NET_DISCONNECT')!;
    const hits = related(entry, 5);
    assert.ok(hits.length > 0);
    for (const h of hits) {
      assert.notEqual(h.entry.sdk, entry.sdk, `${h.entry.id} is of another SDK`);
      assert.equal(h.entry.category, entry.category, `${h.entry.id} has the same category`);
    }
    assert.ok(
      hits.some((h) => /connect|network|disconnect/i.test(`${h.entry.name} ${h.entry.summary}`)),
      `a network related code among ${hits.map((h) => h.entry.id).join(', ')}`,
    );
  });

  test('an unknown id has no related codes', () => {
    assert.deepEqual(related('no-such/ID'), []);
  });
});
