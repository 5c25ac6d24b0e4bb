// Generated from the catalog by src/constants/generate.ts during `npm run build`. Do not edit.

/**
 * Tencent LiteAV SDK codes (TXLiteAVCode.h: TRTC, live push and play) (tencent-liteav): every code of the catalog by name.
 * @example if (code === TencentLiteavCode.ERR_SERVER_CENTER_I_FRAME_RPS_INVALID_PARAMETER) { … }
 */
export const TencentLiteavCode = Object.freeze({
  /** -102028 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_I_FRAME_RPS_INVALID_PARAMETER: -102028,
  /** -102027 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_I_FRAME_ROOM_TOO_BIG: -102027,
  /** -102026 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_I_FRAME_DEST_USER_NOT_EXIST: -102026,
  /** -102025 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_I_FRAME_INVALID_PACKET: -102025,
  /** -102024 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_I_FRAME_UNKNOW_TYPE: -102024,
  /** -102023 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_INVALID_PARAMETER: -102023,
  /** -102019 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_NO_PRIVILEDGE_REQUEST_VIDEO: -102019,
  /** -102018 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_USER_WAS_DELETED: -102018,
  /** -102017 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_NOT_PUSH_SUB_VIDEO: -102017,
  /** -102016 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_ANOTHER_USER_PUSH_SUB_VIDEO: -102016,
  /** -102015 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_NO_PRIVILEDGE_PUSH_SUB_VIDEO: -102015,
  /** -102014 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_ROUTE_TABLE_ERROR: -102014,
  /** -102013 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_NO_PRIVILEDGE_PUSH_VIDEO: -102013,
  /** -102012 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_INVALID_PARAMETER_SUB_VIDEO: -102012,
  /** -102011 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_NO_PRIVILEDGE_ENTER_ROOM: -102011,
  /** -102010 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_NO_PRIVILEDGE_CREATE_ROOM: -102010,
  /** -102009 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_LOCATION_NOT_EXIST: -102009,
  /** -102008 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_SWITCH_TERMINATION_FREQUENTLY: -102008,
  /** -102007 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_FIND_USER_FAILED: -102007,
  /** -102006 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_ADD_USER_FAILED: -102006,
  /** -102005 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_ROOM_NOT_EXIST: -102005,
  /** -102004 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_SIGN_TIMEOUT: -102004,
  /** -102003 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_SIGN_ERROR: -102003,
  /** -102002 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_CREATE_ROOM_FAILED: -102002,
  /** -102001 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_INVALID_ROOMID: -102001,
  /** -102000 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_SYSTEM_ERROR: -102000,
  /** -101003 — defined in the SDK source; no document describes it */
  ERR_SERVER_ACC_ROOM_NOT_EXIST: -101003,
  /** -101002 — defined in the SDK source; no document describes it */
  ERR_SERVER_ACC_SIGN_TIMEOUT: -101002,
  /** -101001 — defined in the SDK source; no document describes it */
  ERR_SERVER_ACC_SIGN_ERROR: -101001,
  /** -101000 — defined in the SDK source; no document describes it */
  ERR_SERVER_ACC_TOKEN_TIMEOUT: -101000,
  /** -100008 — defined in the SDK source; no document describes it */
  ERR_SERVER_INFO_GENERATE_TOKEN_ERROR: -100008,
  /** -100007 — defined in the SDK source; no document describes it */
  ERR_SERVER_INFO_GENERATE_KEN_ERROR: -100007,
  /** -100006 — defined in the SDK source; no document describes it */
  ERR_SERVER_INFO_PRIVILEGE_FLAG_ERROR: -100006,
  /** -100005 — defined in the SDK source; no document describes it */
  ERR_SERVER_INFO_INVALID_COMMAND: -100005,
  /** -100004 — defined in the SDK source; no document describes it */
  ERR_SERVER_INFO_TOKEN_TIMEOUT: -100004,
  /** -100003 — defined in the SDK source; no document describes it */
  ERR_SERVER_INFO_GENERATE_SIGN_FAILED: -100003,
  /** -100002 — defined in the SDK source; no document describes it */
  ERR_SERVER_INFO_ALLOCATE_ACCESS_FAILED: -100002,
  /** -100001 — defined in the SDK source; no document describes it */
  ERR_SERVER_INFO_TOKEN_ERROR: -100001,
  /** -100000 — defined in the SDK source; no document describes it */
  ERR_SERVER_INFO_UNPACKING_ERROR: -100000,
  /** -70398 — defined in the SDK source; no document describes it */
  ERR_SERVER_SSO_ACCOUNT_EXCEED_PURCHASES: -70398,
  /** -70347 — defined in the SDK source; no document describes it */
  ERR_SERVER_SSO_TICKET_EXPIRED: -70347,
  /** -70346 — defined in the SDK source; no document describes it */
  ERR_SERVER_SSO_TICKET_VERIFICATION_FAILED: -70346,
  /** -70221 — defined in the SDK source; no document describes it */
  ERR_SERVER_SSO_INVALID_LOGIN_STATUS: -70221,
  /** -70114 — defined in the SDK source; no document describes it */
  ERR_SERVER_SSO_LIMITED_BY_SECURITY: -70114,
  /** -70052 — defined in the SDK source; no document describes it */
  ERR_SERVER_SSO_SIG_INVALID: -70052,
  /** -70051 — defined in the SDK source; no document describes it */
  ERR_SERVER_SSO_ACCOUNT_IN_BLACKLIST: -70051,
  /** -70020 — defined in the SDK source; no document describes it */
  ERR_SERVER_SSO_APPID_NOT_FOUND: -70020,
  /** -70018 — defined in the SDK source; no document describes it */
  ERR_SERVER_SSO_VERIFICATION_FAILED: -70018,
  /** -70017 — defined in the SDK source; no document describes it */
  ERR_SERVER_SSO_VERIFICATION_EXPIRED: -70017,
  /** -70014 — defined in the SDK source; no document describes it */
  ERR_SERVER_SSO_APPID_NOT_MATCH: -70014,
  /** -70013 — defined in the SDK source; no document describes it */
  ERR_SERVER_SSO_SIG_VERIFICATION_ID_NOT_MATCH: -70013,
  /** -70010 — defined in the SDK source; no document describes it */
  ERR_SERVER_SSO_SIG_VERIFICATION_FAILED_8: -70010,
  /** -70009 — defined in the SDK source; no document describes it */
  ERR_SERVER_SSO_SIG_VERIFICATION_FAILED_7: -70009,
  /** -70008 — defined in the SDK source; no document describes it */
  ERR_SERVER_SSO_SIG_VERIFICATION_FAILED_6: -70008,
  /** -70007 — defined in the SDK source; no document describes it */
  ERR_SERVER_SSO_SIG_VERIFICATION_FAILED_5: -70007,
  /** -70006 — defined in the SDK source; no document describes it */
  ERR_SERVER_SSO_SIG_VERIFICATION_FAILED_4: -70006,
  /** -70005 — defined in the SDK source; no document describes it */
  ERR_SERVER_SSO_SIG_VERIFICATION_FAILED_3: -70005,
  /** -70004 — defined in the SDK source; no document describes it */
  ERR_SERVER_SSO_SIG_VERIFICATION_FAILED_2: -70004,
  /** -70003 — defined in the SDK source; no document describes it */
  ERR_SERVER_SSO_SIG_VERIFICATION_FAILED_1: -70003,
  /** -70001 — defined in the SDK source; no document describes it */
  ERR_SERVER_SSO_SIG_EXPIRED: -70001,
  /** -3325 — defined in the SDK source; no document describes it */
  ERR_ROOM_REQUEST_QUIT_ROOM_TIMEOUT: -3325,
  /** -3324 — defined in the SDK source; no document describes it */
  ERR_CLOUD_MIX_TRANSCODING_RESPON_ERROR: -3324,
  /** -3323 — defined in the SDK source; no document describes it */
  ERR_PUBLISH_CDN_STREAM_RESPON_ERROR: -3323,
  /** -3322 — defined in the SDK source; no document describes it */
  ERR_CLOUD_MIX_TRANSCODING_REQUEST_TIME_OUT: -3322,
  /** -3321 — defined in the SDK source; no document describes it */
  ERR_PUBLISH_CDN_STREAM_REQUEST_TIME_OUT: -3321,
  /** -3320 — defined in the SDK source; no document describes it */
  ERR_USER_SIG_INVALID: -3320,
  /** -3319 — defined in the SDK source; no document describes it */
  ERR_USER_ID_INVALID: -3319,
  /** -3318 — defined in the SDK source; no document describes it */
  ERR_ROOM_ID_INVALID: -3318,
  /** -3317 — defined in the SDK source; no document describes it */
  ERR_SDK_APPID_INVALID: -3317,
  /** -3316 — defined in the SDK source; no document describes it */
  ERR_ENTER_ROOM_PARAM_NULL: -3316,
  /** -3315 — defined in the SDK source; no document describes it */
  ERR_ROOM_REQUEST_TOKEN_INVALID_PARAMETER: -3315,
  /** -3314 — defined in the SDK source; no document describes it */
  ERR_ROOM_REQUEST_SET_RECEIVE_TIMEOUT: -3314,
  /** -3313 — defined in the SDK source; no document describes it */
  ERR_ROOM_REQUEST_CLOSE_VIDEO_TIMEOUT: -3313,
  /** -3312 — defined in the SDK source; no document describes it */
  ERR_ROOM_REQUEST_STATUS_REPORT_TIMEOUT: -3312,
  /** -3311 — defined in the SDK source; no document describes it */
  ERR_ROOM_REQUEST_CHANGE_ABILITY_TIMEOUT: -3311,
  /** -3310 — defined in the SDK source; no document describes it */
  ERR_ROOM_REQUEST_VIDEO_DATA_ROOM_TIMEOUT: -3310,
  /** -3309 — defined in the SDK source; no document describes it */
  ERR_ROOM_REQUEST_VIDEO_FLAG_TIMEOUT: -3309,
  /** -3308 — defined in the SDK source; no document describes it */
  ERR_ROOM_REQUEST_ENTER_ROOM_TIMEOUT: -3308,
  /** -3307 — defined in the SDK source; no document describes it */
  ERR_ROOM_REQUEST_IP_TIMEOUT: -3307,
  /** -3306 — defined in the SDK source; no document describes it */
  ERR_ROOM_REQUEST_TOKEN_HTTPS_TIMEOUT: -3306,
  /** -3305 — defined in the SDK source; no document describes it */
  ERR_ROOM_REQUEST_AVSEAT_FAIL: -3305,
  /** -3304 — defined in the SDK source; no document describes it */
  ERR_ROOM_CONNECT_FAIL: -3304,
  /** -3303 — defined in the SDK source; no document describes it */
  ERR_ROOM_REQUEST_IP_FAIL: -3303,
  /** -3302 — defined in the SDK source; no document describes it */
  ERR_ROOM_HEARTBEAT_FAIL: -3302,
  /** -3301 — defined in the SDK source; no document describes it */
  ERR_ROOM_ENTER_FAIL: -3301,
  /** -2309 — defined in the SDK source; no document describes it */
  ERR_RTMP_ACC_FETCH_STREAM_FAIL: -2309,
  /** -2308 — defined in the SDK source; no document describes it */
  ERR_PLAY_LIVE_STREAM_SERVER_REFUSE: -2308,
  /** -2307 — defined in the SDK source; no document describes it */
  ERR_PLAY_LIVE_STREAM_SWITCH_FAIL: -2307,
  /** -2306 — defined in the SDK source; no document describes it */
  ERR_GET_VODFILE_MEDIAINFO_FAIL: -2306,
  /** -2305 — defined in the SDK source; no document describes it */
  ERR_VOD_DECRYPT_FAIL: -2305,
  /** -2304 — defined in the SDK source; no document describes it */
  ERR_HEVC_DECODE_FAIL: -2304,
  /** -2303 — defined in the SDK source; no document describes it */
  ERR_FILE_NOT_FOUND: -2303,
  /** -2302 — defined in the SDK source; no document describes it */
  ERR_GET_RTMP_ACC_URL_FAIL: -2302,
  /** -2301 — defined in the SDK source; no document describes it */
  ERR_PLAY_LIVE_STREAM_NET_DISCONNECT: -2301,
  /** -1328 — defined in the SDK source; no document describes it */
  ERR_BUFFER_TYPE_UNSUPPORTED: -1328,
  /** -1327 — defined in the SDK source; no document describes it */
  ERR_PIXEL_FORMAT_UNSUPPORTED: -1327,
  /** -1326 — defined in the SDK source; no document describes it */
  ERR_RTMP_PUSH_SERVER_REFUSE: -1326,
  /** -1325 — defined in the SDK source; no document describes it */
  ERR_RTMP_PUSH_NO_NETWORK: -1325,
  /** -1324 — defined in the SDK source; no document describes it */
  ERR_RTMP_PUSH_NET_ALLADDRESS_FAIL: -1324,
  /** -1323 — defined in the SDK source; no document describes it */
  ERR_SPEAKER_STOP_FAIL: -1323,
  /** -1322 — defined in the SDK source; no document describes it */
  ERR_SPEAKER_SET_PARAM_FAIL: -1322,
  /** -1321 — defined in the SDK source; no document describes it */
  ERR_SPEAKER_START_FAIL: -1321,
  /** -1320 — defined in the SDK source; no document describes it */
  ERR_MIC_STOP_FAIL: -1320,
  /** -1319 — defined in the SDK source; no document describes it */
  ERR_MIC_OCCUPY: -1319,
  /** -1318 — defined in the SDK source; no document describes it */
  ERR_MIC_SET_PARAM_FAIL: -1318,
  /** -1317 — defined in the SDK source; no document describes it */
  ERR_MIC_NOT_AUTHORIZED: -1317,
  /** -1316 — defined in the SDK source; no document describes it */
  ERR_CAMERA_OCCUPY: -1316,
  /** -1315 — defined in the SDK source; no document describes it */
  ERR_CAMERA_SET_PARAM_FAIL: -1315,
  /** -1314 — defined in the SDK source; no document describes it */
  ERR_CAMERA_NOT_AUTHORIZED: -1314,
  /** -1313 — defined in the SDK source; no document describes it */
  ERR_RTMP_PUSH_INVALID_ADDRESS: -1313,
  /** -1309 — defined in the SDK source; no document describes it */
  ERR_SCREEN_CAPTURE_UNSURPORT: -1309,
  /** -1308 — defined in the SDK source; no document describes it */
  ERR_SCREEN_CAPTURE_START_FAIL: -1308,
  /** -1307 — defined in the SDK source; no document describes it */
  ERR_RTMP_PUSH_NET_DISCONNECT: -1307,
  /** -1306 — defined in the SDK source; no document describes it */
  ERR_UNSUPPORTED_SAMPLERATE: -1306,
  /** -1305 — defined in the SDK source; no document describes it */
  ERR_UNSUPPORTED_RESOLUTION: -1305,
  /** -1304 — defined in the SDK source; no document describes it */
  ERR_AUDIO_ENCODE_FAIL: -1304,
  /** -1303 — defined in the SDK source; no document describes it */
  ERR_VIDEO_ENCODE_FAIL: -1303,
  /** -1302 — defined in the SDK source; no document describes it */
  ERR_MIC_START_FAIL: -1302,
  /** -1301 — defined in the SDK source; no document describes it */
  ERR_CAMERA_START_FAIL: -1301,
  /** 0x00000000 — defined in the SDK source; no document describes it */
  ERR_NULL: 0x00000000,
  /** 0x000003e9 — defined in the SDK source; no document describes it */
  EVT_RTMP_PUSH_CONNECT_SUCC: 0x000003e9,
  /** 0x000003ea — defined in the SDK source; no document describes it */
  EVT_RTMP_PUSH_BEGIN: 0x000003ea,
  /** 0x000003eb — defined in the SDK source; no document describes it */
  EVT_CAMERA_START_SUCC: 0x000003eb,
  /** 0x000003ec — defined in the SDK source; no document describes it */
  EVT_SCREEN_CAPTURE_SUCC: 0x000003ec,
  /** 0x000003ed — defined in the SDK source; no document describes it */
  EVT_UP_CHANGE_RESOLUTION: 0x000003ed,
  /** 0x000003ee — defined in the SDK source; no document describes it */
  EVT_UP_CHANGE_BITRATE: 0x000003ee,
  /** 0x000003ef — defined in the SDK source; no document describes it */
  EVT_FIRST_FRAME_AVAILABLE: 0x000003ef,
  /** 0x000003f0 — defined in the SDK source; no document describes it */
  EVT_START_VIDEO_ENCODER: 0x000003f0,
  /** 0x000003fa — defined in the SDK source; no document describes it */
  EVT_ROOM_ENTER: 0x000003fa,
  /** 0x000003fb — defined in the SDK source; no document describes it */
  EVT_ROOM_EXIT: 0x000003fb,
  /** 0x000003fc — defined in the SDK source; no document describes it */
  EVT_ROOM_USERLIST: 0x000003fc,
  /** 0x000003fd — defined in the SDK source; no document describes it */
  EVT_ROOM_NEED_REENTER: 0x000003fd,
  /** 0x000003fe — defined in the SDK source; no document describes it */
  EVT_SNAPSHOT_COMPLETE: 0x000003fe,
  /** 0x000003ff — defined in the SDK source; no document describes it */
  EVT_CAMERA_REMOVED: 0x000003ff,
  /** 0x00000400 — defined in the SDK source; no document describes it */
  EVT_CAMERA_AVAILABLE: 0x00000400,
  /** 0x00000401 — defined in the SDK source; no document describes it */
  EVT_CAMERA_CLOSE: 0x00000401,
  /** 0x00000402 — defined in the SDK source; no document describes it */
  EVT_RTMP_PUSH_PUBLISH_START: 0x00000402,
  /** 0x00000403 — defined in the SDK source; no document describes it */
  EVT_HW_ENCODER_START_SUCC: 0x00000403,
  /** 0x00000404 — defined in the SDK source; no document describes it */
  EVT_SW_ENCODER_START_SUCC: 0x00000404,
  /** 0x0000044d — defined in the SDK source; no document describes it */
  WARNING_NET_BUSY: 0x0000044d,
  /** 0x0000044e — defined in the SDK source; no document describes it */
  WARNING_RTMP_SERVER_RECONNECT: 0x0000044e,
  /** 0x0000044f — defined in the SDK source; no document describes it */
  WARNING_HW_ENCODER_START_FAIL: 0x0000044f,
  /** 0x00000453 — defined in the SDK source; no document describes it */
  WARNING_VIDEO_ENCODER_SW_TO_HW: 0x00000453,
  /** 0x00000454 — defined in the SDK source; no document describes it */
  WARNING_INSUFFICIENT_CAPTURE_FPS: 0x00000454,
  /** 0x00000455 — defined in the SDK source; no document describes it */
  WARNING_SW_ENCODER_START_FAIL: 0x00000455,
  /** 0x000007d1 — defined in the SDK source; no document describes it */
  EVT_PLAY_LIVE_STREAM_CONNECT_SUCC: 0x000007d1,
  /** 0x000007d2 — defined in the SDK source; no document describes it */
  EVT_PLAY_LIVE_STREAM_BEGIN: 0x000007d2,
  /** 0x000007d3 — defined in the SDK source; no document describes it */
  EVT_RENDER_FIRST_I_FRAME: 0x000007d3,
  /** 0x000007d4 — defined in the SDK source; no document describes it */
  EVT_VIDEO_PLAY_BEGIN: 0x000007d4,
  /** 0x000007d5 — defined in the SDK source; no document describes it */
  EVT_VIDEO_PLAY_PROGRESS: 0x000007d5,
  /** 0x000007d6 — defined in the SDK source; no document describes it */
  EVT_VIDEO_PLAY_END: 0x000007d6,
  /** 0x000007d7 — defined in the SDK source; no document describes it */
  EVT_VIDEO_PLAY_LOADING: 0x000007d7,
  /** 0x000007d8 — defined in the SDK source; no document describes it */
  EVT_START_VIDEO_DECODER: 0x000007d8,
  /** 0x000007d9 — defined in the SDK source; no document describes it */
  EVT_DOWN_CHANGE_RESOLUTION: 0x000007d9,
  /** 0x000007da — defined in the SDK source; no document describes it */
  EVT_GET_VODFILE_MEDIAINFO_SUCC: 0x000007da,
  /** 0x000007db — defined in the SDK source; no document describes it */
  EVT_VIDEO_CHANGE_ROTATION: 0x000007db,
  /** 0x000007dc — defined in the SDK source; no document describes it */
  EVT_PLAY_GET_MESSAGE: 0x000007dc,
  /** 0x000007dd — defined in the SDK source; no document describes it */
  EVT_VOD_PLAY_PREPARED: 0x000007dd,
  /** 0x000007de — defined in the SDK source; no document describes it */
  EVT_VOD_PLAY_LOADING_END: 0x000007de,
  /** 0x000007df — defined in the SDK source; no document describes it */
  EVT_PLAY_LIVE_STREAM_SWITCH_SUCC: 0x000007df,
  /** 0x000007e0 — defined in the SDK source; no document describes it */
  EVT_VOD_PLAY_TCP_CONNECT_SUCC: 0x000007e0,
  /** 0x000007e1 — defined in the SDK source; no document describes it */
  EVT_VOD_PLAY_FIRST_VIDEO_PACKET: 0x000007e1,
  /** 0x000007e2 — defined in the SDK source; no document describes it */
  EVT_VOD_PLAY_DNS_RESOLVED: 0x000007e2,
  /** 0x000007e3 — defined in the SDK source; no document describes it */
  EVT_VOD_PLAY_SEEK_COMPLETE: 0x000007e3,
  /** 0x000007e4 — defined in the SDK source; no document describes it */
  EVT_VIDEO_DECODER_CACHE_TOO_MANY_FRAMES: 0x000007e4,
  /** 0x000007e5 — defined in the SDK source; no document describes it */
  EVT_HW_DECODER_START_SUCC: 0x000007e5,
  /** 0x000007e6 — defined in the SDK source; no document describes it */
  EVT_SW_DECODER_START_SUCC: 0x000007e6,
  /** 0x000007e7 — defined in the SDK source; no document describes it */
  EVT_AUDIO_JITTER_STATE_FIRST_LOADING: 0x000007e7,
  /** 0x000007e8 — defined in the SDK source; no document describes it */
  EVT_AUDIO_JITTER_STATE_LOADING: 0x000007e8,
  /** 0x000007e9 — defined in the SDK source; no document describes it */
  EVT_AUDIO_JITTER_STATE_PLAYING: 0x000007e9,
  /** 0x000007ea — defined in the SDK source; no document describes it */
  EVT_AUDIO_JITTER_STATE_FIRST_PLAY: 0x000007ea,
  /** 0x000007eb — defined in the SDK source; no document describes it */
  EVT_MIC_START_SUCC: 0x000007eb,
  /** 0x00000835 — defined in the SDK source; no document describes it */
  WARNING_VIDEO_FRAME_DECODE_FAIL: 0x00000835,
  /** 0x00000836 — defined in the SDK source; no document describes it */
  WARNING_AUDIO_FRAME_DECODE_FAIL: 0x00000836,
  /** 0x00000837 — defined in the SDK source; no document describes it */
  WARNING_LIVE_STREAM_SERVER_RECONNECT: 0x00000837,
  /** 0x00000839 — defined in the SDK source; no document describes it */
  WARNING_VIDEO_PLAY_LAG: 0x00000839,
  /** 0x0000083a — defined in the SDK source; no document describes it */
  WARNING_HW_DECODER_START_FAIL: 0x0000083a,
  /** 0x0000083c — defined in the SDK source; no document describes it */
  WARNING_VIDEO_DECODER_HW_TO_SW: 0x0000083c,
  /** 0x0000083d — defined in the SDK source; no document describes it */
  WARNING_SW_DECODER_START_FAIL: 0x0000083d,
  /** 0x00000bb9 — defined in the SDK source; no document describes it */
  WARNING_RTMP_DNS_FAIL: 0x00000bb9,
  /** 0x00000bba — defined in the SDK source; no document describes it */
  WARNING_RTMP_SEVER_CONN_FAIL: 0x00000bba,
  /** 0x00000bbb — defined in the SDK source; no document describes it */
  WARNING_RTMP_SHAKE_FAIL: 0x00000bbb,
  /** 0x00000bbc — defined in the SDK source; no document describes it */
  WARNING_RTMP_SERVER_BREAK_CONNECT: 0x00000bbc,
  /** 0x00000bbd — defined in the SDK source; no document describes it */
  WARNING_RTMP_READ_WRITE_FAIL: 0x00000bbd,
  /** 0x00000bbe — defined in the SDK source; no document describes it */
  WARNING_RTMP_WRITE_FAIL: 0x00000bbe,
  /** 0x00000bbf — defined in the SDK source; no document describes it */
  WARNING_RTMP_READ_FAIL: 0x00000bbf,
  /** 0x00000bc0 — defined in the SDK source; no document describes it */
  WARNING_RTMP_NO_DATA: 0x00000bc0,
  /** 0x00000bc1 — defined in the SDK source; no document describes it */
  WARNING_PLAY_LIVE_STREAM_INFO_CONNECT_FAIL: 0x00000bc1,
  /** 0x00000bc2 — defined in the SDK source; no document describes it */
  WARNING_NO_STEAM_SOURCE_FAIL: 0x00000bc2,
  /** 0x00000fa1 — defined in the SDK source; no document describes it */
  UGC_WRITE_FILE_FAIL: 0x00000fa1,
  /** 0x000013ed — defined in the SDK source; no document describes it */
  WARNING_ROOM_DISCONNECT: 0x000013ed,
  /** 0x000013ee — defined in the SDK source; no document describes it */
  WARNING_ROOM_RECONNECT: 0x000013ee,
  /** 0x000013ef — defined in the SDK source; no document describes it */
  WARNING_ROOM_NET_BUSY: 0x000013ef,
  /** 0x00001f41 — defined in the SDK source; no document describes it */
  EVT_ROOM_REQUEST_IP_SUCC: 0x00001f41,
  /** 0x00001f42 — defined in the SDK source; no document describes it */
  EVT_ROOM_CONNECT_SUCC: 0x00001f42,
  /** 0x00001f43 — defined in the SDK source; no document describes it */
  EVT_ROOM_REQUEST_AVSEAT_SUCC: 0x00001f43,
  /** 0x000186a1 — defined in the SDK source; no document describes it */
  INNER_EVT_SET_BITRATE_4_SCREEN_CAPTURE: 0x000186a1,
  /** 0x000186a2 — defined in the SDK source; no document describes it */
  INNER_EVT_BGM_PLAY_FINISH: 0x000186a2,
} as const);

/** A name in TencentLiteavCode. @example const name: TencentLiteavCodeName = 'ERR_SERVER_CENTER_I_FRAME_RPS_INVALID_PARAMETER'; */
export type TencentLiteavCodeName = keyof typeof TencentLiteavCode;
