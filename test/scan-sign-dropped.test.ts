// TRTC's errors are negative (TXLiteAVCode.h: ERR_CAMERA_START_FAIL = -1301) and are often posted
// without their sign (`错误码3301`, tencentyun/TRTCSDK#224; `返回1301错误码`, #21). Where the input
// names the SDK, the unsigned number reads as that error, and the finding says the sign was missing
// (reading `sign-dropped`); anywhere else it stays what it is. The rule is data
// (data/context-words.json, signDropped): the SDKs it applies to and the least magnitude.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { scanText } from '../src/scan/scanner.js';

/** The findings of a crafted log, as `id reading` per finding, in order. */
function read(log: string): string[] {
  return scanText(log).findings.map((f) => `${f.text} ${f.entry ? `${f.entry.sdk} ${f.entry.value}` : 'none'} ${f.reading}`);
}

describe('scan: TRTC errors written without their minus sign', () => {
  // [log, the findings expected (text, sdk, value, reading), why]
  const table: [string, string[], string][] = [
    ['TRTCCloud onError 错误码3301', ['3301 tencent-liteav -3301 sign-dropped'], 'a CJK cue glued before, TRTC named on the line'],
    ['TRTCCloud startLocalPreview 返回1301错误码', ['1301 tencent-liteav -1301 sign-dropped'], 'CJK cue words on either side'],
    ['[TRTCCloud] enterRoom\n进房失败，提示错误码：3301', ['3301 tencent-liteav -3301 sign-dropped'], 'the SDK named on an earlier line, full-width colon'],
    ['TRTCCloud onError errCode=-1301', ['-1301 tencent-liteav -1301 value'], 'written with its sign: the plain value'],
    ['提示错误码3301', [], 'no SDK named anywhere: an unsigned number is not read as a negative one'],
    ['进房失败，提示错误码3301', ['3301 tencent-liteav -3301 sign-dropped'], 'TRTC named by its Chinese phrase 进房失败 (cjkMarkers)'],
    ['重进房间就报错码3301', [], '进房间 (an ILVB post says it too) is not a TRTC phrase'],
    ['进房失败\n错误码3301', [], 'a Chinese phrase is looked for only on a line that holds a candidate: alone on its line it names nothing'],
    ['AVContext EnterRoom 错误码1301', ['1301 tencent-ilvb 1301 value'], 'ILVB named: its own 1301 (AV_ERR_DEVICE_NOT_EXIST), not TRTC -1301'],
    ['TRTCCloud onError 错误码5', [], 'below the least magnitude (1000): a bare 5 is never read as -5'],
    ['TRTCCloud enterRoom took 3301 ms', [], 'a duration stays a duration'],
  ];
  for (const [log, expected, why] of table) {
    test(`${JSON.stringify(log)}: ${why}`, () => {
      assert.deepEqual(read(log), expected, `findings of ${JSON.stringify(log)}`);
    });
  }

  test('the CLI text output says the sign was missing', async () => {
    const { spawnSync } = await import('node:child_process');
    const main = new URL('../dist/cli/main.js', import.meta.url);
    const run = spawnSync(process.execPath, [main.pathname, 'scan', '--no-live', '-'], { input: 'TRTCCloud onError 错误码3301\n', encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /3301 \(-3301\)/, run.stdout);
    assert.match(run.stdout, /written without its minus sign/, run.stdout);
  });
});
