// A number and a catalog name of the same value on one line name each other (issue 9, class 5):
// `一直报4502 ALIVC_ERR_QEQUEST_SAAS_SERVER_ERROR` (PengHao/AliyunVideoPlayerDemo4STS-VID#1) is
// the legacy player's 4502 even where no SDK is named and the number alone would be too unsure.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { scanText } from '../src/scan/scanner.js';

function read(log: string): string[] {
  return scanText(log).findings.map((f) => `${f.text} ${f.entry ? f.entry.id : 'none'} ${f.reading}`);
}

describe('scan: a number and the name of its value on one line', () => {
  // [log, findings (text, entry id, reading), why]
  const table: [string, string[], string][] = [
    [
      'sts方式视频下载 一直报4502 ALIVC_ERR_QEQUEST_SAAS_SERVER_ERROR 请求saas服务器错误',
      ['4502 aliyun-player/ALIVC_ERR_QEQUEST_SAAS_SERVER_ERROR value', 'ALIVC_ERR_QEQUEST_SAAS_SERVER_ERROR aliyun-player/ALIVC_ERR_QEQUEST_SAAS_SERVER_ERROR name'],
      'the name after the number',
    ],
    ['一直报4502', [], 'the same number without the name: too unsure alone (no SDK named)'],
    [
      'STATUS_INVALID_ARG returned 0x00000002 by putFrame',
      ['STATUS_INVALID_ARG aws-kvs/STATUS_INVALID_ARG name', '0x00000002 aws-kvs/STATUS_INVALID_ARG value'],
      'the name before the number',
    ],
    [
      'got 4502 after STATUS_INVALID_ARG',
      ['STATUS_INVALID_ARG aws-kvs/STATUS_INVALID_ARG name'],
      'a name of another value names nothing else',
    ],
  ];
  for (const [log, expected, why] of table) {
    test(`${JSON.stringify(log)}: ${why}`, () => {
      assert.deepEqual(read(log).sort(), [...expected].sort(), `findings of ${JSON.stringify(log)}`);
    });
  }
});
