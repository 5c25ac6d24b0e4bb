// Generated from the catalog by src/constants/generate.ts during `npm run build`. Do not edit.

/**
 * Tencent LiteAV SDK codes (TXLiteAVCode.h: TRTC, live push and play) (tencent-liteav): every code of the catalog by name.
 * @example if (code === TencentLiteavCode.ERR_SERVER_CENTER_PB_SERIALIZE) { … }
 */
export const TencentLiteavCode = Object.freeze({
  /** -102058 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_PB_SERIALIZE: -102058,
  /** -102057 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_RECORDID_STORE: -102057,
  /** -102056 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_REACH_PROXY_MAX: -102056,
  /** -102055 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_INVALID_ROLE: -102055,
  /** -102054 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_UNKNOWN_SUB_CMD: -102054,
  /** -102053 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_DECODE_JSON_FAIL: -102053,
  /** -102052 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_ROOM_FULL: -102052,
  /** -102051 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_CONN_ROOM_INVALID_SEQ: -102051,
  /** -102050 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_CONN_ROOM_CONNED_USER_FULL: -102050,
  /** -102049 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_CONN_ROOM_CONNED_USER_DELETED: -102049,
  /** -102048 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_CONN_ROOM_CONNED_USER_NOT_EXIST: -102048,
  /** -102047 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_CONN_ROOM_CONNED_REACH_MAX_ROOM: -102047,
  /** -102046 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_CONN_ROOM_CONNED_ROOM_NOT_EXIST: -102046,
  /** -102045 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_CONN_ROOM_CANCEL_FAILED: -102045,
  /** -102044 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_CONN_ROOM_FAILED: -102044,
  /** -102043 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_CONN_ROOM_USER_NOT_CONNED: -102043,
  /** -102042 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_CONN_ROOM_NOT_CONNED: -102042,
  /** -102041 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_CONN_ROOM_SIG_GROUPID: -102041,
  /** -102040 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_CONN_ROOM_INVALID_SIG_TIME: -102040,
  /** -102039 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_CONN_ROOM_PARSE_SIG: -102039,
  /** -102038 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_CONN_ROOM_NO_KEY: -102038,
  /** -102037 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_CONN_ROOM_DECRYPT_SIG: -102037,
  /** -102036 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_CONN_ROOM_NO_SIG: -102036,
  /** -102035 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_CONN_ROOM_REQ: -102035,
  /** -102034 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_CONN_ROOM_REQ_TIMEOUT: -102034,
  /** -102033 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_CONN_ROOM_REACH_MAX_RETRY_TIMES: -102033,
  /** -102032 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_CONN_ROOM_REACH_MAX_NUM: -102032,
  /** -102031 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_CONN_ROOM_NOT_SUPPORT: -102031,
  /** -102030 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_ROOM_ID_TOO_LONG: -102030,
  /** -102029 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_INVALID_ROOM_ID: -102029,
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
  ERR_SCREEN_SHRAE_OCCUPIED_BY_OTHER: -102016,
  /** -102016 — defined in the SDK source; no document describes it */
  ERR_SERVER_CENTER_ANOTHER_USER_PUSH_SUB_VIDEO: -102016,
  /** -102015 — defined in the SDK source; no document describes it */
  ERR_SCREEN_SHARE_NOT_AUTHORIZED: -102015,
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
  /** -101006 — defined in the SDK source; no document describes it */
  ERR_SERVER_ACC_TOKEN_EORROR: -101006,
  /** -101005 — defined in the SDK source; no document describes it */
  ERR_SERVER_ACC_LOCATIONID: -101005,
  /** -101004 — defined in the SDK source; no document describes it */
  ERR_SERVER_ACC_ROOMID: -101004,
  /** -101003 — defined in the SDK source; no document describes it */
  ERR_SERVER_ACC_ROOM_NOT_EXIST: -101003,
  /** -101002 — defined in the SDK source; no document describes it */
  ERR_SERVER_ACC_SIGN_TIMEOUT: -101002,
  /** -101001 — defined in the SDK source; no document describes it */
  ERR_SERVER_ACC_SIGN_ERROR: -101001,
  /** -101000 — defined in the SDK source; no document describes it */
  ERR_SERVER_ACC_TOKEN_TIMEOUT: -101000,
  /** -100018 — defined in the SDK source; no document describes it */
  ERR_SERVER_INFO_ECDH_GET_TINYID: -100018,
  /** -100018 — defined in the SDK source; no document describes it */
  ERR_TRTC_USER_SIG_CHECK_FAILED: -100018,
  /** -100017 — defined in the SDK source; no document describes it */
  ERR_SERVER_INFO_ECDH_GET_KEY: -100017,
  /** -100016 — defined in the SDK source; no document describes it */
  ERR_SERVER_INFO_INVALID: -100016,
  /** -100015 — defined in the SDK source; no document describes it */
  ERR_SERVER_INFO_LACK_SDKAPPID: -100015,
  /** -100014 — defined in the SDK source; no document describes it */
  ERR_SERVER_INFO_STRGROUP_HAS_INVALID_CHARS: -100014,
  /** -100013 — defined in the SDK source; no document describes it */
  ERR_SERVER_INFO_SERVICE_SUSPENDED: -100013,
  /** -100013 — defined in the SDK source; no document describes it */
  ERR_TRTC_SERVICE_SUSPENDED: -100013,
  /** -100012 — defined in the SDK source; no document describes it */
  ERR_SERVER_INFO_ROOMID_EXCHANGE_FAILED: -100012,
  /** -100011 — defined in the SDK source; no document describes it */
  ERR_SERVER_INFO_BAD_SCENE_OR_ROLE: -100011,
  /** -100010 — defined in the SDK source; no document describes it */
  ERR_SERVER_INFO_BAD_ROOMID: -100010,
  /** -100009 — defined in the SDK source; no document describes it */
  ERR_SERVER_INFO_DATABASE: -100009,
  /** -100008 — defined in the SDK source; no document describes it */
  ERR_SERVER_INFO_GENERATE_TOKEN_ERROR: -100008,
  /** -100007 — defined in the SDK source; no document describes it */
  ERR_SERVER_INFO_GENERATE_KEN_ERROR: -100007,
  /** -100006 — defined in the SDK source; no document describes it */
  ERR_SERVER_INFO_PRIVILEGE_FLAG_ERROR: -100006,
  /** -100006 — defined in the SDK source; no document describes it */
  ERR_TRTC_INVALID_PRIVATE_MAPKEY: -100006,
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
  /** -70500 — defined in the SDK source; no document describes it */
  ERR_SERVER_SSO_INTERNAL_ERROR: -70500,
  /** -70398 — defined in the SDK source; no document describes it */
  ERR_SERVER_SSO_ACCOUNT_EXCEED_PURCHASES: -70398,
  /** -70347 — defined in the SDK source; no document describes it */
  ERR_SERVER_SSO_TICKET_EXPIRED: -70347,
  /** -70346 — defined in the SDK source; no document describes it */
  ERR_SERVER_SSO_TICKET_VERIFICATION_FAILED: -70346,
  /** -70252 — defined in the SDK source; no document describes it */
  ERR_SERVER_SSO_APPID_ERROR: -70252,
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
  /** -7001 — defined in the SDK source; no document describes it */
  ERR_SCREEN_CAPTURE_STOPPED: -7001,
  /** -5007 — defined in the SDK source; no document describes it */
  TXDownloadPathError: -5007,
  /** -5006 — defined in the SDK source; no document describes it */
  TXDownloadHlsKeyError: -5006,
  /** -5005 — defined in the SDK source; no document describes it */
  TXDownloadDisconnet: -5005,
  /** -5004 — defined in the SDK source; no document describes it */
  TXDownloadFormatError: -5004,
  /** -5003 — defined in the SDK source; no document describes it */
  TXDownloadNoFile: -5003,
  /** -5001 — defined in the SDK source; no document describes it */
  TXDownloadAuthFaild: -5001,
  /** -4008 — defined in the SDK source; no document describes it */
  ERR_BGM_FORMAT_NOT_SUPPORTED: -4008,
  /** -4007 — defined in the SDK source; no document describes it */
  ERR_BGM_NO_AUDIO_STREAM: -4007,
  /** -4006 — defined in the SDK source; no document describes it */
  ERR_BGM_INVALID_URL: -4006,
  /** -4005 — defined in the SDK source; no document describes it */
  ERR_BGM_INVALID_PATH: -4005,
  /** -4005 — defined in the SDK source; no document describes it */
  ERR_REQUEST_ACC_BY_HOST_IP: -4005,
  /** -4004 — defined in the SDK source; no document describes it */
  ERR_BGM_INVALID_OPERATION: -4004,
  /** -4004 — defined in the SDK source; no document describes it */
  ERR_MIX_PARAM_INVALID: -4004,
  /** -4003 — defined in the SDK source; no document describes it */
  ERR_BGM_OVER_LIMIT: -4003,
  /** -4003 — defined in the SDK source; no document describes it */
  ERR_USER_DEFINE_RECORD_ID_INVALID: -4003,
  /** -4002 — defined in the SDK source; no document describes it */
  ERR_BGM_DECODE_FAILED: -4002,
  /** -4002 — defined in the SDK source; no document describes it */
  ERR_CUSTOM_STREAM_INVALID: -4002,
  /** -4001 — defined in the SDK source; no document describes it */
  ERR_BGM_OPEN_FAILED: -4001,
  /** -4001 — defined in the SDK source; no document describes it */
  ERR_REQUEST_QUERY_CONFIG_TIMEOUT: -4001,
  /** -3341 — defined in the SDK source; no document describes it */
  ERR_ROOM_REQUEST_EXIT_ROOM_WHEN_ENTERING_ROOM: -3341,
  /** -3340 — defined in the SDK source; no document describes it */
  ERR_ROOM_REQUEST_ENTER_ROOM_REFUSED: -3340,
  /** -3340 — defined in the SDK source; no document describes it */
  ERR_TRTC_ENTER_ROOM_REFUSED: -3340,
  /** -3336 — defined in the SDK source; no document describes it */
  ERR_ROOM_REQUEST_STOP_PUBLISHING_ERROR: -3336,
  /** -3336 — defined in the SDK source; no document describes it */
  ERR_TRTC_STOP_PUBLISHING_FAILED: -3336,
  /** -3335 — defined in the SDK source; no document describes it */
  ERR_ROOM_REQUEST_STOP_PUBLISHING_TIMEOUT: -3335,
  /** -3335 — defined in the SDK source; no document describes it */
  ERR_TRTC_STOP_PUBLISHING_TIMEOUT: -3335,
  /** -3334 — defined in the SDK source; no document describes it */
  ERR_ROOM_REQUEST_START_PUBLISHING_ERROR: -3334,
  /** -3334 — defined in the SDK source; no document describes it */
  ERR_TRTC_START_PUBLISHING_FAILED: -3334,
  /** -3333 — defined in the SDK source; no document describes it */
  ERR_ROOM_REQUEST_START_PUBLISHING_TIMEOUT: -3333,
  /** -3333 — defined in the SDK source; no document describes it */
  ERR_TRTC_START_PUBLISHING_TIMEOUT: -3333,
  /** -3332 — defined in the SDK source; no document describes it */
  ERR_ROOM_REQUEST_SEND_JSON_CMD_TIMEOUT: -3332,
  /** -3331 — defined in the SDK source; no document describes it */
  ERR_ACCIP_LIST_EMPTY: -3331,
  /** -3330 — defined in the SDK source; no document describes it */
  ERR_CONNECT_OTHER_ROOM_AS_AUDIENCE: -3330,
  /** -3330 — defined in the SDK source; no document describes it */
  ERR_TRTC_CONNECT_OTHER_ROOM_AS_AUDIENCE: -3330,
  /** -3329 — defined in the SDK source; no document describes it */
  ERR_ROOM_REQUEST_AES_TOKEN_RETURN_ERROR: -3329,
  /** -3328 — defined in the SDK source; no document describes it */
  ERR_ROOM_REQUEST_CONN_ROOM_INVALID_PARAM: -3328,
  /** -3328 — defined in the SDK source; no document describes it */
  ERR_TRTC_CONNECT_OTHER_ROOM_INVALID_PARAMETER: -3328,
  /** -3327 — defined in the SDK source; no document describes it */
  ERR_ROOM_REQUEST_DISCONN_ROOM_TIMEOUT: -3327,
  /** -3327 — defined in the SDK source; no document describes it */
  ERR_TRTC_DISCONNECT_OTHER_ROOM_TIMEOUT: -3327,
  /** -3326 — defined in the SDK source; no document describes it */
  ERR_ROOM_REQUEST_CONN_ROOM_TIMEOUT: -3326,
  /** -3326 — defined in the SDK source; no document describes it */
  ERR_TRTC_CONNECT_OTHER_ROOM_TIMEOUT: -3326,
  /** -3325 — defined in the SDK source; no document describes it */
  ERR_ROOM_REQUEST_QUIT_ROOM_TIMEOUT: -3325,
  /** -3324 — defined in the SDK source; no document describes it */
  ERR_CLOUD_MIX_TRANSCODING_RESPON_ERROR: -3324,
  /** -3324 — defined in the SDK source; no document describes it */
  ERR_CLOUD_MIX_TRANSCODING_SERVER_FAILED: -3324,
  /** -3324 — defined in the SDK source; no document describes it */
  ERR_TRTC_MIX_TRANSCODING_FAILED: -3324,
  /** -3323 — defined in the SDK source; no document describes it */
  ERR_PUBLISH_CDN_STREAM_RESPON_ERROR: -3323,
  /** -3323 — defined in the SDK source; no document describes it */
  ERR_PUBLISH_CDN_STREAM_SERVER_FAILED: -3323,
  /** -3323 — defined in the SDK source; no document describes it */
  ERR_TRTC_PUSH_THIRD_PARTY_CLOUD_FAILED: -3323,
  /** -3322 — defined in the SDK source; no document describes it */
  ERR_CLOUD_MIX_TRANSCODING_REQUEST_TIME_OUT: -3322,
  /** -3322 — defined in the SDK source; no document describes it */
  ERR_TRTC_MIX_TRANSCODING_TIMEOUT: -3322,
  /** -3321 — defined in the SDK source; no document describes it */
  ERR_PUBLISH_CDN_STREAM_REQUEST_TIME_OUT: -3321,
  /** -3321 — defined in the SDK source; no document describes it */
  ERR_TRTC_PUSH_THIRD_PARTY_CLOUD_TIMEOUT: -3321,
  /** -3320 — defined in the SDK source; no document describes it */
  ERR_TRTC_INVALID_USER_SIG: -3320,
  /** -3320 — defined in the SDK source; no document describes it */
  ERR_USER_SIG_INVALID: -3320,
  /** -3319 — defined in the SDK source; no document describes it */
  ERR_TRTC_INVALID_USER_ID: -3319,
  /** -3319 — defined in the SDK source; no document describes it */
  ERR_USER_ID_INVALID: -3319,
  /** -3318 — defined in the SDK source; no document describes it */
  ERR_ROOM_ID_INVALID: -3318,
  /** -3318 — defined in the SDK source; no document describes it */
  ERR_TRTC_INVALID_ROOM_ID: -3318,
  /** -3317 — defined in the SDK source; no document describes it */
  ERR_SDK_APPID_INVALID: -3317,
  /** -3317 — defined in the SDK source; no document describes it */
  ERR_TRTC_INVALID_SDK_APPID: -3317,
  /** -3316 — defined in the SDK source; no document describes it */
  ERR_ENTER_ROOM_PARAM_NULL: -3316,
  /** -3316 — defined in the SDK source; no document describes it */
  ERR_TRTC_ROOM_PARAM_NULL: -3316,
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
  /** -3308 — defined in the SDK source; no document describes it */
  ERR_TRTC_CONNECT_SERVER_TIMEOUT: -3308,
  /** -3307 — defined in the SDK source; no document describes it */
  ERR_ROOM_REQUEST_IP_TIMEOUT: -3307,
  /** -3307 — defined in the SDK source; no document describes it */
  ERR_TRTC_REQUEST_IP_TIMEOUT: -3307,
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
  /** -3301 — defined in the SDK source; no document describes it */
  ERR_TRTC_ENTER_ROOM_FAILED: -3301,
  /** -2312 — defined in the SDK source; no document describes it */
  ERR_HEVC_SOFTDECODER_START_FAIL: -2312,
  /** -2311 — defined in the SDK source; no document describes it */
  ERR_HEVC_ENCODE_NOT_SUPPORT: -2311,
  /** -2311 — defined in the SDK source; no document describes it */
  ERR_VOD_UNSUPPORT_DRM: -2311,
  /** -2310 — defined in the SDK source; no document describes it */
  ERR_HEVC_ENCODE_FAIL: -2310,
  /** -2310 — defined in the SDK source; no document describes it */
  ERR_VOD_LOAD_LICENSE_FAIL: -2310,
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
  /** -2304 — defined in the SDK source; no document describes it */
  ERR_NO_AVAILABLE_HEVC_DECODERS: -2304,
  /** -2303 — defined in the SDK source; no document describes it */
  ERR_FILE_NOT_FOUND: -2303,
  /** -2302 — defined in the SDK source; no document describes it */
  ERR_GET_RTMP_ACC_URL_FAIL: -2302,
  /** -2301 — defined in the SDK source; no document describes it */
  ERR_PLAY_LIVE_STREAM_NET_DISCONNECT: -2301,
  /** -1333 — defined in the SDK source; no document describes it */
  ERR_AUDIO_PLUGIN_INSTALLED_BUT_NEED_RESTART: -1333,
  /** -1332 — defined in the SDK source; no document describes it */
  ERR_AUDIO_PLUGIN_INSTALL_FAILED: -1332,
  /** -1331 — defined in the SDK source; no document describes it */
  ERR_AUDIO_PLUGIN_INSTALL_NOT_AUTHORIZED: -1331,
  /** -1330 — defined in the SDK source; no document describes it */
  ERR_AUDIO_PLUGIN_START_FAIL: -1330,
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
  /** -1324 — defined in the SDK source; no document describes it */
  ERR_SYSTEM_LOOPBACK_THIRD_PARTY_APP_EXIT: -1324,
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
  /** -1307 — defined in the SDK source; no document describes it */
  ERR_SYSTEM_LOOPBACK_START_FAILED: -1307,
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
  /** -8 — defined in the SDK source; no document describes it */
  ERR_DISCONNECTED: -8,
  /** -7 — defined in the SDK source; no document describes it */
  ERR_SERVER_PROCESS_FAILED: -7,
  /** -6 — defined in the SDK source; no document describes it */
  ERR_REQUEST_SERVER_TIMEOUT: -6,
  /** -5 — defined in the SDK source; no document describes it */
  ERR_INVALID_LICENSE: -5,
  /** -4 — defined in the SDK source; no document describes it */
  ERR_NOT_SUPPORTED: -4,
  /** -3 — defined in the SDK source; no document describes it */
  ERR_REFUSED: -3,
  /** -2 — defined in the SDK source; no document describes it */
  ERR_INVALID_PARAMETER: -2,
  /** -1 — defined in the SDK source; no document describes it */
  ERR_FAILED: -1,
  /** 0x00000000 — defined in the SDK source; no document describes it */
  ERR_NULL: 0x00000000,
  /** 0x00000000 — defined in the SDK source; no document describes it */
  TXDownloadSuccess: 0x00000000,
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
  EVT_ROOM_ENTER_FAILED: 0x000003fe,
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
  /** 0x00000405 — defined in the SDK source; no document describes it */
  EVT_LOCAL_RECORD_RESULT: 0x00000405,
  /** 0x00000406 — defined in the SDK source; no document describes it */
  EVT_LOCAL_RECORD_PROGRESS: 0x00000406,
  /** 0x00000407 — defined in the SDK source; no document describes it */
  EVT_ROOM_USER_ENTER: 0x00000407,
  /** 0x00000408 — defined in the SDK source; no document describes it */
  EVT_ROOM_USER_EXIT: 0x00000408,
  /** 0x00000409 — defined in the SDK source; no document describes it */
  EVT_ROOM_USER_VIDEO_STATE: 0x00000409,
  /** 0x0000040a — defined in the SDK source; no document describes it */
  EVT_ROOM_USER_AUDIO_STATE: 0x0000040a,
  /** 0x0000044d — defined in the SDK source; no document describes it */
  WARNING_NET_BUSY: 0x0000044d,
  /** 0x0000044e — defined in the SDK source; no document describes it */
  WARNING_RTMP_SERVER_RECONNECT: 0x0000044e,
  /** 0x0000044f — defined in the SDK source; no document describes it */
  WARNING_HW_ENCODER_START_FAIL: 0x0000044f,
  /** 0x00000450 — defined in the SDK source; no document describes it */
  WARNING_CURRENT_ENCODE_TYPE_CHANGED: 0x00000450,
  /** 0x00000453 — defined in the SDK source; no document describes it */
  WARNING_VIDEO_ENCODER_SW_TO_HW: 0x00000453,
  /** 0x00000454 — defined in the SDK source; no document describes it */
  WARNING_INSUFFICIENT_CAPTURE_FPS: 0x00000454,
  /** 0x00000455 — defined in the SDK source; no document describes it */
  WARNING_SW_ENCODER_START_FAIL: 0x00000455,
  /** 0x00000456 — defined in the SDK source; no document describes it */
  WARNING_REDUCE_CAPTURE_RESOLUTION: 0x00000456,
  /** 0x00000457 — defined in the SDK source; no document describes it */
  WARNING_CAMERA_DEVICE_EMPTY: 0x00000457,
  /** 0x00000458 — defined in the SDK source; no document describes it */
  WARNING_CAMERA_NOT_AUTHORIZED: 0x00000458,
  /** 0x00000459 — defined in the SDK source; no document describes it */
  WARNING_OUT_OF_MEMORY: 0x00000459,
  /** 0x0000045a — defined in the SDK source; no document describes it */
  WARNING_CAMERA_IS_OCCUPIED: 0x0000045a,
  /** 0x0000045b — defined in the SDK source; no document describes it */
  WARNING_CAMERA_DEVICE_ERROR: 0x0000045b,
  /** 0x0000045c — defined in the SDK source; no document describes it */
  WARNING_CAMERA_DISCONNECTED: 0x0000045c,
  /** 0x0000045d — defined in the SDK source; no document describes it */
  WARNING_CAMERA_START_FAILED: 0x0000045d,
  /** 0x0000045e — defined in the SDK source; no document describes it */
  WARNING_CAMERA_SERVER_DIED: 0x0000045e,
  /** 0x000004b1 — defined in the SDK source; no document describes it */
  WARNING_MICROPHONE_DEVICE_EMPTY: 0x000004b1,
  /** 0x000004b2 — defined in the SDK source; no document describes it */
  WARNING_SPEAKER_DEVICE_EMPTY: 0x000004b2,
  /** 0x000004b3 — defined in the SDK source; no document describes it */
  WARNING_MICROPHONE_NOT_AUTHORIZED: 0x000004b3,
  /** 0x000004b4 — defined in the SDK source; no document describes it */
  WARNING_MICROPHONE_DEVICE_ABNORMAL: 0x000004b4,
  /** 0x000004b5 — defined in the SDK source; no document describes it */
  WARNING_SPEAKER_DEVICE_ABNORMAL: 0x000004b5,
  /** 0x000004b6 — defined in the SDK source; no document describes it */
  WARNING_SCREEN_CAPTURE_NOT_AUTHORIZED: 0x000004b6,
  /** 0x000004b7 — defined in the SDK source; no document describes it */
  WARNING_BLUETOOTH_DEVICE_CONNECT_FAIL: 0x000004b7,
  /** 0x000004b8 — defined in the SDK source; no document describes it */
  WARNING_MICROPHONE_IS_OCCUPIED: 0x000004b8,
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
  /** 0x000007d8 — defined in the SDK source; no document describes it */
  WARNING_CURRENT_DECODE_TYPE_CHANGED: 0x000007d8,
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
  /** 0x000007ec — defined in the SDK source; no document describes it */
  EVT_PLAY_GET_METADATA: 0x000007ec,
  /** 0x000007ed — defined in the SDK source; no document describes it */
  EVT_MIC_RELEASE_SUCC: 0x000007ed,
  /** 0x000007ee — defined in the SDK source; no document describes it */
  EVT_AUDIO_DEVICE_ROUTE_CHANGED: 0x000007ee,
  /** 0x000007ef — defined in the SDK source; no document describes it */
  EVT_PLAY_GET_FLVSESSIONKEY: 0x000007ef,
  /** 0x000007f0 — defined in the SDK source; no document describes it */
  EVT_AUDIO_SESSION_INTERRUPT: 0x000007f0,
  /** 0x00000835 — defined in the SDK source; no document describes it */
  WARNING_VIDEO_FRAME_DECODE_FAIL: 0x00000835,
  /** 0x00000836 — defined in the SDK source; no document describes it */
  WARNING_AUDIO_FRAME_DECODE_FAIL: 0x00000836,
  /** 0x00000837 — defined in the SDK source; no document describes it */
  WARNING_LIVE_STREAM_SERVER_RECONNECT: 0x00000837,
  /** 0x00000838 — defined in the SDK source; no document describes it */
  WARNING_RECV_DATA_LAG: 0x00000838,
  /** 0x00000839 — defined in the SDK source; no document describes it */
  WARNING_VIDEO_PLAY_LAG: 0x00000839,
  /** 0x0000083a — defined in the SDK source; no document describes it */
  WARNING_HW_DECODER_START_FAIL: 0x0000083a,
  /** 0x0000083c — defined in the SDK source; no document describes it */
  WARNING_VIDEO_DECODER_HW_TO_SW: 0x0000083c,
  /** 0x0000083d — defined in the SDK source; no document describes it */
  WARNING_SW_DECODER_START_FAIL: 0x0000083d,
  /** 0x0000083e — defined in the SDK source; no document describes it */
  WARNING_VIDEO_RENDER_FAIL: 0x0000083e,
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
  /** 0x00000fa0 — defined in the SDK source; no document describes it */
  WARNING_START_CAPTURE_IGNORED: 0x00000fa0,
  /** 0x00000fa1 — defined in the SDK source; no document describes it */
  UGC_WRITE_FILE_FAIL: 0x00000fa1,
  /** 0x000013ed — defined in the SDK source; no document describes it */
  WARNING_ROOM_DISCONNECT: 0x000013ed,
  /** 0x000013ee — defined in the SDK source; no document describes it */
  WARNING_ROOM_RECONNECT: 0x000013ee,
  /** 0x000013ef — defined in the SDK source; no document describes it */
  WARNING_ROOM_NET_BUSY: 0x000013ef,
  /** 0x00001771 — defined in the SDK source; no document describes it */
  WARNING_IGNORE_UPSTREAM_FOR_AUDIENCE: 0x00001771,
  /** 0x00001776 — defined in the SDK source; no document describes it */
  WARNING_UPSTREAM_AUDIO_AND_VIDEO_OUT_OF_SYNC: 0x00001776,
  /** 0x00001b59 — defined in the SDK source; no document describes it */
  WARNING_AUDIO_RECORDING_WRITE_FAIL: 0x00001b59,
  /** 0x00001b5a — defined in the SDK source; no document describes it */
  WARNING_MICROPHONE_HOWLING_DETECTED: 0x00001b5a,
  /** 0x00001f41 — defined in the SDK source; no document describes it */
  EVT_ROOM_REQUEST_IP_SUCC: 0x00001f41,
  /** 0x00001f41 — defined in the SDK source; no document describes it */
  WARNING_VIRTUAL_BACKGROUND_DEVICE_UNSURPORTED: 0x00001f41,
  /** 0x00001f42 — defined in the SDK source; no document describes it */
  EVT_ROOM_CONNECT_SUCC: 0x00001f42,
  /** 0x00001f42 — defined in the SDK source; no document describes it */
  WARNING_VIRTUAL_BACKGROUND_NOT_AUTHORIZED: 0x00001f42,
  /** 0x00001f43 — defined in the SDK source; no document describes it */
  EVT_ROOM_REQUEST_AVSEAT_SUCC: 0x00001f43,
  /** 0x00001f43 — defined in the SDK source; no document describes it */
  WARNING_VIRTUAL_BACKGROUND_INVALID_PARAMETER: 0x00001f43,
  /** 0x00001f44 — defined in the SDK source; no document describes it */
  WARNING_VIRTUAL_BACKGROUND_PERFORMANCE_INSUFFICIENT: 0x00001f44,
  /** 0x000186a1 — defined in the SDK source; no document describes it */
  INNER_EVT_SET_BITRATE_4_SCREEN_CAPTURE: 0x000186a1,
  /** 0x000186a2 — defined in the SDK source; no document describes it */
  INNER_EVT_BGM_PLAY_FINISH: 0x000186a2,
} as const);

/** A name in TencentLiteavCode. @example const name: TencentLiteavCodeName = 'ERR_SERVER_CENTER_PB_SERIALIZE'; */
export type TencentLiteavCodeName = keyof typeof TencentLiteavCode;
