// Generated from the catalog by src/constants/generate.ts during `npm run build`. Do not edit.

/**
 * Tencent Cloud IM SDK (ImSDK: V2TIMManager / TIMManager), as ILVB and TRTC apps surface it (tencent-im): every code of the catalog by name.
 * @example if (code === TencentImError.ERR_SVR_SSO_OVERLOAD) { … }
 */
export const TencentImError = Object.freeze({
  /** -10114 — defined in the SDK source; no document describes it */
  ERR_SVR_SSO_OVERLOAD: -10114,
  /** -10113 — defined in the SDK source; no document describes it */
  ERR_SVR_SSO_FREQ_LIMIT: -10113,
  /** -10112 — defined in the SDK source; no document describes it */
  ERR_SVR_SSO_APPID_WITHOUT_USING: -10112,
  /** -10111 — defined in the SDK source; no document describes it */
  ERR_SVR_SSO_CMD_BLACK_LIST: -10111,
  /** -10110 — defined in the SDK source; no document describes it */
  ERR_SVR_SSO_APPID_BLACK_LIST: -10110,
  /** -10109 — defined in the SDK source; no document describes it */
  ERR_SVR_SSO_PACKET_WRONG: -10109,
  /** -10108 — defined in the SDK source; no document describes it */
  ERR_SVR_SSO_PREPAID_ARREARS: -10108,
  /** -10107 — defined in the SDK source; no document describes it */
  ERR_SVR_SSO_UNSURPPORT: -10107,
  /** -10106 — defined in the SDK source; no document describes it */
  ERR_SVR_SSO_D2KEY_WRONG: -10106,
  /** -10105 — defined in the SDK source; no document describes it */
  ERR_SVR_SSO_MSFSDK_QUIT: -10105,
  /** -10104 — defined in the SDK source; no document describes it */
  ERR_SVR_SSO_CLIENT_CLOSE: -10104,
  /** -10103 — defined in the SDK source; no document describes it */
  ERR_SVR_SSO_IDENTIFIER_INVALID: -10103,
  /** -10102 — defined in the SDK source; no document describes it */
  ERR_SVR_SSO_DISCONNECT: -10102,
  /** -10101 — defined in the SDK source; no document describes it */
  ERR_SVR_SSO_DOWN_TIP: -10101,
  /** -10009 — defined in the SDK source; no document describes it */
  ERR_SVR_SSO_COOKIE_INVALID: -10009,
  /** -10008 — defined in the SDK source; no document describes it */
  ERR_SVR_SSO_NO_IMEI_AND_A2: -10008,
  /** -10007 — defined in the SDK source; no document describes it */
  ERR_SVR_SSO_VCODE_TIMEOUT: -10007,
  /** -10006 — defined in the SDK source; no document describes it */
  ERR_SVR_SSO_UIN_INVALID: -10006,
  /** -10005 — defined in the SDK source; no document describes it */
  ERR_SVR_SSO_EMPTY_KEY: -10005,
  /** -10004 — defined in the SDK source; no document describes it */
  ERR_SVR_SSO_A2_DOWN_INVALID: -10004,
  /** -10003 — defined in the SDK source; no document describes it */
  ERR_SVR_SSO_A2_UP_INVALID: -10003,
  /** -10001 — defined in the SDK source; no document describes it */
  ERR_SVR_SSO_D2_EXPIRED: -10001,
  /** -10000 — defined in the SDK source; no document describes it */
  ERR_SVR_SSO_VCODE: -10000,
  /** -302 — defined in the SDK source; no document describes it */
  ERR_SVR_SSO_CONNECT_LIMIT: -302,
  /** 0x00000000 — defined in the SDK source; no document describes it */
  ERR_SUCC: 0x00000000,
  /** 0x00001771 — defined in the SDK source; no document describes it */
  ERR_PARSE_RESPONSE_FAILED: 0x00001771,
  /** 0x00001772 — defined in the SDK source; no document describes it */
  ERR_SERIALIZE_REQ_FAILED: 0x00001772,
  /** 0x00001773 — defined in the SDK source; no document describes it */
  ERR_NO_SUCC_RESULT: 0x00001773,
  /** 0x00001774 — defined in the SDK source; no document describes it */
  ERR_INVALID_CONVERSATION: 0x00001774,
  /** 0x00001775 — defined in the SDK source; no document describes it */
  ERR_LOADMSG_FAILED: 0x00001775,
  /** 0x00001776 — defined in the SDK source; no document describes it */
  ERR_FILE_TRANS_AUTH_FAILED: 0x00001776,
  /** 0x00001777 — defined in the SDK source; no document describes it */
  ERR_FILE_TRANS_NO_SERVER: 0x00001777,
  /** 0x00001778 — defined in the SDK source; no document describes it */
  ERR_FILE_TRANS_UPLOAD_FAILED: 0x00001778,
  /** 0x00001779 — defined in the SDK source; no document describes it */
  ERR_FILE_TRANS_DOWNLOAD_FAILED: 0x00001779,
  /** 0x0000177a — defined in the SDK source; no document describes it */
  ERR_HTTP_REQ_FAILED: 0x0000177a,
  /** 0x0000177b — defined in the SDK source; no document describes it */
  ERR_TO_USER_INVALID: 0x0000177b,
  /** 0x0000177c — defined in the SDK source; no document describes it */
  ERR_REQUEST_TIMEOUT: 0x0000177c,
  /** 0x0000177d — defined in the SDK source; no document describes it */
  ERR_SDK_NOT_INITIALIZED: 0x0000177d,
  /** 0x0000177e — defined in the SDK source; no document describes it */
  ERR_SDK_NOT_LOGGED_IN: 0x0000177e,
  /** 0x0000177f — defined in the SDK source; no document describes it */
  ERR_IN_PROGESS: 0x0000177f,
  /** 0x00001780 — defined in the SDK source; no document describes it */
  ERR_INVALID_MSG_ELEM: 0x00001780,
  /** 0x00001781 — defined in the SDK source; no document describes it */
  ERR_INVALID_PARAMETERS: 0x00001781,
  /** 0x00001782 — defined in the SDK source; no document describes it */
  ERR_INIT_CORE_FAIL: 0x00001782,
  /** 0x00001783 — defined in the SDK source; no document describes it */
  ERR_DATABASE_OPERATE_FAILED: 0x00001783,
  /** 0x00001784 — defined in the SDK source; no document describes it */
  ERR_EXPIRED_SESSION_NODE: 0x00001784,
  /** 0x00001785 — defined in the SDK source; no document describes it */
  ERR_INVALID_SDK_OBJECT: 0x00001785,
  /** 0x00001786 — defined in the SDK source; no document describes it */
  ERR_IO_OPERATION_FAILED: 0x00001786,
  /** 0x00001787 — defined in the SDK source; no document describes it */
  ERR_LOGGED_OUT_BEFORE_LOGIN_FINISHED: 0x00001787,
  /** 0x00001788 — defined in the SDK source; no document describes it */
  ERR_TLSSDK_NOT_INITIALIZED: 0x00001788,
  /** 0x00001789 — defined in the SDK source; no document describes it */
  ERR_TLSSDK_USER_NOT_FOUND: 0x00001789,
  /** 0x0000178a — defined in the SDK source; no document describes it */
  ERR_NO_PREVIOUS_LOGIN: 0x0000178a,
  /** 0x0000178b — defined in the SDK source; no document describes it */
  ERR_INVALID_JSON: 0x0000178b,
  /** 0x0000178c — defined in the SDK source; no document describes it */
  ERR_OUT_OF_MEMORY: 0x0000178c,
  /** 0x0000178f — defined in the SDK source; no document describes it */
  ERR_IMAGE_UPLOAD_FAILED_NOTIMAGE: 0x0000178f,
  /** 0x000017d4 — defined in the SDK source; no document describes it */
  ERR_BIND_FAIL_UNKNOWN: 0x000017d4,
  /** 0x000017d5 — defined in the SDK source; no document describes it */
  ERR_BIND_FAIL_NO_SSOTICKET: 0x000017d5,
  /** 0x000017d6 — defined in the SDK source; no document describes it */
  ERR_BIND_FAIL_REPEATD_BIND: 0x000017d6,
  /** 0x000017d7 — defined in the SDK source; no document describes it */
  ERR_BIND_FAIL_TINYID_NULL: 0x000017d7,
  /** 0x000017d8 — defined in the SDK source; no document describes it */
  ERR_BIND_FAIL_GUID_NULL: 0x000017d8,
  /** 0x000017d9 — defined in the SDK source; no document describes it */
  ERR_BIND_FAIL_UNPACK_REGPACK_FAILED: 0x000017d9,
  /** 0x000017da — defined in the SDK source; no document describes it */
  ERR_BIND_FAIL_REG_TIMEOUT: 0x000017da,
  /** 0x000017db — defined in the SDK source; no document describes it */
  ERR_BIND_FAIL_ISBINDING: 0x000017db,
  /** 0x000017e8 — defined in the SDK source; no document describes it */
  ERR_PACKET_FAIL_UNKNOWN: 0x000017e8,
  /** 0x000017e9 — defined in the SDK source; no document describes it */
  ERR_PACKET_FAIL_REQ_NO_NET: 0x000017e9,
  /** 0x000017ea — defined in the SDK source; no document describes it */
  ERR_PACKET_FAIL_RESP_NO_NET: 0x000017ea,
  /** 0x000017eb — defined in the SDK source; no document describes it */
  ERR_PACKET_FAIL_REQ_NO_AUTH: 0x000017eb,
  /** 0x000017ec — defined in the SDK source; no document describes it */
  ERR_PACKET_FAIL_SSO_ERR: 0x000017ec,
  /** 0x000017ed — defined in the SDK source; no document describes it */
  ERR_PACKET_FAIL_REQ_TIMEOUT: 0x000017ed,
  /** 0x000017ee — defined in the SDK source; no document describes it */
  ERR_PACKET_FAIL_RESP_TIMEOUT: 0x000017ee,
  /** 0x000017ef — defined in the SDK source; no document describes it */
  ERR_PACKET_FAIL_REQ_ON_RESEND: 0x000017ef,
  /** 0x000017f0 — defined in the SDK source; no document describes it */
  ERR_PACKET_FAIL_RESP_NO_RESEND: 0x000017f0,
  /** 0x000017f1 — defined in the SDK source; no document describes it */
  ERR_PACKET_FAIL_FLOW_SAVE_FILTERED: 0x000017f1,
  /** 0x000017f2 — defined in the SDK source; no document describes it */
  ERR_PACKET_FAIL_REQ_OVER_LOAD: 0x000017f2,
  /** 0x000017f3 — defined in the SDK source; no document describes it */
  ERR_PACKET_FAIL_LOGIC_ERR: 0x000017f3,
  /** 0x00001806 — defined in the SDK source; no document describes it */
  ERR_FRIENDSHIP_PROXY_NOT_SYNCED: 0x00001806,
  /** 0x00001807 — defined in the SDK source; no document describes it */
  ERR_FRIENDSHIP_PROXY_SYNCING: 0x00001807,
  /** 0x00001808 — defined in the SDK source; no document describes it */
  ERR_FRIENDSHIP_PROXY_SYNCED_FAIL: 0x00001808,
  /** 0x00001809 — defined in the SDK source; no document describes it */
  ERR_FRIENDSHIP_PROXY_LOCAL_CHECK_ERR: 0x00001809,
  /** 0x00001810 — defined in the SDK source; no document describes it */
  ERR_GROUP_INVALID_FIELD: 0x00001810,
  /** 0x00001811 — defined in the SDK source; no document describes it */
  ERR_GROUP_STORAGE_DISABLED: 0x00001811,
  /** 0x00001812 — defined in the SDK source; no document describes it */
  ERR_LOADGRPINFO_FAILED: 0x00001812,
  /** 0x00001838 — defined in the SDK source; no document describes it */
  ERR_REQ_NO_NET_ON_REQ: 0x00001838,
  /** 0x00001839 — defined in the SDK source; no document describes it */
  ERR_REQ_NO_NET_ON_RSP: 0x00001839,
  /** 0x0000183d — defined in the SDK source; no document describes it */
  ERR_SERIVCE_NOT_READY: 0x0000183d,
  /** 0x0000183e — defined in the SDK source; no document describes it */
  ERR_USER_SIG_EXPIRED: 0x0000183e,
  /** 0x0000183f — defined in the SDK source; no document describes it */
  ERR_LOGIN_AUTH_FAILED: 0x0000183f,
  /** 0x00001840 — defined in the SDK source; no document describes it */
  ERR_LOGIN_KICKED_OFF_BY_OTHER: 0x00001840,
  /** 0x00001841 — defined in the SDK source; no document describes it */
  ERR_NEVER_CONNECT_AFTER_LAUNCH: 0x00001841,
  /** 0x00001842 — defined in the SDK source; no document describes it */
  ERR_REQ_FAILED: 0x00001842,
  /** 0x00001843 — defined in the SDK source; no document describes it */
  ERR_REQ_INVALID_REQ: 0x00001843,
  /** 0x00001844 — defined in the SDK source; no document describes it */
  ERR_REQ_OVERLOADED: 0x00001844,
  /** 0x00001845 — defined in the SDK source; no document describes it */
  ERR_REQ_KICK_OFF: 0x00001845,
  /** 0x00001846 — defined in the SDK source; no document describes it */
  ERR_REQ_SERVICE_SUSPEND: 0x00001846,
  /** 0x00001847 — defined in the SDK source; no document describes it */
  ERR_REQ_INVALID_SIGN: 0x00001847,
  /** 0x00001848 — defined in the SDK source; no document describes it */
  ERR_REQ_INVALID_COOKIE: 0x00001848,
  /** 0x00001849 — defined in the SDK source; no document describes it */
  ERR_LOGIN_TLS_RSP_PARSE_FAILED: 0x00001849,
  /** 0x0000184a — defined in the SDK source; no document describes it */
  ERR_LOGIN_OPENMSG_TIMEOUT: 0x0000184a,
  /** 0x0000184b — defined in the SDK source; no document describes it */
  ERR_LOGIN_OPENMSG_RSP_PARSE_FAILED: 0x0000184b,
  /** 0x0000184c — defined in the SDK source; no document describes it */
  ERR_LOGIN_TLS_DECRYPT_FAILED: 0x0000184c,
  /** 0x0000184d — defined in the SDK source; no document describes it */
  ERR_WIFI_NEED_AUTH: 0x0000184d,
  /** 0x0000184e — defined in the SDK source; no document describes it */
  ERR_USER_CANCELED: 0x0000184e,
  /** 0x0000184f — defined in the SDK source; no document describes it */
  ERR_REVOKE_TIME_LIMIT_EXCEED: 0x0000184f,
  /** 0x00001850 — defined in the SDK source; no document describes it */
  ERR_LACK_UGC_EXT: 0x00001850,
  /** 0x00001852 — defined in the SDK source; no document describes it */
  ERR_AUTOLOGIN_NEED_USERSIG: 0x00001852,
  /** 0x0000186a — defined in the SDK source; no document describes it */
  ERR_REQUEST_NO_NET_ONREQ: 0x0000186a,
  /** 0x0000186b — defined in the SDK source; no document describes it */
  ERR_REQUEST_NO_NET_ONRSP: 0x0000186b,
  /** 0x0000186c — defined in the SDK source; no document describes it */
  ERR_REQUEST_FAILED: 0x0000186c,
  /** 0x0000186d — defined in the SDK source; no document describes it */
  ERR_REQUEST_INVALID_REQ: 0x0000186d,
  /** 0x0000186e — defined in the SDK source; no document describes it */
  ERR_REQUEST_OVERLOADED: 0x0000186e,
  /** 0x0000186f — defined in the SDK source; no document describes it */
  ERR_REQUEST_KICK_OFF: 0x0000186f,
  /** 0x00001870 — defined in the SDK source; no document describes it */
  ERR_REQUEST_SERVICE_SUSPEND: 0x00001870,
  /** 0x00001871 — defined in the SDK source; no document describes it */
  ERR_REQUEST_INVALID_SIGN: 0x00001871,
  /** 0x00001872 — defined in the SDK source; no document describes it */
  ERR_REQUEST_INVALID_COOKIE: 0x00001872,
  /** 0x0000189c — defined in the SDK source; no document describes it */
  ERR_QAL_NO_SHORT_CONN_AVAILABLE: 0x0000189c,
  /** 0x00001b59 — defined in the SDK source; no document describes it */
  ERR_SDK_COMM_CROSS_THREAD: 0x00001b59,
  /** 0x00001b5a — defined in the SDK source; no document describes it */
  ERR_SDK_COMM_TINYID_EMPTY: 0x00001b5a,
  /** 0x00001b5b — defined in the SDK source; no document describes it */
  ERR_SDK_COMM_INVALID_IDENTIFIER: 0x00001b5b,
  /** 0x00001b5c — defined in the SDK source; no document describes it */
  ERR_SDK_COMM_FILE_NOT_FOUND: 0x00001b5c,
  /** 0x00001b5d — defined in the SDK source; no document describes it */
  ERR_SDK_COMM_FILE_TOO_LARGE: 0x00001b5d,
  /** 0x00001b5e — defined in the SDK source; no document describes it */
  ERR_SDK_COMM_FILE_SIZE_EMPTY: 0x00001b5e,
  /** 0x00001b5f — defined in the SDK source; no document describes it */
  ERR_SDK_COMM_FILE_OPEN_FAILED: 0x00001b5f,
  /** 0x00001b60 — defined in the SDK source; no document describes it */
  ERR_SDK_COMM_API_CALL_FREQUENCY_LIMIT: 0x00001b60,
  /** 0x00001b61 — defined in the SDK source; no document describes it */
  ERR_SDK_COMM_INTERRUPT: 0x00001b61,
  /** 0x00001b62 — defined in the SDK source; no document describes it */
  ERR_SDK_COMM_DATABASE_FAILURE: 0x00001b62,
  /** 0x00001b63 — defined in the SDK source; no document describes it */
  ERR_SDK_COMM_DATABASE_NOTFOUND: 0x00001b63,
  /** 0x00001b64 — defined in the SDK source; no document describes it */
  ERR_SDK_INTERNAL_ERROR: 0x00001b64,
  /** 0x00001b65 — defined in the SDK source; no document describes it */
  ERR_SDK_INTERFACE_NOT_SUPPORT: 0x00001b65,
  /** 0x00001d4d — defined in the SDK source; no document describes it */
  ERR_SDK_ACCOUNT_LOGIN_IN_PROCESS: 0x00001d4d,
  /** 0x00001d4e — defined in the SDK source; no document describes it */
  ERR_SDK_ACCOUNT_LOGOUT_IN_PROCESS: 0x00001d4e,
  /** 0x00001d4f — defined in the SDK source; no document describes it */
  ERR_SDK_ACCOUNT_TLS_INIT_FAILED: 0x00001d4f,
  /** 0x00001d50 — defined in the SDK source; no document describes it */
  ERR_SDK_ACCOUNT_TLS_NOT_INITIALIZED: 0x00001d50,
  /** 0x00001d51 — defined in the SDK source; no document describes it */
  ERR_SDK_ACCOUNT_TLS_TRANSPKG_ERROR: 0x00001d51,
  /** 0x00001d52 — defined in the SDK source; no document describes it */
  ERR_SDK_ACCOUNT_TLS_DECRYPT_FAILED: 0x00001d52,
  /** 0x00001d53 — defined in the SDK source; no document describes it */
  ERR_SDK_ACCOUNT_TLS_REQUEST_FAILED: 0x00001d53,
  /** 0x00001d54 — defined in the SDK source; no document describes it */
  ERR_SDK_ACCOUNT_TLS_REQUEST_TIMEOUT: 0x00001d54,
  /** 0x00001f41 — defined in the SDK source; no document describes it */
  ERR_SDK_MSG_BODY_SIZE_LIMIT: 0x00001f41,
  /** 0x00001f42 — defined in the SDK source; no document describes it */
  ERR_SDK_MSG_KEY_REQ_DIFFER_RSP: 0x00001f42,
  /** 0x00001f43 — defined in the SDK source; no document describes it */
  ERR_SDK_IMAGE_CONVERT_ERROR: 0x00001f43,
  /** 0x00001f44 — defined in the SDK source; no document describes it */
  ERR_SDK_IMAGE_CI_BLOCK: 0x00001f44,
  /** 0x00001f45 — defined in the SDK source; no document describes it */
  ERR_MERGER_MSG_LAYERS_OVER_LIMIT: 0x00001f45,
  /** 0x00001f4a — defined in the SDK source; no document describes it */
  ERR_SDK_SIGNALING_INVALID_INVITE_ID: 0x00001f4a,
  /** 0x00001f4b — defined in the SDK source; no document describes it */
  ERR_SDK_SIGNALING_NO_PERMISSION: 0x00001f4b,
  /** 0x00001f4c — defined in the SDK source; no document describes it */
  ERR_SDK_SIGNALING_ALREADY_EXISTS: 0x00001f4c,
  /** 0x00001f54 — defined in the SDK source; no document describes it */
  ERR_SDK_INVALID_CANCEL_MESSAGE: 0x00001f54,
  /** 0x00001f55 — defined in the SDK source; no document describes it */
  ERR_SDK_SEND_MESSAGE_FAILED_WITH_CANCEL: 0x00001f55,
  /** 0x00002135 — defined in the SDK source; no document describes it */
  ERR_SDK_GROUP_INVALID_ID: 0x00002135,
  /** 0x00002136 — defined in the SDK source; no document describes it */
  ERR_SDK_GROUP_INVALID_NAME: 0x00002136,
  /** 0x00002137 — defined in the SDK source; no document describes it */
  ERR_SDK_GROUP_INVALID_INTRODUCTION: 0x00002137,
  /** 0x00002138 — defined in the SDK source; no document describes it */
  ERR_SDK_GROUP_INVALID_NOTIFICATION: 0x00002138,
  /** 0x00002139 — defined in the SDK source; no document describes it */
  ERR_SDK_GROUP_INVALID_FACE_URL: 0x00002139,
  /** 0x0000213a — defined in the SDK source; no document describes it */
  ERR_SDK_GROUP_INVALID_NAME_CARD: 0x0000213a,
  /** 0x0000213b — defined in the SDK source; no document describes it */
  ERR_SDK_GROUP_MEMBER_COUNT_LIMIT: 0x0000213b,
  /** 0x0000213c — defined in the SDK source; no document describes it */
  ERR_SDK_GROUP_JOIN_PRIVATE_GROUP_DENY: 0x0000213c,
  /** 0x0000213d — defined in the SDK source; no document describes it */
  ERR_SDK_GROUP_INVITE_SUPER_DENY: 0x0000213d,
  /** 0x0000213e — defined in the SDK source; no document describes it */
  ERR_SDK_GROUP_INVITE_NO_MEMBER: 0x0000213e,
  /** 0x0000213f — defined in the SDK source; no document describes it */
  ERR_SDK_GROUP_ATTR_FREQUENCY_LIMIT: 0x0000213f,
  /** 0x00002140 — defined in the SDK source; no document describes it */
  ERR_SDK_GROUP_GET_ONLINE_MEMBER_COUNT_LIMIT: 0x00002140,
  /** 0x00002141 — defined in the SDK source; no document describes it */
  ERR_SDK_GROUP_GET_GROUPS_INFO_LIMIT: 0x00002141,
  /** 0x00002142 — defined in the SDK source; no document describes it */
  ERR_SDK_GROUP_GET_JOINED_GROUP_LIMIT: 0x00002142,
  /** 0x00002329 — defined in the SDK source; no document describes it */
  ERR_SDK_FRIENDSHIP_INVALID_PROFILE_KEY: 0x00002329,
  /** 0x0000232a — defined in the SDK source; no document describes it */
  ERR_SDK_FRIENDSHIP_INVALID_ADD_REMARK: 0x0000232a,
  /** 0x0000232b — defined in the SDK source; no document describes it */
  ERR_SDK_FRIENDSHIP_INVALID_ADD_WORDING: 0x0000232b,
  /** 0x0000232c — defined in the SDK source; no document describes it */
  ERR_SDK_FRIENDSHIP_INVALID_ADD_SOURCE: 0x0000232c,
  /** 0x0000232d — defined in the SDK source; no document describes it */
  ERR_SDK_FRIENDSHIP_FRIEND_GROUP_EMPTY: 0x0000232d,
  /** 0x0000232e — defined in the SDK source; no document describes it */
  ERR_SDK_FRIENDSHIP_EXCEED_THE_LIMIT: 0x0000232e,
  /** 0x0000251d — defined in the SDK source; no document describes it */
  ERR_SDK_NET_ENCODE_FAILED: 0x0000251d,
  /** 0x0000251e — defined in the SDK source; no document describes it */
  ERR_SDK_NET_DECODE_FAILED: 0x0000251e,
  /** 0x0000251f — defined in the SDK source; no document describes it */
  ERR_SDK_NET_AUTH_INVALID: 0x0000251f,
  /** 0x00002520 — defined in the SDK source; no document describes it */
  ERR_SDK_NET_COMPRESS_FAILED: 0x00002520,
  /** 0x00002521 — defined in the SDK source; no document describes it */
  ERR_SDK_NET_UNCOMPRESS_FAILED: 0x00002521,
  /** 0x00002522 — defined in the SDK source; no document describes it */
  ERR_SDK_NET_FREQ_LIMIT: 0x00002522,
  /** 0x00002523 — defined in the SDK source; no document describes it */
  ERR_SDK_NET_REQ_COUNT_LIMIT: 0x00002523,
  /** 0x00002524 — defined in the SDK source; no document describes it */
  ERR_SDK_NET_DISCONNECT: 0x00002524,
  /** 0x00002525 — defined in the SDK source; no document describes it */
  ERR_SDK_NET_ALLREADY_CONN: 0x00002525,
  /** 0x00002526 — defined in the SDK source; no document describes it */
  ERR_SDK_NET_CONN_TIMEOUT: 0x00002526,
  /** 0x00002527 — defined in the SDK source; no document describes it */
  ERR_SDK_NET_CONN_REFUSE: 0x00002527,
  /** 0x00002528 — defined in the SDK source; no document describes it */
  ERR_SDK_NET_NET_UNREACH: 0x00002528,
  /** 0x00002529 — defined in the SDK source; no document describes it */
  ERR_SDK_NET_SOCKET_NO_BUFF: 0x00002529,
  /** 0x0000252a — defined in the SDK source; no document describes it */
  ERR_SDK_NET_RESET_BY_PEER: 0x0000252a,
  /** 0x0000252b — defined in the SDK source; no document describes it */
  ERR_SDK_NET_SOCKET_INVALID: 0x0000252b,
  /** 0x0000252c — defined in the SDK source; no document describes it */
  ERR_SDK_NET_HOST_GETADDRINFO_FAILED: 0x0000252c,
  /** 0x0000252d — defined in the SDK source; no document describes it */
  ERR_SDK_NET_CONNECT_RESET: 0x0000252d,
  /** 0x0000252e — defined in the SDK source; no document describes it */
  ERR_SDK_NET_WAIT_INQUEUE_TIMEOUT: 0x0000252e,
  /** 0x0000252f — defined in the SDK source; no document describes it */
  ERR_SDK_NET_WAIT_SEND_TIMEOUT: 0x0000252f,
  /** 0x00002530 — defined in the SDK source; no document describes it */
  ERR_SDK_NET_WAIT_ACK_TIMEOUT: 0x00002530,
  /** 0x00002531 — defined in the SDK source; no document describes it */
  ERR_SDK_NET_WAIT_SEND_REMAINING_TIMEOUT: 0x00002531,
  /** 0x00002532 — defined in the SDK source; no document describes it */
  ERR_SDK_NET_PKG_SIZE_LIMIT: 0x00002532,
  /** 0x00002533 — defined in the SDK source; no document describes it */
  ERR_SDK_NET_WAIT_SEND_TIMEOUT_NO_NETWORK: 0x00002533,
  /** 0x00002534 — defined in the SDK source; no document describes it */
  ERR_SDK_NET_WAIT_ACK_TIMEOUT_NO_NETWORK: 0x00002534,
  /** 0x00002535 — defined in the SDK source; no document describes it */
  ERR_SDK_NET_SEND_REMAINING_TIMEOUT_NO_NETWORK: 0x00002535,
  /** 0x00002712 — defined in the SDK source; no document describes it */
  ERR_SVR_GROUP_INTERNAL_ERROR: 0x00002712,
  /** 0x00002713 — defined in the SDK source; no document describes it */
  ERR_SVR_GROUP_API_NAME_ERROR: 0x00002713,
  /** 0x00002714 — defined in the SDK source; no document describes it */
  ERR_SVR_GROUP_INVALID_PARAMETERS: 0x00002714,
  /** 0x00002715 — defined in the SDK source; no document describes it */
  ERR_SVR_GROUP_ACOUNT_COUNT_LIMIT: 0x00002715,
  /** 0x00002716 — defined in the SDK source; no document describes it */
  ERR_SVR_GROUP_FREQ_LIMIT: 0x00002716,
  /** 0x00002717 — defined in the SDK source; no document describes it */
  ERR_SVR_GROUP_PERMISSION_DENY: 0x00002717,
  /** 0x00002718 — defined in the SDK source; no document describes it */
  ERR_SVR_GROUP_INVALID_REQ: 0x00002718,
  /** 0x00002719 — defined in the SDK source; no document describes it */
  ERR_SVR_GROUP_SUPER_NOT_ALLOW_QUIT: 0x00002719,
  /** 0x0000271a — defined in the SDK source; no document describes it */
  ERR_SVR_GROUP_NOT_FOUND: 0x0000271a,
  /** 0x0000271b — defined in the SDK source; no document describes it */
  ERR_SVR_GROUP_JSON_PARSE_FAILED: 0x0000271b,
  /** 0x0000271c — defined in the SDK source; no document describes it */
  ERR_SVR_GROUP_INVALID_ID: 0x0000271c,
  /** 0x0000271d — defined in the SDK source; no document describes it */
  ERR_SVR_GROUP_ALLREADY_MEMBER: 0x0000271d,
  /** 0x0000271e — defined in the SDK source; no document describes it */
  ERR_SVR_GROUP_FULL_MEMBER_COUNT: 0x0000271e,
  /** 0x0000271f — defined in the SDK source; no document describes it */
  ERR_SVR_GROUP_INVALID_GROUPID: 0x0000271f,
  /** 0x00002720 — defined in the SDK source; no document describes it */
  ERR_SVR_GROUP_REJECT_FROM_THIRDPARTY: 0x00002720,
  /** 0x00002721 — defined in the SDK source; no document describes it */
  ERR_SVR_GROUP_SHUTUP_DENY: 0x00002721,
  /** 0x00002722 — defined in the SDK source; no document describes it */
  ERR_SVR_GROUP_RSP_SIZE_LIMIT: 0x00002722,
  /** 0x00002723 — defined in the SDK source; no document describes it */
  ERR_SVR_GROUP_ACCOUNT_NOT_FOUND: 0x00002723,
  /** 0x00002725 — defined in the SDK source; no document describes it */
  ERR_SVR_GROUP_GROUPID_IN_USED: 0x00002725,
  /** 0x00002727 — defined in the SDK source; no document describes it */
  ERR_SVR_GROUP_SEND_MSG_FREQ_LIMIT: 0x00002727,
  /** 0x00002728 — defined in the SDK source; no document describes it */
  ERR_SVR_GROUP_REQ_ALLREADY_BEEN_PROCESSED: 0x00002728,
  /** 0x00002729 — defined in the SDK source; no document describes it */
  ERR_SVR_GROUP_GROUPID_IN_USED_FOR_SUPER: 0x00002729,
  /** 0x0000272a — defined in the SDK source; no document describes it */
  ERR_SVR_GROUP_SDKAPPID_DENY: 0x0000272a,
  /** 0x0000272e — defined in the SDK source; no document describes it */
  ERR_SVR_GROUP_REVOKE_MSG_NOT_FOUND: 0x0000272e,
  /** 0x0000272f — defined in the SDK source; no document describes it */
  ERR_SVR_GROUP_REVOKE_MSG_TIME_LIMIT: 0x0000272f,
  /** 0x00002730 — defined in the SDK source; no document describes it */
  ERR_SVR_GROUP_REVOKE_MSG_DENY: 0x00002730,
  /** 0x00002731 — defined in the SDK source; no document describes it */
  ERR_SVR_GROUP_NOT_ALLOW_REVOKE_MSG: 0x00002731,
  /** 0x00002732 — defined in the SDK source; no document describes it */
  ERR_SVR_GROUP_REMOVE_MSG_DENY: 0x00002732,
  /** 0x00002733 — defined in the SDK source; no document describes it */
  ERR_SVR_GROUP_NOT_ALLOW_REMOVE_MSG: 0x00002733,
  /** 0x00002734 — defined in the SDK source; no document describes it */
  ERR_SVR_GROUP_AVCHATROOM_COUNT_LIMIT: 0x00002734,
  /** 0x00002735 — defined in the SDK source; no document describes it */
  ERR_SVR_GROUP_COUNT_LIMIT: 0x00002735,
  /** 0x00002736 — defined in the SDK source; no document describes it */
  ERR_SVR_GROUP_MEMBER_COUNT_LIMIT: 0x00002736,
  /** 0x00004e21 — defined in the SDK source; no document describes it */
  ERR_SVR_MSG_PKG_PARSE_FAILED: 0x00004e21,
  /** 0x00004e22 — defined in the SDK source; no document describes it */
  ERR_SVR_MSG_INTERNAL_AUTH_FAILED: 0x00004e22,
  /** 0x00004e23 — defined in the SDK source; no document describes it */
  ERR_SVR_MSG_INVALID_ID: 0x00004e23,
  /** 0x00004e24 — defined in the SDK source; no document describes it */
  ERR_SVR_MSG_NET_ERROR: 0x00004e24,
  /** 0x00004e25 — defined in the SDK source; no document describes it */
  ERR_SVR_MSG_INTERNAL_ERROR1: 0x00004e25,
  /** 0x00004e26 — defined in the SDK source; no document describes it */
  ERR_SVR_MSG_PUSH_DENY: 0x00004e26,
  /** 0x00004e27 — defined in the SDK source; no document describes it */
  ERR_SVR_MSG_IN_PEER_BLACKLIST: 0x00004e27,
  /** 0x00004e29 — defined in the SDK source; no document describes it */
  ERR_SVR_MSG_BOTH_NOT_FRIEND: 0x00004e29,
  /** 0x00004e2a — defined in the SDK source; no document describes it */
  ERR_SVR_MSG_NOT_PEER_FRIEND: 0x00004e2a,
  /** 0x00004e2b — defined in the SDK source; no document describes it */
  ERR_SVR_MSG_NOT_SELF_FRIEND: 0x00004e2b,
  /** 0x00004e2c — defined in the SDK source; no document describes it */
  ERR_SVR_MSG_SHUTUP_DENY: 0x00004e2c,
  /** 0x00004e30 — defined in the SDK source; no document describes it */
  ERR_SVR_MSG_REVOKE_TIME_LIMIT: 0x00004e30,
  /** 0x00004e32 — defined in the SDK source; no document describes it */
  ERR_SVR_MSG_DEL_RAMBLE_INTERNAL_ERROR: 0x00004e32,
  /** 0x00007531 — defined in the SDK source; no document describes it */
  ERR_SVR_FRIENDSHIP_INVALID_PARAMETERS: 0x00007531,
  /** 0x00007532 — defined in the SDK source; no document describes it */
  ERR_SVR_FRIENDSHIP_INVALID_SDKAPPID: 0x00007532,
  /** 0x00007533 — defined in the SDK source; no document describes it */
  ERR_SVR_FRIENDSHIP_ACCOUNT_NOT_FOUND: 0x00007533,
  /** 0x00007534 — defined in the SDK source; no document describes it */
  ERR_SVR_FRIENDSHIP_ADMIN_REQUIRED: 0x00007534,
  /** 0x00007535 — defined in the SDK source; no document describes it */
  ERR_SVR_FRIENDSHIP_SENSITIVE_TEXT: 0x00007535,
  /** 0x00007536 — defined in the SDK source; no document describes it */
  ERR_SVR_FRIENDSHIP_INTERNAL_ERROR: 0x00007536,
  /** 0x00007537 — defined in the SDK source; no document describes it */
  ERR_SVR_FRIENDSHIP_NET_TIMEOUT: 0x00007537,
  /** 0x00007538 — defined in the SDK source; no document describes it */
  ERR_SVR_FRIENDSHIP_WRITE_CONFLICT: 0x00007538,
  /** 0x00007539 — defined in the SDK source; no document describes it */
  ERR_SVR_FRIENDSHIP_ADD_FRIEND_DENY: 0x00007539,
  /** 0x0000753a — defined in the SDK source; no document describes it */
  ERR_SVR_FRIENDSHIP_COUNT_LIMIT: 0x0000753a,
  /** 0x0000753b — defined in the SDK source; no document describes it */
  ERR_SVR_FRIENDSHIP_GROUP_COUNT_LIMIT: 0x0000753b,
  /** 0x0000753c — defined in the SDK source; no document describes it */
  ERR_SVR_FRIENDSHIP_PENDENCY_LIMIT: 0x0000753c,
  /** 0x0000753d — defined in the SDK source; no document describes it */
  ERR_SVR_FRIENDSHIP_BLACKLIST_LIMIT: 0x0000753d,
  /** 0x0000753e — defined in the SDK source; no document describes it */
  ERR_SVR_FRIENDSHIP_PEER_FRIEND_LIMIT: 0x0000753e,
  /** 0x00007733 — defined in the SDK source; no document describes it */
  ERR_SVR_FRIENDSHIP_IN_SELF_BLACKLIST: 0x00007733,
  /** 0x00007734 — defined in the SDK source; no document describes it */
  ERR_SVR_FRIENDSHIP_ALLOW_TYPE_DENY_ANY: 0x00007734,
  /** 0x0000773d — defined in the SDK source; no document describes it */
  ERR_SVR_FRIENDSHIP_IN_PEER_BLACKLIST: 0x0000773d,
  /** 0x0000774b — defined in the SDK source; no document describes it */
  ERR_SVR_FRIENDSHIP_ALLOW_TYPE_NEED_CONFIRM: 0x0000774b,
  /** 0x0000774c — defined in the SDK source; no document describes it */
  ERR_SVR_FRIENDSHIP_ADD_FRIEND_SEC_RSTR: 0x0000774c,
  /** 0x00007796 — defined in the SDK source; no document describes it */
  ERR_SVR_FRIENDSHIP_PENDENCY_NOT_FOUND: 0x00007796,
  /** 0x00007bd8 — defined in the SDK source; no document describes it */
  ERR_SVR_FRIENDSHIP_DEL_NONFRIEND: 0x00007bd8,
  /** 0x00007bdb — defined in the SDK source; no document describes it */
  ERR_SVR_FRIENDSHIP_DEL_FRIEND_SEC_RSTR: 0x00007bdb,
  /** 0x00007c3c — defined in the SDK source; no document describes it */
  ERR_SVR_FRIENDSHIP_ACCOUNT_NOT_FOUND_EX: 0x00007c3c,
  /** 0x00009c41 — defined in the SDK source; no document describes it */
  ERR_SVR_PROFILE_INVALID_PARAMETERS: 0x00009c41,
  /** 0x00009c42 — defined in the SDK source; no document describes it */
  ERR_SVR_PROFILE_ACCOUNT_MISS: 0x00009c42,
  /** 0x00009c43 — defined in the SDK source; no document describes it */
  ERR_SVR_PROFILE_ACCOUNT_NOT_FOUND: 0x00009c43,
  /** 0x00009c44 — defined in the SDK source; no document describes it */
  ERR_SVR_PROFILE_ADMIN_REQUIRED: 0x00009c44,
  /** 0x00009c45 — defined in the SDK source; no document describes it */
  ERR_SVR_PROFILE_SENSITIVE_TEXT: 0x00009c45,
  /** 0x00009c46 — defined in the SDK source; no document describes it */
  ERR_SVR_PROFILE_INTERNAL_ERROR: 0x00009c46,
  /** 0x00009c47 — defined in the SDK source; no document describes it */
  ERR_SVR_PROFILE_READ_PERMISSION_REQUIRED: 0x00009c47,
  /** 0x00009c48 — defined in the SDK source; no document describes it */
  ERR_SVR_PROFILE_WRITE_PERMISSION_REQUIRED: 0x00009c48,
  /** 0x00009c49 — defined in the SDK source; no document describes it */
  ERR_SVR_PROFILE_TAG_NOT_FOUND: 0x00009c49,
  /** 0x00009e99 — defined in the SDK source; no document describes it */
  ERR_SVR_PROFILE_SIZE_LIMIT: 0x00009e99,
  /** 0x00009e9d — defined in the SDK source; no document describes it */
  ERR_SVR_PROFILE_VALUE_ERROR: 0x00009e9d,
  /** 0x00009ea2 — defined in the SDK source; no document describes it */
  ERR_SVR_PROFILE_INVALID_VALUE_FORMAT: 0x00009ea2,
  /** 0x0000c351 — defined in the SDK source; no document describes it */
  ERR_SVR_CONV_ACCOUNT_NOT_FOUND: 0x0000c351,
  /** 0x0000c352 — defined in the SDK source; no document describes it */
  ERR_SVR_CONV_INVALID_PARAMETERS: 0x0000c352,
  /** 0x0000c353 — defined in the SDK source; no document describes it */
  ERR_SVR_CONV_ADMIN_REQUIRED: 0x0000c353,
  /** 0x0000c354 — defined in the SDK source; no document describes it */
  ERR_SVR_CONV_INTERNAL_ERROR: 0x0000c354,
  /** 0x0000c355 — defined in the SDK source; no document describes it */
  ERR_SVR_CONV_NET_TIMEOUT: 0x0000c355,
  /** 0x0000ea62 — defined in the SDK source; no document describes it */
  ERR_SVR_COMM_INVALID_HTTP_URL: 0x0000ea62,
  /** 0x0000ea63 — defined in the SDK source; no document describes it */
  ERR_SVR_COMM_REQ_JSON_PARSE_FAILED: 0x0000ea63,
  /** 0x0000ea64 — defined in the SDK source; no document describes it */
  ERR_SVR_COMM_INVALID_ACCOUNT: 0x0000ea64,
  /** 0x0000ea65 — defined in the SDK source; no document describes it */
  ERR_SVR_COMM_INVALID_ACCOUNT_EX: 0x0000ea65,
  /** 0x0000ea66 — defined in the SDK source; no document describes it */
  ERR_SVR_COMM_INVALID_SDKAPPID: 0x0000ea66,
  /** 0x0000ea67 — defined in the SDK source; no document describes it */
  ERR_SVR_COMM_REST_FREQ_LIMIT: 0x0000ea67,
  /** 0x0000ea68 — defined in the SDK source; no document describes it */
  ERR_SVR_COMM_REQUEST_TIMEOUT: 0x0000ea68,
  /** 0x0000ea69 — defined in the SDK source; no document describes it */
  ERR_SVR_COMM_INVALID_RES: 0x0000ea69,
  /** 0x0000ea6a — defined in the SDK source; no document describes it */
  ERR_SVR_COMM_ID_NOT_ADMIN: 0x0000ea6a,
  /** 0x0000ea6b — defined in the SDK source; no document describes it */
  ERR_SVR_COMM_SDKAPPID_FREQ_LIMIT: 0x0000ea6b,
  /** 0x0000ea6c — defined in the SDK source; no document describes it */
  ERR_SVR_COMM_SDKAPPID_MISS: 0x0000ea6c,
  /** 0x0000ea6d — defined in the SDK source; no document describes it */
  ERR_SVR_COMM_RSP_JSON_PARSE_FAILED: 0x0000ea6d,
  /** 0x0000ea6e — defined in the SDK source; no document describes it */
  ERR_SVR_COMM_EXCHANGE_ACCOUNT_TIMEUT: 0x0000ea6e,
  /** 0x0000ea6f — defined in the SDK source; no document describes it */
  ERR_SVR_COMM_INVALID_ID_FORMAT: 0x0000ea6f,
  /** 0x0000ea70 — defined in the SDK source; no document describes it */
  ERR_SVR_COMM_SDKAPPID_FORBIDDEN: 0x0000ea70,
  /** 0x0000ea71 — defined in the SDK source; no document describes it */
  ERR_SVR_COMM_REQ_FORBIDDEN: 0x0000ea71,
  /** 0x0000ea72 — defined in the SDK source; no document describes it */
  ERR_SVR_COMM_REQ_FREQ_LIMIT: 0x0000ea72,
  /** 0x0000ea73 — defined in the SDK source; no document describes it */
  ERR_SVR_COMM_REQ_FREQ_LIMIT_EX: 0x0000ea73,
  /** 0x0000ea74 — defined in the SDK source; no document describes it */
  ERR_SVR_COMM_INVALID_SERVICE: 0x0000ea74,
  /** 0x00011171 — defined in the SDK source; no document describes it */
  ERR_SVR_ACCOUNT_USERSIG_EXPIRED: 0x00011171,
  /** 0x00011172 — defined in the SDK source; no document describes it */
  ERR_SVR_ACCOUNT_USERSIG_EMPTY: 0x00011172,
  /** 0x00011173 — defined in the SDK source; no document describes it */
  ERR_SVR_ACCOUNT_USERSIG_CHECK_FAILED: 0x00011173,
  /** 0x00011175 — defined in the SDK source; no document describes it */
  ERR_SVR_ACCOUNT_USERSIG_CHECK_FAILED_EX: 0x00011175,
  /** 0x00011179 — defined in the SDK source; no document describes it */
  ERR_SVR_ACCOUNT_USERSIG_MISMATCH_PUBLICKEY: 0x00011179,
  /** 0x0001117d — defined in the SDK source; no document describes it */
  ERR_SVR_ACCOUNT_USERSIG_MISMATCH_ID: 0x0001117d,
  /** 0x0001117e — defined in the SDK source; no document describes it */
  ERR_SVR_ACCOUNT_USERSIG_MISMATCH_SDKAPPID: 0x0001117e,
  /** 0x00011180 — defined in the SDK source; no document describes it */
  ERR_SVR_ACCOUNT_USERSIG_PUBLICKEY_NOT_FOUND: 0x00011180,
  /** 0x00011184 — defined in the SDK source; no document describes it */
  ERR_SVR_ACCOUNT_SDKAPPID_NOT_FOUND: 0x00011184,
  /** 0x000111a2 — defined in the SDK source; no document describes it */
  ERR_SVR_ACCOUNT_FREQ_LIMIT: 0x000111a2,
  /** 0x000111a3 — defined in the SDK source; no document describes it */
  ERR_SVR_ACCOUNT_BLACKLIST: 0x000111a3,
  /** 0x000111a4 — defined in the SDK source; no document describes it */
  ERR_SVR_ACCOUNT_INVALID_USERSIG: 0x000111a4,
  /** 0x000111d5 — defined in the SDK source; no document describes it */
  ERR_LOGIN_SIG_EXPIRE: 0x000111d5,
  /** 0x000111db — defined in the SDK source; no document describes it */
  ERR_SVR_ACCOUNT_NOT_FOUND: 0x000111db,
  /** 0x000111e2 — defined in the SDK source; no document describes it */
  ERR_SVR_ACCOUNT_SEC_RSTR: 0x000111e2,
  /** 0x00011219 — defined in the SDK source; no document describes it */
  ERR_SVR_ACCOUNT_INTERNAL_TIMEOUT: 0x00011219,
  /** 0x0001123e — defined in the SDK source; no document describes it */
  ERR_SVR_ACCOUNT_INVALID_COUNT: 0x0001123e,
  /** 0x000112fe — defined in the SDK source; no document describes it */
  ERR_SVR_ACCOUNT_COUNT_LIMIT: 0x000112fe,
  /** 0x00011302 — defined in the SDK source; no document describes it */
  ERR_SVR_ACCOUNT_INVALID_PARAMETERS: 0x00011302,
  /** 0x00011303 — defined in the SDK source; no document describes it */
  ERR_SVR_ACCOUNT_ADMIN_REQUIRED: 0x00011303,
  /** 0x00011364 — defined in the SDK source; no document describes it */
  ERR_SVR_ACCOUNT_INTERNAL_ERROR: 0x00011364,
  /** 0x00013881 — defined in the SDK source; no document describes it */
  ERR_SVR_COMM_SENSITIVE_TEXT: 0x00013881,
  /** 0x00013882 — defined in the SDK source; no document describes it */
  ERR_SVR_COMM_BODY_SIZE_LIMIT: 0x00013882,
  /** 0x000138e5 — defined in the SDK source; no document describes it */
  ERR_REQ_CONTENT_ATTACK: 0x000138e5,
  /** 0x00015f91 — defined in the SDK source; no document describes it */
  ERR_SVR_MSG_JSON_PARSE_FAILED: 0x00015f91,
  /** 0x00015f92 — defined in the SDK source; no document describes it */
  ERR_SVR_MSG_INVALID_JSON_BODY_FORMAT: 0x00015f92,
  /** 0x00015f93 — defined in the SDK source; no document describes it */
  ERR_SVR_MSG_INVALID_TO_ACCOUNT: 0x00015f93,
  /** 0x00015f95 — defined in the SDK source; no document describes it */
  ERR_SVR_MSG_INVALID_RAND: 0x00015f95,
  /** 0x00015f96 — defined in the SDK source; no document describes it */
  ERR_SVR_MSG_INVALID_TIMESTAMP: 0x00015f96,
  /** 0x00015f97 — defined in the SDK source; no document describes it */
  ERR_SVR_MSG_BODY_NOT_ARRAY: 0x00015f97,
  /** 0x00015f99 — defined in the SDK source; no document describes it */
  ERR_SVR_MSG_ADMIN_REQUIRED: 0x00015f99,
  /** 0x00015f9a — defined in the SDK source; no document describes it */
  ERR_SVR_MSG_INVALID_JSON_FORMAT: 0x00015f9a,
  /** 0x00015f9b — defined in the SDK source; no document describes it */
  ERR_SVR_MSG_TO_ACCOUNT_COUNT_LIMIT: 0x00015f9b,
  /** 0x00015f9c — defined in the SDK source; no document describes it */
  ERR_SVR_MSG_TO_ACCOUNT_NOT_FOUND: 0x00015f9c,
  /** 0x00015faa — defined in the SDK source; no document describes it */
  ERR_SVR_MSG_TIME_LIMIT: 0x00015faa,
  /** 0x00015faf — defined in the SDK source; no document describes it */
  ERR_SVR_MSG_INVALID_SYNCOTHERMACHINE: 0x00015faf,
  /** 0x00015fbc — defined in the SDK source; no document describes it */
  ERR_SVR_MSG_INVALID_MSGLIFETIME: 0x00015fbc,
  /** 0x00015fc0 — defined in the SDK source; no document describes it */
  ERR_SVR_MSG_ACCOUNT_NOT_FOUND: 0x00015fc0,
  /** 0x00015ff5 — defined in the SDK source; no document describes it */
  ERR_SDK_HAD_INITIALIZED: 0x00015ff5,
  /** 0x00016370 — defined in the SDK source; no document describes it */
  ERR_SVR_MSG_INTERNAL_ERROR5: 0x00016370,
  /** 0x00016372 — defined in the SDK source; no document describes it */
  ERR_SVR_MSG_INTERNAL_ERROR2: 0x00016372,
  /** 0x00016373 — defined in the SDK source; no document describes it */
  ERR_SVR_MSG_INTERNAL_ERROR3: 0x00016373,
  /** 0x00016378 — defined in the SDK source; no document describes it */
  ERR_SVR_MSG_INTERNAL_ERROR4: 0x00016378,
  /** 0x000163dd — defined in the SDK source; no document describes it */
  ERR_SVR_MSG_LONGPOLLING_COUNT_LIMIT: 0x000163dd,
  /** 0x00016b48 — defined in the SDK source; no document describes it */
  ERR_SVR_MSG_BODY_SIZE_LIMIT: 0x00016b48,
  /** 0x0001bd50 — defined in the SDK source; no document describes it */
  ERR_SVR_RES_NOT_FOUND: 0x0001bd50,
  /** 0x0001bd51 — defined in the SDK source; no document describes it */
  ERR_SVR_RES_ACCESS_DENY: 0x0001bd51,
  /** 0x0001bd52 — defined in the SDK source; no document describes it */
  ERR_SVR_RES_SIZE_LIMIT: 0x0001bd52,
  /** 0x0001bd53 — defined in the SDK source; no document describes it */
  ERR_SVR_RES_SEND_CANCEL: 0x0001bd53,
  /** 0x0001bd54 — defined in the SDK source; no document describes it */
  ERR_SVR_RES_READ_FAILED: 0x0001bd54,
  /** 0x0001bd55 — defined in the SDK source; no document describes it */
  ERR_SVR_RES_TRANSFER_TIMEOUT: 0x0001bd55,
  /** 0x0001bd5b — defined in the SDK source; no document describes it */
  ERR_SVR_RES_INVALID_PARAMETERS: 0x0001bd5b,
  /** 0x0001c138 — defined in the SDK source; no document describes it */
  ERR_OPENBDH_BASE: 0x0001c138,
  /** 0x0001c17a — defined in the SDK source; no document describes it */
  ERR_SVR_RES_INVALID_FILE_MD5: 0x0001c17a,
  /** 0x0001c17c — defined in the SDK source; no document describes it */
  ERR_SVR_RES_INVALID_PART_MD5: 0x0001c17c,
} as const);

/** A name in TencentImError. @example const name: TencentImErrorName = 'ERR_SVR_SSO_OVERLOAD'; */
export type TencentImErrorName = keyof typeof TencentImError;
