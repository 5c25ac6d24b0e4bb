// The logs users actually post (issue #9): Chinese text and full-width punctuation, lists of codes,
// one SDK per log, the same token identified the same way, symbolic names of success. Each case is
// crafted on the shapes of public issue threads; the expected entries are the catalog's own.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { scanText } from '../src/scan/scanner.js';
import type { Finding } from '../src/scan/types.js';

const show = (f: Finding) => `${f.line}:${f.text} ${f.entry?.id ?? '(not in the catalog)'}`;
const found = (log: string) => scanText(log).findings.map(show);

function table(cases: [log: string, expected: string[]][]): void {
  for (const [log, expected] of cases) {
    test(JSON.stringify(log), () => assert.deepEqual(found(log), expected, `findings in ${JSON.stringify(log)}`));
  }
}

describe('scan, class 1: a number glued to CJK text or full-width punctuation', () => {
  describe('CJK cue word before the number', () => {
    table([
      ['进房报错10004', ['1:10004 tencent-ilvb/AV_ERR_SERVER_TIMEOUT']],
      ['一直返回-2302', ['1:-2302 tencent-lvb/PLAY_ERR_GET_RTMP_ACC_URL_FAIL']],
      ['观众加入房间报错10005', ['1:10005 tencent-ilvb/AV_ERR_SERVER_ALLOC_RESOURCE_FAILED']],
      // `W` (a width) before is a quantity word; the CJK cue glued to the number is closer.
      ['W/TXLivePlayer: 拉流失败，错误码-2301，请检查网络', ['1:-2301 tencent-lvb/PLAY_ERR_NET_DISCONNECT']],
    ]);
  });
  describe('CJK cue word after the number', () => {
    table([
      // An error word after it: the ILVB error, not the LVB push event of the same value.
      ['再进就报1002错误', ['1:1002 tencent-ilvb/AV_ERR_EXCLUSIVE_OPERATION']],
      ['10004错误码', ['1:10004 tencent-ilvb/AV_ERR_SERVER_TIMEOUT']],
      ['TXLivePusher 收到3004状态码', ['1:3004 tencent-lvb/PUSH_WARNING_SERVER_DISCONNECT']],
    ]);
  });
  describe('full-width punctuation', () => {
    table([
      // 6013 is the IM SDK's (its V2TIMErrorCode.h says so); ILVB passes it on under its own name
      // (the ILVB document defers such codes to the IM SDK). No document describes it, so the log
      // must name one of the two.
      ['IMSDK login fail ：6013 msg', ['1:6013 tencent-im/ERR_SDK_NOT_INITIALIZED']],
      ['iLive login fail ：6013 msg', ['1:6013 tencent-ilvb/AV_ERR_IMSDK_SDK_NOT_INITIALIZED']],
      ['login fail ：6013 msg', []],
      ['错误码：【1004】', ['1:1004 tencent-ilvb/AV_ERR_INVALID_ARGUMENT']],
      ['错误码（10005）', ['1:10005 tencent-ilvb/AV_ERR_SERVER_ALLOC_RESOURCE_FAILED']],
      ['code：10004', ['1:10004 tencent-ilvb/AV_ERR_SERVER_TIMEOUT']],
    ]);
  });
  describe('quantities in CJK text stay out, even next to a cue', () => {
    table([
      ['报错：耗时2003毫秒', []], // a duration
      ['错误重试3001次', []], // a count
      ['报错，端口3001', []], // a port
      ['错误：房间号1003', []], // an id
      ['报错 进程2004 线程2005', []], // a pid and a tid
      ['返回错误 价格1004元', []], // a price
      ['返回错误，分片1001', []], // a fragment number
      ['2024年12月10日 报错', []], // a date
      ['2024-05-01 10:00:01 报错', []], // a timestamp
      ['版本1.0.1001 报错', []], // a version
      ['http 返回错误 1001', []], // an HTTP line
      ['大小1001字节，错误', []], // a size
    ]);
  });
});

describe('scan, class 2: lists and chains of codes', () => {
  table([
    [
      'TXLivePusher 1101 -> 3003 -> -1313',
      ['1:1101 tencent-lvb/PUSH_WARNING_NET_BUSY', '1:3003 tencent-lvb/PUSH_WARNING_SHAKE_FAIL', '1:-1313 tencent-lvb/PUSH_ERR_INVALID_ADDRESS'],
    ],
    ['TXLivePlayer 返回3002，3003状态码', ['1:3002 tencent-lvb/PLAY_WARNING_SEVER_CONN_FAIL', '1:3003 tencent-lvb/PLAY_WARNING_SHAKE_FAIL']],
    ['AVSDK 错误码(1007，1008、1004)', ['1:1007 tencent-ilvb/AV_ERR_NOT_IN_MAIN_THREAD', '1:1008 tencent-ilvb/AV_ERR_RESOURCE_IS_OCCUPIED', '1:1004 tencent-ilvb/AV_ERR_INVALID_ARGUMENT']],
    ['AVSDK error 1007, 1008 | 1004', ['1:1007 tencent-ilvb/AV_ERR_NOT_IN_MAIN_THREAD', '1:1008 tencent-ilvb/AV_ERR_RESOURCE_IS_OCCUPIED', '1:1004 tencent-ilvb/AV_ERR_INVALID_ARGUMENT']],
    ['errors 0x52000010, 0x5200001a', ['1:0x52000010 aws-kvs/STATUS_SERVICE_CALL_NOT_AUTHORIZED_ERROR', '1:0x5200001a (not in the catalog)']],
    // No member is a code on its own evidence: a list of quantities stays a list of quantities.
    ['size 1001, 1002, 1003', []],
    ['threads 1001, 1002, 1003', []],
    // Other shapes do not join: the 3 of `retry 3` is no code of the list.
    ['AVSDK error 1007, 3 times', ['1:1007 tencent-ilvb/AV_ERR_NOT_IN_MAIN_THREAD']],
  ]);

  test('a list member says which list vouched for it', () => {
    const f = scanText('TXLivePusher 1101 -> 3003 -> -1313').findings;
    assert.deepEqual(
      f.map((x) => x.context.cue),
      ['list with -1313', 'list with -1313', null],
    );
  });

  test('list heads straddling every chunk boundary give the same findings', () => {
    const log = 'x\nTXLivePusher 1101 -> 3003 -> -1313\nAVSDK error 1007, 1008 | 1004\n';
    const whole = found(log);
    for (let chunkSize = 1; chunkSize <= 40; chunkSize++) assert.deepEqual(scanText(log, { chunkSize }).findings.map(show), whole, `chunk size ${chunkSize}`);
  });
});

describe('scan, class 3: one SDK per log', () => {
  test('a marker after the code, later in the file, identifies it', () => {
    const r = scanText('onError code: 2103\nW/TXLivePlayer: reconnecting\n').findings;
    assert.deepEqual(r.map(show), ['1:2103 tencent-lvb/PLAY_WARNING_RECONNECT']);
    assert.equal(r[0]!.context.sdkFrom, 'file');
  });

  test("a short number in an Alibaba player log is not named as another vendor's code", () => {
    assert.deepEqual(found('E/AliPlayer: onError code: 4001 msg=decode failed\nI/AliPlayer: onPrepared\n'), []);
    assert.deepEqual(found('I/AliFrameWork [analytics] :eventCode:4001, name:ERROR\n'), []);
  });

  test('a small number after `error:` next to a failed system call is an errno', () => {
    assert.deepEqual(found('I/TXLivePlayer: connect() failed, error: 11\nI/TXLivePlayer: send failed errno 32\n'), []);
    assert.deepEqual(found('kvssink: open failed, error: 2\n'), []);
    assert.deepEqual(found('kvssink: connect() failed, error: 11\n'), []);
    // The same cue without a system call is still a code.
    assert.deepEqual(found('kvssink: PutFrame failed, error: 2\n'), ['1:2 aws-kvs/STATUS_INVALID_ARG']);
  });

  test('short numbers in a log of another player are its own', () => {
    assert.deepEqual(found('MediaPlayer: error (1, -1004)\nonError 1 - -1004\n'), []);
    assert.deepEqual(found('ijk播放器\nonInfo() what=10001, extra=0\n'), []);
  });

  test('a mixed-vendor log: each line keeps its own SDK, the same token included', () => {
    const log = [
      '2024-05-02 08:00:01.000 kvssink: PutFrame failed with status code: 0x5200002e',
      '2024-05-02 08:00:01.100 kvssink: retStatus 1',
      '05-02 20:00:00.350  4100  4188 I TXLivePlayer: onPlayEvent event=2103',
      '05-02 20:00:00.400  4100  4188 I TXLivePusher: onPushEvent event=3004',
      '2024-05-02 08:00:02.000 AVSDK StartContext ret 1',
      '2024-05-02 08:00:02.100 AVSDK EnterRoom result 1003',
      '05-02 20:00:01.000  4100  4188 E AliPlayer: onError error_code * 20030004 *',
      '2024-05-02 08:00:03.000 kvssink: putKinesisVideoFrame() failed with 0x15000011',
    ].join('\n');
    assert.deepEqual(found(log), [
      '1:0x5200002e aws-kvs/STATUS_STORE_OUT_OF_MEMORY',
      '2:1 aws-kvs/STATUS_NULL_ARG',
      '3:2103 tencent-lvb/PLAY_WARNING_RECONNECT',
      '4:3004 tencent-lvb/PUSH_WARNING_SERVER_DISCONNECT',
      '5:1 tencent-ilvb/AV_ERR_FAILED',
      '6:1003 tencent-ilvb/AV_ERR_HAS_IN_THE_STATE',
      '7:20030004 aliyun-player/ERROR_LOADING_TIMEOUT',
      '8:0x15000011 aws-kvs/STATUS_IOT_FAILED',
    ]);
  });
});

describe('scan, class 4: consistency and evidence', () => {
  test('the same token in the same context gets the same name, the documented one', () => {
    const log = [
      '2020-04-18 23:52:28.410503+0800 app[17029:2384853] TXLiteAVSDK:liteavsdk play event[2103]:点播网络重连',
      '2020-04-18 23:52:28.411171+0800 app[17029:2384853] [I][TXVodPlayer.m, onNotifyEvent, 412]:liteavsdk play event[2103]:点播网络重连',
    ].join('\n');
    assert.deepEqual(found(log), ['1:2103 tencent-lvb/PLAY_WARNING_RECONNECT', '2:2103 tencent-lvb/PLAY_WARNING_RECONNECT']);
  });

  test('a token identified on its own evidence vouches for its bare occurrences', () => {
    const r = scanText('观众加入房间报错10005\n如果出现僵尸房间没有清理掉，10005就会大量出现\n').findings;
    assert.deepEqual(r.map(show), ['1:10005 tencent-ilvb/AV_ERR_SERVER_ALLOC_RESOURCE_FAILED', '2:10005 tencent-ilvb/AV_ERR_SERVER_ALLOC_RESOURCE_FAILED']);
    assert.equal(r[1]!.context.cue, 'same as line 1');
  });

  test('a bare number nothing vouches for stays unreported', () => {
    assert.deepEqual(found('如果出现僵尸房间没有清理掉，10005就会大量出现\n'), []);
  });
});

describe('scan, class 5: symbolic names in the text', () => {
  test('a name given as a call result is a finding, value 0 included', () => {
    const log = ['createKinesisVideoClient(): returned STATUS_SUCCESS', 'createDeviceInfo: STATUS_SUCCESS', 'putKinesisVideoFrame: STATUS_STORE_OUT_OF_MEMORY'].join('\n');
    assert.deepEqual(found(log), ['1:STATUS_SUCCESS aws-kvs/STATUS_SUCCESS', '2:STATUS_SUCCESS aws-kvs/STATUS_SUCCESS', '3:STATUS_STORE_OUT_OF_MEMORY aws-kvs/STATUS_STORE_OUT_OF_MEMORY']);
  });

  test('the number 0 after a cue is still not a finding', () => {
    assert.deepEqual(found('kvssink: retStatus 0x00000000 ret 0\n'), []);
  });
});
