// Generated from the catalog by src/constants/generate.ts during `npm run build`. Do not edit.

/**
 * Tencent V2 live API (V2TXLivePusher / V2TXLivePlayer, V2TXLiveCode) (tencent-v2txlive): every code of the catalog by name.
 * @example if (code === TencentV2txliveCode.V2TXLIVE_WARNING_SCREEN_CAPTURE_INTERRUPTED) { … }
 */
export const TencentV2txliveCode = Object.freeze({
  /** -7001 — defined in the SDK source; no document describes it */
  V2TXLIVE_WARNING_SCREEN_CAPTURE_INTERRUPTED: -7001,
  /** -2304 — defined in the SDK source; no document describes it */
  V2TXLIVE_ERROR_NO_AVAILABLE_HEVC_DECODERS: -2304,
  /** -1319 — defined in the SDK source; no document describes it */
  V2TXLIVE_WARNING_MICROPHONE_OCCUPIED: -1319,
  /** -1317 — defined in the SDK source; no document describes it */
  V2TXLIVE_WARNING_MICROPHONE_NO_PERMISSION: -1317,
  /** -1316 — defined in the SDK source; no document describes it */
  V2TXLIVE_WARNING_CAMERA_OCCUPIED: -1316,
  /** -1314 — defined in the SDK source; no document describes it */
  V2TXLIVE_WARNING_CAMERA_NO_PERMISSION: -1314,
  /** -1309 — defined in the SDK source; no document describes it */
  V2TXLIVE_WARNING_SCREEN_CAPTURE_NOT_SUPPORTED: -1309,
  /** -1308 — defined in the SDK source; no document describes it */
  V2TXLIVE_WARNING_SCREEN_CAPTURE_START_FAILED: -1308,
  /** -1302 — defined in the SDK source; no document describes it */
  V2TXLIVE_WARNING_MICROPHONE_START_FAILED: -1302,
  /** -1301 — defined in the SDK source; no document describes it */
  V2TXLIVE_WARNING_CAMERA_START_FAILED: -1301,
  /** -8 — defined in the SDK source; no document describes it */
  V2TXLIVE_ERROR_DISCONNECTED: -8,
  /** -7 — defined in the SDK source; no document describes it */
  V2TXLIVE_ERROR_SERVER_PROCESS_FAILED: -7,
  /** -6 — defined in the SDK source; no document describes it */
  V2TXLIVE_ERROR_REQUEST_TIMEOUT: -6,
  /** -5 — defined in the SDK source; no document describes it */
  V2TXLIVE_ERROR_INVALID_LICENSE: -5,
  /** -4 — defined in the SDK source; no document describes it */
  V2TXLIVE_ERROR_NOT_SUPPORTED: -4,
  /** -3 — defined in the SDK source; no document describes it */
  V2TXLIVE_ERROR_REFUSED: -3,
  /** -2 — defined in the SDK source; no document describes it */
  V2TXLIVE_ERROR_INVALID_PARAMETER: -2,
  /** -1 — defined in the SDK source; no document describes it */
  V2TXLIVE_ERROR_FAILED: -1,
  /** 0x00000000 — defined in the SDK source; no document describes it */
  V2TXLIVE_OK: 0x00000000,
  /** 0x0000044d — defined in the SDK source; no document describes it */
  V2TXLIVE_WARNING_NETWORK_BUSY: 0x0000044d,
  /** 0x00000450 — defined in the SDK source; no document describes it */
  V2TXLIVE_WARNING_CURRENT_ENCODE_TYPE_CHANGED: 0x00000450,
  /** 0x000007d8 — defined in the SDK source; no document describes it */
  V2TXLIVE_WARNING_CURRENT_DECODE_TYPE_CHANGED: 0x000007d8,
  /** 0x00000839 — defined in the SDK source; no document describes it */
  V2TXLIVE_WARNING_VIDEO_BLOCK: 0x00000839,
} as const);

/** A name in TencentV2txliveCode. @example const name: TencentV2txliveCodeName = 'V2TXLIVE_WARNING_SCREEN_CAPTURE_INTERRUPTED'; */
export type TencentV2txliveCodeName = keyof typeof TencentV2txliveCode;
