// Generated from the catalog by src/constants/generate.ts during `npm run build`. Do not edit.

/**
 * Tencent Interactive Live Video Broadcasting (ILVB) AVSDK (tencent-ilvb): every code of the catalog by name.
 * @example if (code === TencentIlvbError.AV_ERR_FAILED) { … }
 */
export const TencentIlvbError = Object.freeze({
  /** 0x00000000 — defined in the SDK source; no document describes it */
  AV_OK: 0x00000000,
  /** 0x00000001 — General error */
  AV_ERR_FAILED: 0x00000001,
  /** 0x000003e9 — Repetitive operation */
  AV_ERR_REPEATED_OPERATION: 0x000003e9,
  /** 0x000003e9 — Permission error */
  PUSH_SERVER_ERR_1001: 0x000003e9,
  /** 0x000003ea — Exclusive operation */
  AV_ERR_EXCLUSIVE_OPERATION: 0x000003ea,
  /** 0x000003eb — Already in the status */
  AV_ERR_HAS_IN_THE_STATE: 0x000003eb,
  /** 0x000003ec — Error parameter */
  AV_ERR_INVALID_ARGUMENT: 0x000003ec,
  /** 0x000003ed — Timeout */
  AV_ERR_TIMEOUT: 0x000003ed,
  /** 0x000003ee — Not implement */
  AV_ERR_NOT_IMPLEMENTED: 0x000003ee,
  /** 0x000003ef — Not in main thread */
  AV_ERR_NOT_IN_MAIN_THREAD: 0x000003ef,
  /** 0x000003f0 — Resources are occupied */
  AV_ERR_RESOURCE_IS_OCCUPIED: 0x000003f0,
  /** 0x0000044d — AVContext object is not in CONTEXT_STATE_STARTED status */
  AV_ERR_CONTEXT_NOT_EXIST: 0x0000044d,
  /** 0x0000044e — AVContext object is not in CONTEXT_STATE_STOPPED status */
  AV_ERR_CONTEXT_NOT_STOPPED: 0x0000044e,
  /** 0x000004b1 — AVRoom object is not in ROOM_STATE_ENTERED status */
  AV_ERR_ROOM_NOT_EXIST: 0x000004b1,
  /** 0x000004b2 — AVRoom object is not in ROOM_STATE_EXITED status */
  AV_ERR_ROOM_NOT_EXITED: 0x000004b2,
  /** 0x00000515 — Device does not exist */
  AV_ERR_DEVICE_NOT_EXIST: 0x00000515,
  /** 0x00000579 — AVEndpoint object does not exist */
  AV_ERR_ENDPOINT_NOT_EXIST: 0x00000579,
  /** 0x0000057a — Member does not send a video */
  AV_ERR_ENDPOINT_HAS_NOT_VIDEO: 0x0000057a,
  /** 0x000005dd — Failed to transfer Tinyid to identifier */
  AV_ERR_TINYID_TO_OPENID_FAILED: 0x000005dd,
  /** 0x000005de — Failed to transfer identifier to tinyid */
  AV_ERR_OPENID_TO_TINYID_FAILED: 0x000005de,
  /** 0x00000641 — AVDeviceTest object is not in DEVICE_TEST_status_STARTED status (Windows-specific) */
  AV_ERR_DEVICE_TEST_NOT_EXIST: 0x00000641,
  /** 0x00000642 — AVDeviceTest object is not in DEVICE_TEST_STATE_STOPPED status (Windows-specific) */
  AV_ERR_DEVICE_TEST_NOT_STOPPED: 0x00000642,
  /** 0x00000709 — Failed to send invitation */
  AV_ERR_INVITE_FAILED: 0x00000709,
  /** 0x0000070a — Failed to accept invitation */
  AV_ERR_ACCEPT_FAILED: 0x0000070a,
  /** 0x0000070b — Failed to refuse invitation */
  AV_ERR_REFUSE_FAILED: 0x0000070b,
  /** 0x00001771 — defined in the SDK source; no document describes it */
  AV_ERR_IMSDK_PARSE_RESPONSE_FAILED: 0x00001771,
  /** 0x00001772 — defined in the SDK source; no document describes it */
  AV_ERR_IMSDK_SERIALIZE_REQ_FAILED: 0x00001772,
  /** 0x00001773 — defined in the SDK source; no document describes it */
  AV_ERR_IMSDK_NO_SUCC_RESULT: 0x00001773,
  /** 0x00001774 — defined in the SDK source; no document describes it */
  AV_ERR_IMSDK_INVALID_CONVERSATION: 0x00001774,
  /** 0x00001775 — defined in the SDK source; no document describes it */
  AV_ERR_IMSDK_LOADMSG_FAILED: 0x00001775,
  /** 0x00001776 — defined in the SDK source; no document describes it */
  AV_ERR_IMSDK_FILE_TRANS_AUTH_FAILED: 0x00001776,
  /** 0x00001777 — defined in the SDK source; no document describes it */
  AV_ERR_IMSDK_FILE_TRANS_NO_SERVER: 0x00001777,
  /** 0x00001778 — defined in the SDK source; no document describes it */
  AV_ERR_IMSDK_FILE_TRANS_UPLOAD_FAILED: 0x00001778,
  /** 0x00001779 — defined in the SDK source; no document describes it */
  AV_ERR_IMSDK_FILE_TRANS_DOWNLOAD_FAILED: 0x00001779,
  /** 0x0000177a — defined in the SDK source; no document describes it */
  AV_ERR_IMSDK_HTTP_REQ_FAILED: 0x0000177a,
  /** 0x0000177b — defined in the SDK source; no document describes it */
  AV_ERR_IMSDK_TO_USER_INVALID: 0x0000177b,
  /** 0x0000177c — defined in the SDK source; no document describes it */
  AV_ERR_IMSDK_REQUEST_TIMEOUT: 0x0000177c,
  /** 0x0000177d — defined in the SDK source; no document describes it */
  AV_ERR_IMSDK_SDK_NOT_INITIALIZED: 0x0000177d,
  /** 0x0000177e — defined in the SDK source; no document describes it */
  AV_ERR_IMSDK_SDK_NOT_LOGGED_IN: 0x0000177e,
  /** 0x0000177f — defined in the SDK source; no document describes it */
  AV_ERR_IMSDK_IN_PROGESS: 0x0000177f,
  /** 0x00001b57 — defined in the SDK source; no document describes it */
  AV_ERR_IMSDK_UNKNOWN: 0x00001b57,
  /** 0x00002711 — General error */
  AV_ERR_SERVER_FAILED: 0x00002711,
  /** 0x00002712 — Error parameter */
  AV_ERR_SERVER_INVALID_ARGUMENT: 0x00002712,
  /** 0x00002713 — No permission */
  AV_ERR_SERVER_NO_PERMISSION: 0x00002713,
  /** 0x00002714 — Timeout */
  AV_ERR_SERVER_TIMEOUT: 0x00002714,
  /** 0x00002715 — Insufficient resources */
  AV_ERR_SERVER_ALLOC_RESOURCE_FAILED: 0x00002715,
  /** 0x00002716 — Not in the room */
  AV_ERR_SERVER_ID_NOT_IN_ROOM: 0x00002716,
  /** 0x00002717 — Not implement */
  AV_ERR_SERVER_NOT_IMPLEMENT: 0x00002717,
  /** 0x00002718 — Repetitive operation */
  AV_ERR_SERVER_REPEATED_OPERATION: 0x00002718,
  /** 0x00002719 — Room does not exist */
  AV_ERR_SERVER_ROOM_NOT_EXIST: 0x00002719,
  /** 0x0000271a — Member does not exist */
  AV_ERR_SERVER_ENDPOINT_NOT_EXIST: 0x0000271a,
  /** 0x0000271b — Invalid capability */
  AV_ERR_SERVER_INVALID_ABILITY: 0x0000271b,
  /** 0x000027d9 — defined in the SDK source; no document describes it */
  AV_ERR_SOCKET_TIMEOUT: 0x000027d9,
  /** 0x00002af7 — defined in the SDK source; no document describes it */
  AV_ERR_SERVER_UNKNOWN: 0x00002af7,
  /** 0x00004e85 — The number of channels exceeds the limit */
  PUSH_SERVER_ERR_20101: 0x00004e85,
  /** 0x00004fb6 — Account overdraft */
  PUSH_SERVER_ERR_20406: 0x00004fb6,
  /** 0x0000c352 — Incorrect input parameters */
  PUSH_SERVER_ERR_50002: 0x0000c352,
  /** 0x0000c353 — Pull URL is not fetched at the backend */
  PUSH_SERVER_ERR_50003: 0x0000c353,
  /** 0x0000c354 — Push type of push request is incorrect */
  PUSH_SERVER_ERR_50004: 0x0000c354,
  /** 0x0000c355 — Backend console connection timeout */
  PUSH_SERVER_ERR_50005: 0x0000c355,
  /** 0x0000c356 — Backend console connection timeout */
  PUSH_SERVER_ERR_50006: 0x0000c356,
  /** 0x0000c357 — The parameter returned from the backend is null */
  PUSH_SERVER_ERR_50007: 0x0000c357,
  /** 0x00010000 — defined in the SDK source; no document describes it */
  AV_ERR_UNKNOWN: 0x00010000,
  /** 0x01c9c380 — Failed to resolve SDK request */
  RECORDING_ERR_30000000: 0x01c9c380,
  /** 0x01c9c381 — Failed to resolve SDK request - Recording request packet is missing */
  RECORDING_ERR_30000001: 0x01c9c381,
  /** 0x01c9c382 — Failed to resolve SDK request - Filename field for recorded file is missing */
  RECORDING_ERR_30000002: 0x01c9c382,
  /** 0x01c9c383 — Failed to resolve SDK request - Recording request operation field is missing */
  RECORDING_ERR_30000003: 0x01c9c383,
  /** 0x01c9c384 — Failed to resolve SDK request - Incorrect video source type (such as camera, desktop) */
  RECORDING_ERR_30000004: 0x01c9c384,
  /** 0x01c9c449 — An error occurred while requesting server for internal data packing */
  RECORDING_ERR_30000201: 0x01c9c449,
  /** 0x01c9c44a — An error occurred while requesting server for internal data packing */
  RECORDING_ERR_30000202: 0x01c9c44a,
  /** 0x01c9c44b — An error occurred while requesting server for internal data packing */
  RECORDING_ERR_30000203: 0x01c9c44b,
  /** 0x01c9c44f — A communication error occurred while requesting recording server - Failed to fetch the address of recording s… */
  RECORDING_ERR_30000207: 0x01c9c44f,
  /** 0x01c9c450 — A communication error occurred while requesting recording server - Timeout of request for recording server */
  RECORDING_ERR_30000208: 0x01c9c450,
  /** 0x01c9c4ad — An error occurred while resolving the response packet from recording server - Failed to resolve the data pack… */
  RECORDING_ERR_30000301: 0x01c9c4ad,
  /** 0x01c9c4ae — An error occurred while resolving the response packet from recording server - Failed to resolve the data pack… */
  RECORDING_ERR_30000302: 0x01c9c4ae,
  /** 0x01c9c4af — An error occurred while resolving the response packet from recording server - No IP is returned */
  RECORDING_ERR_30000303: 0x01c9c4af,
  /** 0x01c9c4b0 — An error occurred while resolving the response packet from recording server - No port is returned */
  RECORDING_ERR_30000304: 0x01c9c4b0,
  /** 0x01c9c4b1 — An error occurred while resolving the response packet from recording server - No result is returned */
  RECORDING_ERR_30000305: 0x01c9c4b1,
  /** 0x01c9c511 — An error occurred while obtaining the grocery service IP by querying room */
  RECORDING_ERR_30000401: 0x01c9c511,
  /** 0x01c9c512 — An error occurred while fetching grocery data by querying room */
  RECORDING_ERR_30000402: 0x01c9c512,
  /** 0x01c9c513 — grocery does not exist (room does not exist) and cannot be fetched by querying room */
  RECORDING_ERR_30000403: 0x01c9c513,
  /** 0x01c9c514 — Timeout while querying room stream-control server */
  RECORDING_ERR_30000404: 0x01c9c514,
  /** 0x01c9c515 — An error occurred with the response packet while querying room - Failed to resolve the data packet */
  RECORDING_ERR_30000405: 0x01c9c515,
  /** 0x01c9c516 — An error occurred with the response packet while querying room - Failed to resolve the data packet */
  RECORDING_ERR_30000406: 0x01c9c516,
  /** 0x01c9c517 — An error occurred with the response packet while querying room - Failed to resolve the data packet */
  RECORDING_ERR_30000407: 0x01c9c517,
  /** 0x01c9c518 — An error occurred with the response packet while querying room - No result is returned */
  RECORDING_ERR_30000408: 0x01c9c518,
  /** 0x01c9c519 — An error occurred with the response packet while querying room - Failed to resolve the data packet */
  RECORDING_ERR_30000409: 0x01c9c519,
  /** 0x01c9c51a — Recording room does not exist */
  RECORDING_ERR_30000410: 0x01c9c51a,
  /** 0x01c9c51b — Recording room or the initiator of recording does not exist */
  RECORDING_ERR_30000411: 0x01c9c51b,
  /** 0x01c9c51c — Request for ending recording has been sent more than once. */
  RECORDING_ERR_30000412: 0x01c9c51c,
  /** 0x01c9c51d — Request for ending recording has been sent more than once. */
  RECORDING_ERR_30000413: 0x01c9c51d,
  /** 0x01c9c51e — An error occurred with internal server operation type while querying room */
  RECORDING_ERR_30000414: 0x01c9c51e,
  /** 0x01c9c51f — Request for starting recording has been sent more than once and recording has started; or the initiator of re… */
  RECORDING_ERR_30000415: 0x01c9c51f,
  /** 0x02625a00 — Failed to resolve SDK request */
  PUSH_SERVER_ERR_40000000: 0x02625a00,
  /** 0x02625a01 — Failed to resolve SDK request - The push request packet is missing */
  PUSH_SERVER_ERR_40000001: 0x02625a01,
  /** 0x02625a02 — Failed to resolve SDK request - The operation field of push request is missing */
  PUSH_SERVER_ERR_40000002: 0x02625a02,
  /** 0x02625a03 — Failed to resolve SDK request - The output coding (HLS/RTMP, etc.) of push request is missing */
  PUSH_SERVER_ERR_40000003: 0x02625a03,
  /** 0x02625a04 — Failed to resolve SDK request - The video source type is incorrect (camera/desktop, etc.) */
  PUSH_SERVER_ERR_40000004: 0x02625a04,
  /** 0x02625a05 — Failed to resolve SDK request - Incorrect request operation (request for push, stop push) */
  PUSH_SERVER_ERR_40000005: 0x02625a05,
  /** 0x02625a06 — User ID is incorrect when you send request for push */
  PUSH_SERVER_ERR_40000006: 0x02625a06,
  /** 0x02625a07 — Push room ID is 0 */
  PUSH_SERVER_ERR_40000007: 0x02625a07,
  /** 0x02625ac9 — An error occurred while requesting server for internal data packing */
  PUSH_SERVER_ERR_40000201: 0x02625ac9,
  /** 0x02625aca — An error occurred while requesting server for internal data packing */
  PUSH_SERVER_ERR_40000202: 0x02625aca,
  /** 0x02625acb — An error occurred while requesting server for internal data packing */
  PUSH_SERVER_ERR_40000203: 0x02625acb,
  /** 0x02625acf — A communication error occurred while requesting pushing server - Failed to fetch the address of pushing server */
  PUSH_SERVER_ERR_40000207: 0x02625acf,
  /** 0x02625ad0 — A communication error occurred while requesting pushing server - Timeout of request for pushing server */
  PUSH_SERVER_ERR_40000208: 0x02625ad0,
  /** 0x02625b2d — An error occurred while resolving the response packet from push server - Failed to resolve the data packet */
  PUSH_SERVER_ERR_40000301: 0x02625b2d,
  /** 0x02625b2e — An error occurred while resolving the response packet from push server - Failed to resolve the data packet */
  PUSH_SERVER_ERR_40000302: 0x02625b2e,
  /** 0x02625b2f — An error occurred while resolving the response packet from push server - No IP is returned */
  PUSH_SERVER_ERR_40000303: 0x02625b2f,
  /** 0x02625b30 — An error occurred while resolving the response packet from push server - No port is returned */
  PUSH_SERVER_ERR_40000304: 0x02625b30,
  /** 0x02625b31 — An error occurred while resolving the response packet from push server - No result is returned */
  PUSH_SERVER_ERR_40000305: 0x02625b31,
  /** 0x02625b32 — An error occurred while resolving the response packet from push server - Overflow of length of returned URL */
  PUSH_SERVER_ERR_40000306: 0x02625b32,
  /** 0x02625b91 — An error occurred while obtaining the grocery service IP by querying room */
  PUSH_SERVER_ERR_40000401: 0x02625b91,
  /** 0x02625b92 — An error occurred while fetching grocery data by querying room */
  PUSH_SERVER_ERR_40000402: 0x02625b92,
  /** 0x02625b93 — grocery does not exist and cannot be fetched by querying room (the room requesting push does not exist) */
  PUSH_SERVER_ERR_40000403: 0x02625b93,
  /** 0x02625b94 — Timeout while querying room stream-control server */
  PUSH_SERVER_ERR_40000404: 0x02625b94,
  /** 0x02625b95 — An error occurred with the response packet while querying room - Failed to resolve the data packet */
  PUSH_SERVER_ERR_40000405: 0x02625b95,
  /** 0x02625b96 — An error occurred with the response packet while querying room - Failed to resolve the data packet */
  PUSH_SERVER_ERR_40000406: 0x02625b96,
  /** 0x02625b97 — An error occurred with the response packet while querying room - Failed to resolve the data packet */
  PUSH_SERVER_ERR_40000407: 0x02625b97,
  /** 0x02625b98 — An error occurred with the response packet while querying room - No result is returned */
  PUSH_SERVER_ERR_40000408: 0x02625b98,
  /** 0x02625b99 — An error occurred with the response packet while querying room - Failed to resolve the data packet */
  PUSH_SERVER_ERR_40000409: 0x02625b99,
  /** 0x02625b9a — The room requesting the push does not exist */
  PUSH_SERVER_ERR_40000410: 0x02625b9a,
  /** 0x02625b9b — The user who initiates the push does not exist in the room */
  PUSH_SERVER_ERR_40000411: 0x02625b9b,
  /** 0x02625b9c — Request for ending push has been sent more than once and the user has ended push */
  PUSH_SERVER_ERR_40000412: 0x02625b9c,
  /** 0x02625b9d — Request for ending push has been sent more than once and the user has ended push */
  PUSH_SERVER_ERR_40000413: 0x02625b9d,
  /** 0x02625b9e — An error occurred with internal server operation type while querying room */
  PUSH_SERVER_ERR_40000414: 0x02625b9e,
  /** 0x02625b9f — Request for starting push has been sent more than once and the user is pushing stream */
  PUSH_SERVER_ERR_40000415: 0x02625b9f,
  /** 0x02625bf4 — Control the frequency of starting push */
  PUSH_SERVER_ERR_40000500: 0x02625bf4,
} as const);

/** A name in TencentIlvbError. @example const name: TencentIlvbErrorName = 'AV_ERR_FAILED'; */
export type TencentIlvbErrorName = keyof typeof TencentIlvbError;
