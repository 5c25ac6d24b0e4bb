// Generated from the catalog by src/constants/generate.ts during `npm run build`. Do not edit.
export { AliyunPlayerError, type AliyunPlayerErrorName } from './aliyun-player.js';
export { KvsStatus, type KvsStatusName } from './aws-kvs.js';
export { KvsWebrtcStatus, type KvsWebrtcStatusName } from './aws-kvs-webrtc.js';
export { TencentIlvbError, type TencentIlvbErrorName } from './tencent-ilvb.js';
export { TencentImError, type TencentImErrorName } from './tencent-im.js';
export { TencentLiteavCode, type TencentLiteavCodeName } from './tencent-liteav.js';
export { TencentLvbEvent, type TencentLvbEventName } from './tencent-lvb.js';
export { TencentV2txliveCode, type TencentV2txliveCodeName } from './tencent-v2txlive.js';
