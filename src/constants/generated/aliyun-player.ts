// Generated from the catalog by src/constants/generate.ts during `npm run build`. Do not edit.

/**
 * ApsaraVideo Player SDK (aliyun-player): every code of the catalog by name.
 * @example if (code === AliyunPlayerError.ERROR_SERVER_NO_RESPONSE) { … }
 */
export const AliyunPlayerError = Object.freeze({
  /** 0x00000000 — defined in the SDK source; no document describes it */
  ALIVC_SUCCESS: 0x00000000,
  /** 0x00000064 — defined in the SDK source; no document describes it */
  EVENT_START: 0x00000064,
  /** 0x00000064 — defined in the SDK source; no document describes it */
  EVENT_SWITCH_TO_SOFTWARE_DECODER: 0x00000064,
  /** 0x00000065 — defined in the SDK source; no document describes it */
  EVENT_AUDIO_CODEC_NOT_SUPPORT: 0x00000065,
  /** 0x00000066 — defined in the SDK source; no document describes it */
  EVENT_AUDIO_DECODER_DEVICE_ERROR: 0x00000066,
  /** 0x00000067 — defined in the SDK source; no document describes it */
  EVENT_VIDEO_CODEC_NOT_SUPPORT: 0x00000067,
  /** 0x00000068 — defined in the SDK source; no document describes it */
  EVENT_VIDEO_DECODER_DEVICE_ERROR: 0x00000068,
  /** 0x00000069 — defined in the SDK source; no document describes it */
  EVENT_VIDEO_RENDER_INIT_ERROR: 0x00000069,
  /** 0x0000006a — defined in the SDK source; no document describes it */
  EVENT_PLAYER_DEMUXER_EOF: 0x0000006a,
  /** 0x0000006a — Demuxer trace ID for artp */
  EVENT_PLAYER_DEMUXER_TRACE_ID: 0x0000006a,
  /** 0x0000006c — defined in the SDK source; no document describes it */
  EVENT_PLAYER_NETWORK_RETRY: 0x0000006c,
  /** 0x0000006d — defined in the SDK source; no document describes it */
  EVENT_PLAYER_CACHE_SUCCESS: 0x0000006d,
  /** 0x0000006e — defined in the SDK source; no document describes it */
  EVENT_PLAYER_CACHE_ERROR: 0x0000006e,
  /** 0x0000006f — defined in the SDK source; no document describes it */
  EVENT_PLAYER_LOW_MEMORY: 0x0000006f,
  /** 0x00000071 — defined in the SDK source; no document describes it */
  EVENT_PLAYER_NETWORK_RETRY_SUCCESS: 0x00000071,
  /** 0x00000072 — defined in the SDK source; no document describes it */
  EVENT_PLAYER_SUBTITLE_SELECT_ERROR: 0x00000072,
  /** 0x00000073 — defined in the SDK source; no document describes it */
  EVENT_PLAYER_EVENT_DECODER_RECOVER_SIZE: 0x00000073,
  /** 0x00000074 — defined in the SDK source; no document describes it */
  EVENT_PLAYER_DIRECT_COMPONENT_MSG: 0x00000074,
  /** 0x00000fa1 — defined in the SDK source; no document describes it */
  ALIVC_ERR_INVALID_PARAM: 0x00000fa1,
  /** 0x00000fa2 — defined in the SDK source; no document describes it */
  ALIVC_ERR_AUTH_EXPIRED: 0x00000fa2,
  /** 0x00000fa3 — defined in the SDK source; no document describes it */
  ALIVC_ERR_INVALID_INPUTFILE: 0x00000fa3,
  /** 0x00000fa4 — defined in the SDK source; no document describes it */
  ALIVC_ERR_NO_INPUTFILE: 0x00000fa4,
  /** 0x00000fa5 — defined in the SDK source; no document describes it */
  ALIVC_ERR_READ_DATA_FAILED: 0x00000fa5,
  /** 0x00000fa8 — defined in the SDK source; no document describes it */
  ALIVC_ERR_LOADING_TIMEOUT: 0x00000fa8,
  /** 0x00000fa9 — defined in the SDK source; no document describes it */
  ALIVC_ERR_REQUEST_DATA_ERROR: 0x00000fa9,
  /** 0x00000fab — defined in the SDK source; no document describes it */
  ALIVC_ERR_VIDEO_FORMAT_UNSUPORTED: 0x00000fab,
  /** 0x00000fac — defined in the SDK source; no document describes it */
  ALIVC_ERR_PLAYAUTH_PARSE_FAILED: 0x00000fac,
  /** 0x00000fad — defined in the SDK source; no document describes it */
  ALIVC_ERR_DECODE_FAILED: 0x00000fad,
  /** 0x00000fb3 — defined in the SDK source; no document describes it */
  ALIVC_ERR_NO_SUPPORT_CODEC: 0x00000fb3,
  /** 0x00000fb6 — defined in the SDK source; no document describes it */
  ALIVC_ERR_NO_VIEW: 0x00000fb6,
  /** 0x00000fb7 — defined in the SDK source; no document describes it */
  ALIVC_ERR_NO_MEMORY: 0x00000fb7,
  /** 0x00000fb8 — defined in the SDK source; no document describes it */
  ALIVC_ERR_FUNCTION_DENIED: 0x00000fb8,
  /** 0x00001005 — defined in the SDK source; no document describes it */
  ALIVC_ERR_DOWNLOAD_NO_NETWORK: 0x00001005,
  /** 0x00001006 — defined in the SDK source; no document describes it */
  ALIVC_ERR_DOWNLOAD_NETWORK_TIMEOUT: 0x00001006,
  /** 0x00001007 — defined in the SDK source; no document describes it */
  ALIVC_ERR_DOWNLOAD_QEQUEST_SAAS_SERVER_ERROR: 0x00001007,
  /** 0x00001008 — defined in the SDK source; no document describes it */
  ALIVC_ERR_DOWNLOAD_QEQUEST_MTS_SERVER_ERROR: 0x00001008,
  /** 0x00001009 — defined in the SDK source; no document describes it */
  ALIVC_ERR_DOWNLOAD_SERVER_INVALID_PARAM: 0x00001009,
  /** 0x0000100a — defined in the SDK source; no document describes it */
  ALIVC_ERR_DOWNLOAD_INVALID_INPUTFILE: 0x0000100a,
  /** 0x0000100b — defined in the SDK source; no document describes it */
  ALIVC_ERR_DOWNLOAD_NO_ENCRYPT_FILE: 0x0000100b,
  /** 0x0000100c — defined in the SDK source; no document describes it */
  ALIVC_ERR_DONWNLOAD_GET_KEY: 0x0000100c,
  /** 0x0000100d — defined in the SDK source; no document describes it */
  ALIVC_ERR_DOWNLOAD_INVALID_URL: 0x0000100d,
  /** 0x0000100e — defined in the SDK source; no document describes it */
  ALIVC_ERR_DONWLOAD_NO_SPACE: 0x0000100e,
  /** 0x0000100f — defined in the SDK source; no document describes it */
  ALIVC_ERR_DOWNLOAD_INVALID_SAVE_PATH: 0x0000100f,
  /** 0x00001010 — defined in the SDK source; no document describes it */
  ALIVC_ERR_DOWNLOAD_NO_PERMISSION: 0x00001010,
  /** 0x00001011 — defined in the SDK source; no document describes it */
  ALIVC_ERR_DOWNLOAD_MODE_CHANGED: 0x00001011,
  /** 0x00001012 — defined in the SDK source; no document describes it */
  ALIVC_ERR_DOWNLOAD_ALREADY_ADDED: 0x00001012,
  /** 0x00001013 — defined in the SDK source; no document describes it */
  ALIVC_ERR_DOWNLOAD_NO_MATCH: 0x00001013,
  /** 0x00001130 — defined in the SDK source; no document describes it */
  ALIVC_ERR_UNKNOWN: 0x00001130,
  /** 0x00001194 — defined in the SDK source; no document describes it */
  ALIVC_ERR_REQUEST_ERROR: 0x00001194,
  /** 0x00001195 — defined in the SDK source; no document describes it */
  ALIVC_ERR_DATA_ERROR: 0x00001195,
  /** 0x00001196 — defined in the SDK source; no document describes it */
  ALIVC_ERR_QEQUEST_SAAS_SERVER_ERROR: 0x00001196,
  /** 0x00001197 — defined in the SDK source; no document describes it */
  ALIVC_ERR_QEQUEST_MTS_SERVER_ERROR: 0x00001197,
  /** 0x00001198 — defined in the SDK source; no document describes it */
  ALIVC_ERR_SERVER_INVALID_PARAM: 0x00001198,
  /** 0x000011a9 — defined in the SDK source; no document describes it */
  ALIVC_ERR_ILLEGALSTATUS: 0x000011a9,
  /** 0x20010001 — The server returns no response. */
  ERROR_SERVER_NO_RESPONSE: 0x20010001,
  /** 0x20010002 — The response that is returned by the server is not in the JSON format. */
  ERROR_SERVER_WRONG_JSON: 0x20010002,
  /** 0x20010003 — No resolution matches. */
  ERROR_NO_MATCH_QUALITY: 0x20010003,
  /** 0x20010004 — A playback credential parsing error has occurred. */
  ERROR_PLAYAUTH_WRONG: 0x20010004,
  /** 0x20010005 — The request fails. */
  ERROR_REQUEST_FAIL: 0x20010005,
  /** 0x20010006 — defined in the SDK source; no document describes it */
  ERROR_NO_PLAY_INFO: 0x20010006,
  /** 0x20010100 — An unknown Post Office Protocol (POP) error has occurred. */
  ERROR_SERVER_POP_UNKNOWN: 0x20010100,
  /** 0x20010101 — A required parameter is not specified. */
  ERROR_SERVER_POP_MISSING_PARAMETER: 0x20010101,
  /** 0x20010102 — A specified parameter is invalid. */
  ERROR_SERVER_POP_INVALID_PARAMETER: 0x20010102,
  /** 0x20010103 — ApsaraVideo VOD is not activated for your Alibaba Cloud account. */
  ERROR_SERVER_POP_OPERATION_DENIED: 0x20010103,
  /** 0x20010104 — Your Alibaba Cloud account has overdue payments. */
  ERROR_SERVER_POP_OPERATION_SUSPENED: 0x20010104,
  /** 0x20010105 — You are not authorized to perform the operation. */
  ERROR_SERVER_POP_FORBIDDEN: 0x20010105,
  /** 0x20010106 — An unknown error has occurred. */
  ERROR_SERVER_POP_INTERNAL_ERROR: 0x20010106,
  /** 0x20010107 — The service is unavailable. */
  ERROR_SERVER_POP_SERVICE_UNAVALIABLE: 0x20010107,
  /** 0x20010108 — The signature has been used. */
  ERROR_SERVER_POP_SIGNATUREANONCE_USED: 0x20010108,
  /** 0x20010109 — The security token is invalid. */
  ERROR_SERVER_POP_SECURITYTOKEN_MAILFORMED: 0x20010109,
  /** 0x2001010a — The security token and AccessKey pair do not match. */
  ERROR_SERVER_POP_SECURITYTOKEN_MISMATCH_ACCESSKEY: 0x2001010a,
  /** 0x2001010b — The signature for verification is invalid. */
  ERROR_SERVER_POP_SIGNATURE_NOT_MATCH: 0x2001010b,
  /** 0x2001010c — The AccessKey ID does not exist. */
  ERROR_SERVER_POP_ACCESSKEYID_NOT_FOUND: 0x2001010c,
  /** 0x2001010d — The token expires. */
  ERROR_SERVER_POP_TOKEN_EXPIRED: 0x2001010d,
  /** 0x20010200 — An unknown error has occurred in ApsaraVideo VOD. */
  ERROR_SERVER_VOD_UNKNOWN: 0x20010200,
  /** 0x20010201 — The video status is invalid. */
  ERROR_SERVER_VOD_FORBIDDEN_ILLEGALSTATUS: 0x20010201,
  /** 0x20010202 — The video does not exist. */
  ERROR_SERVER_VOD_INVALIDVIDEO_NOTFOUND: 0x20010202,
  /** 0x20010203 — No transcoded stream can be used for playback based on your filter criteria. */
  ERROR_SERVER_VOD_INVALIDVIDEO_NOSTREAM: 0x20010203,
  /** 0x20010204 — Transcoded streams are encrypted by using Alibaba Cloud video encryption. */
  ERROR_SERVER_VOD_FORBIDDEN_ALIYUNVODENCRYPTION: 0x20010204,
  /** 0x20010205 — The authentication information and the video ID do not match. */
  ERROR_SERVER_VOD_INVALIDAUTH_MEDIAID: 0x20010205,
  /** 0x20010206 — The authentication information expires. */
  ERROR_SERVER_VOD_INVALIDAUTHINFO_EXPIRETIME: 0x20010206,
  /** 0x20010300 — An unknown error has occurred in ApsaraVideo for Media Processing. */
  ERROR_SERVER_MPS_UNKNOWN: 0x20010300,
  /** 0x20010301 — The media ID is invalid. */
  ERROR_SERVER_MPS_INVALID_MEDIAID: 0x20010301,
  /** 0x20010302 — The authentication expiration time is invalid. */
  ERROR_SERVER_MPS_INVALID_AUTHTIMEOUT: 0x20010302,
  /** 0x20010303 — The format is invalid. */
  ERROR_SERVER_MPS_INVALID_FORMATS: 0x20010303,
  /** 0x20010304 — The authentication information is invalid. */
  ERROR_SERVER_MPS_INVALID_AUTHINFO: 0x20010304,
  /** 0x20010305 — The signature verification fails. */
  ERROR_SERVER_MPS_SIGNATURE_CHECK_FAILED: 0x20010305,
  /** 0x20010306 — The media ID does not exist. */
  ERROR_SERVER_MPS_MEDIAID_NOT_EXIST: 0x20010306,
  /** 0x20010307 — The media resource does not exist. */
  ERROR_SERVER_MPS_MEDIA_RESOURCE_NOT_EXIST: 0x20010307,
  /** 0x20010308 — The media are not published. */
  ERROR_SERVER_MPS_MEDIA_NOT_PUBLISHED: 0x20010308,
  /** 0x20010309 — The media are not encrypted. */
  ERROR_SERVER_MPS_MEDIA_NOT_ENCRYPTED: 0x20010309,
  /** 0x2001030a — The CiphertextBlob string is invalid. */
  ERROR_SERVER_MPS_INVALID_CIPHERTEXTBLOB: 0x2001030a,
  /** 0x2001030b — The CiphertextBlob string does not exist. */
  ERROR_SERVER_MPS_CIPHERBLOB_NOT_EXIST: 0x2001030b,
  /** 0x2001030c — An internal server error has occurred. */
  ERROR_SERVER_MPS_INTERNAL_ERROR: 0x2001030c,
  /** 0x2001030d — You are not authorized to perform the operation. */
  ERROR_SERVER_MPS_INVALID_IDENTITY_NOT_ORDER_VIDEO_SERVICE: 0x2001030d,
  /** 0x2001030e — The host configuration fails to be updated. */
  ERROR_SERVER_MPS_UPDATE_CDN_DOMAIN_CONFIGS_FAIL: 0x2001030e,
  /** 0x2001030f — The AccessKey secret for authentication has been used. */
  ERROR_SERVER_MPS_AUTH_KEY_EXIST: 0x2001030f,
  /** 0x20010310 — The AccessKey secret for authentication does not exist. */
  ERROR_SERVER_MPS_AUTH_KEY_NOT_EXIST: 0x20010310,
  /** 0x20010311 — A parameter value is beyond the value range. */
  ERROR_SERVER_MPS_INVALID_PARAMETER_OUT_OF_BOUND: 0x20010311,
  /** 0x20010312 — A specified parameter is invalid. */
  ERROR_SERVER_MPS_INVALID_PARAMETER: 0x20010312,
  /** 0x20010313 — A parameter value is null. */
  ERROR_SERVER_MPS_INVALID_PARAMETER_NULL_VALUE: 0x20010313,
  /** 0x20010314 — A required parameter is not specified. */
  ERROR_SERVER_MPS_INVALID_PARAMETER_EMPTY_VALUE: 0x20010314,
  /** 0x20010315 — The media resource is not supported. */
  ERROR_SERVER_MPS_MEDIA_RESOURCE_NOT_MATCH: 0x20010315,
  /** 0x20010316 — The ciphertext of the media ID is not found. */
  ERROR_SERVER_MPS_MEDIA_NOT_FOUND_CIPHERTEXT: 0x20010316,
  /** 0x20010317 — The specified rand parameter is invalid. */
  ERROR_SERVER_MPS_INVALID_PARAMETER_RAND: 0x20010317,
  /** 0x20010318 — The cache connection pool is empty. */
  ERROR_SERVER_MPS_REDIS_POOL_IS_EMPTY: 0x20010318,
  /** 0x20010319 — The signature and the media ID do not match. */
  ERROR_SERVER_MPS_SIGNATURE_CHECK_MEDIA_FAILED: 0x20010319,
  /** 0x2001031a — The specified timeout value expires. */
  ERROR_SERVER_MPS_SIGNATURE_CHECK_EXPIREDTIME_FAILED: 0x2001031a,
  /** 0x2001031b — The specified SessionTime parameter is invalid. */
  ERROR_SERVER_MPS_INVALID_SESSION_TIME: 0x2001031b,
  /** 0x2001031c — The length of the EndUserId parameter is invalid. */
  ERROR_SERVER_MPS_INVALID_END_USER_ID: 0x2001031c,
  /** 0x2001031d — The format of the LicenseUrl parameter is invalid. */
  ERROR_SERVER_MPS_INVALID_URL: 0x2001031d,
  /** 0x2001031e — The request fails. */
  ERROR_SERVER_MPS_HTTP_REQUEST_FAILED: 0x2001031e,
  /** 0x2001031f — The XML format is invalid. */
  ERROR_SERVER_MPS_XML_FORMAT_ERROR: 0x2001031f,
  /** 0x20010320 — The session does not exist. */
  ERROR_SERVER_MPS_SESSION_NOT_EXIST: 0x20010320,
  /** 0x20010321 — The API is not supported. */
  ERROR_SERVER_MPS_REGION_NOT_SUPPORTED_API: 0x20010321,
  /** 0x20010322 — Digital rights management (DRM) is not authorized in this region. */
  ERROR_SERVER_MPS_DRM_NOT_ACTIVATED: 0x20010322,
  /** 0x20010323 — DRM verification fails. */
  ERROR_SERVER_MPS_DRM_AUTH_ERROR: 0x20010323,
  /** 0x20010324 — No domain name for the content delivery network (CDN) is bound to your Object Storage Service (OSS) bucket. */
  ERROR_SERVER_MPS_CDN_CONFIG_NOT_EXIST: 0x20010324,
  /** 0x20010400 — An unknown error has occurred in time shifting. */
  ERROR_SERVER_LIVESHIFT_UNKNOWN: 0x20010400,
  /** 0x20010401 — The time shifting request fails. */
  ERROR_SERVER_LIVESHIFT_REQUEST_ERROR: 0x20010401,
  /** 0x20010402 — The time shifting data fails to be parsed. */
  ERROR_SERVER_LIVESHIFT_DATA_PARSER_ERROR: 0x20010402,
  /** 0x20011000 — defined in the SDK source; no document describes it */
  ERROR_KEYMANAGER_UNKNOWN: 0x20011000,
  /** 0x20012000 — An unknown error has occurred in proprietary cryptography. */
  ERROR_TBDRM_UNKNOWN: 0x20012000,
  /** 0x20012001 — The file that is encrypted by proprietary cryptography fails to be decapsulated. */
  ERROR_TBDRM_DEMUXER_UNIMPLEMENTED: 0x20012001,
  /** 0x20013000 — An unknown Alibaba Real-time Transport Protocol (ARTP) error has occurred. */
  ERROR_ARTP_UNKNOWN: 0x20013000,
  /** 0x20013001 — The ARTP module fails to be loaded. */
  ERROR_ARTP_DEMUXER_UNIMPLEMENTED: 0x20013001,
  /** 0x20013002 — The player fails to load data for ARTP-based playback. */
  ERROR_ARTP_LOAD_FAILED: 0x20013002,
  /** 0x20013003 — The URL of the ARTP stream is invalid. */
  ERROR_ARTP_STREAM_ILLEGAL: 0x20013003,
  /** 0x20013004 — defined in the SDK source; no document describes it */
  ERROR_ARTP_STREAM_FORBIDDEN: 0x20013004,
  /** 0x20013005 — The ARTP stream does not exist. */
  ERROR_ARTP_STREAM_NOT_FOUND: 0x20013005,
  /** 0x20013006 — The ARTP stream stops. */
  ERROR_ARTP_STREAM_STOPPED: 0x20013006,
  /** 0x20013007 — The startup loading of the ARTP stream times out. */
  ERROR_ARTP_PLAY_TIMEOUT: 0x20013007,
  /** 0x20013008 — The time expires for receiving the ARTP SPS or PPS or AAC configurations. */
  ERROR_ARTP_ARTP_MEDIA_INFO_TIMEOUT: 0x20013008,
  /** 0x20013008 — The time expires for receiving the ARTP sequence parameter set (SPS) or picture parameter set (PPS) or AAC co… */
  ERROR_ARTP_SPSPPS_AACCONF_TIMEOUT: 0x20013008,
  /** 0x20013009 — The time expires for receiving ARTP packets that carry audio and video streams. */
  ERROR_ARTP_PACKET_RECV_TIMEOUT: 0x20013009,
  /** 0x2001300a — The connectivity test fails for the transmission of ARTP packets. */
  ERROR_ARTP_MEDIA_PROBE_FAILED: 0x2001300a,
  /** 0x2001ffff — An unknown error has occurred. */
  ERROR_UNKNOWN_ERROR: 0x2001ffff,
  /** 0x20030000 — defined in the SDK source; no document describes it */
  ERROR_DEMUXER_START: 0x20030000,
  /** 0x20030001 — The URL is invalid. */
  ERROR_DEMUXER_OPENURL: 0x20030001,
  /** 0x20030002 — The stream is invalid. */
  ERROR_DEMUXER_NO_VALID_STREAM: 0x20030002,
  /** 0x20030003 — The stream file fails to be opened. */
  ERROR_DEMUXER_OPENSTREAM: 0x20030003,
  /** 0x20030004 — The loading times out. */
  ERROR_LOADING_TIMEOUT: 0x20030004,
  /** 0x20030005 — The URL of the source file is not specified. */
  ERROR_DATASOURCE_EMPTYURL: 0x20030005,
  /** 0x20040000 — defined in the SDK source; no document describes it */
  ERROR_DECODE_BASE: 0x20040000,
  /** 0x20040001 — The video fails to be decoded. */
  ERROR_DECODE_VIDEO: 0x20040001,
  /** 0x20040002 — The audio fails to be decoded. */
  ERROR_DECODE_AUDIO: 0x20040002,
  /** 0x20050000 — An unknown network error has occurred. */
  ERROR_NETWORK_UNKNOWN: 0x20050000,
  /** 0x20050001 — The protocol is not supported. */
  ERROR_NETWORK_UNSUPPORTED: 0x20050001,
  /** 0x20050002 — The domain name cannot be resolved. */
  ERROR_NETWORK_RESOLVE: 0x20050002,
  /** 0x20050003 — The network connection times out. */
  ERROR_NETWORK_CONNECT_TIMEOUT: 0x20050003,
  /** 0x20050004 — The server fails to be connected. */
  ERROR_NETWORK_COULD_NOT_CONNECT: 0x20050004,
  /** 0x20050005 — An HTTP 403 error has occurred. */
  ERROR_NETWORK_HTTP_403: 0x20050005,
  /** 0x20050006 — An HTTP 404 error has occurred. */
  ERROR_NETWORK_HTTP_404: 0x20050006,
  /** 0x20050007 — An HTTP 4xx error other than HTTP 403 or HTTP 404 has occurred. */
  ERROR_NETWORK_HTTP_4XX: 0x20050007,
  /** 0x20050008 — An HTTP 5xx error has occurred. */
  ERROR_NETWORK_HTTP_5XX: 0x20050008,
  /** 0x20050009 — The HTTP range request is not supported. */
  ERROR_NETWORK_HTTP_RANGE: 0x20050009,
  /** 0x2005000a — An HTTP 400 error has occurred. */
  ERROR_NETWORK_HTTP_400: 0x2005000a,
  /** 0x2005000b — defined in the SDK source; no document describes it */
  ERROR_NETWORK_HTTP_REDIRECT_NONMEDIA: 0x2005000b,
  /** 0x20060000 — An unknown decoding error has occurred. */
  ERROR_CODEC_UNKNOWN: 0x20060000,
  /** 0x20060001 — The video coding format is not supported. */
  ERROR_CODEC_VIDEO_NOT_SUPPORT: 0x20060001,
  /** 0x20060002 — The audio coding format is not supported. */
  ERROR_CODEC_AUDIO_NOT_SUPPORT: 0x20060002,
  /** 0x20070000 — defined in the SDK source; no document describes it */
  ERROR_INERNAL_UNKNOWN: 0x20070000,
  /** 0x20070001 — defined in the SDK source; no document describes it */
  ERROR_INERNAL_EXIT: 0x20070001,
  /** 0x20080000 — A standard error has occurred. */
  ERROR_GENERAL_UNKNOWN: 0x20080000,
  /** 0x20080001 — The "EPERM: Operation not permitted" error has occurred. */
  ERROR_GENERAL_EPERM: 0x20080001,
  /** 0x20080002 — The "ENOENT: No such file or directory" error has occurred. */
  ERROR_GENERAL_ENOENT: 0x20080002,
  /** 0x20080005 — The "EIO: I/O error" error has occurred. */
  ERROR_GENERAL_EIO: 0x20080005,
  /** 0x2fffffff — An unknown error has occurred. */
  ERROR_PLAYER_UNKNOWN: 0x2fffffff,
  /** 0x30010000 — No track is selected for download. */
  DOWNLOADER_ERROR_NOT_SELECT_ITEM: 0x30010000,
  /** 0x30010001 — No track can be used for download. */
  DOWNLOADER_ERROR_NO_DOWNLOAD_ITEM: 0x30010001,
  /** 0x30010001 — defined in the SDK source; no document describes it */
  EVENT_PLAYER_RTS_SERVER_MAYBE_DISCONNECT: 0x30010001,
  /** 0x30010002 — The source for Security Token Service (STS)-based playback is not specified. */
  DOWNLOADER_ERROR_STS_SOURCE_NULL: 0x30010002,
  /** 0x30010002 — defined in the SDK source; no document describes it */
  EVENT_PLAYER_RTS_SERVER_RECOVER: 0x30010002,
  /** 0x30010003 — The source for playback credential-based playback is not specified. */
  DOWNLOADER_ERROR_AUTH_SOURCE_NULL: 0x30010003,
  /** 0x30010004 — The format of the playback credential is invalid. */
  DOWNLOADER_ERROR_AUTH_SOURCE_WRONG: 0x30010004,
  /** 0x30010005 — The selected track for download is invalid. */
  DOWNLOADER_ERROR_INVALID_ITEM: 0x30010005,
  /** 0x30010006 — The URL is invalid. */
  DOWNLOADER_ERROR_URL_CANNOT_REACH: 0x30010006,
  /** 0x30010007 — The download format is not supported. */
  DOWNLOADER_ERROR_NOT_SUPPORT_FORMAT: 0x30010007,
  /** 0x30010008 — The security file for encryption verification is invalid. */
  DOWNLOADER_ERROR_ENCRYPT_FILE_NOT_MATCH: 0x30010008,
  /** 0x30010009 — The download feature is disabled. */
  DOWNLOADER_ERROR_DOWNLOAD_SWITCH_OFF: 0x30010009,
  /** 0x3001000a — A network error has occurred. */
  DOWNLOADER_ERROR_NET_ERROR: 0x3001000a,
  /** 0x3001000b — The download directory is not specified. */
  DOWNLOADER_ERROR_NOT_SET_SAVE_DIR: 0x3001000b,
  /** 0x3001000c — The download directory cannot be created. */
  DOWNLOADER_ERROR_CANNOT_CREATE_SAVE_DIR: 0x3001000c,
  /** 0x3001000d — No space can be used. */
  DOWNLOADER_ERROR_NO_SPACE: 0x3001000d,
  /** 0x3001000e — An error has occurred and data cannot be written to the file. */
  DOWNLOADER_ERROR_WRITE_ERROR: 0x3001000e,
  /** 0x3001000f — The decryption fails. */
  DOWNLOADER_ERROR_ENCRYPT_ERROR: 0x3001000f,
  /** 0x30010010 — The file does not exist. */
  DOWNLOADER_ERROR_FILE_NOT_EXIST: 0x30010010,
  /** 0x30010011 — A parameter that is specified when you delete the file is invalid. */
  DOWNLOADER_ERROR_CLEAN_INVALID_PARAM: 0x30010011,
  /** 0x30010012 — The status of the file to be deleted is invalid. */
  DOWNLOADER_ERROR_CLEAN_WRONG_STATUS: 0x30010012,
  /** 0x30010013 — The Advanced Encryption Standard (AES) key fails to be obtained. */
  DOWNLOADER_ERROR_GET_AES_KEY_FAIL: 0x30010013,
  /** 0x30010014 — The encryption method is not supported. */
  DOWNLOADER_ERROR_ENCRYPTION_NOT_SUPPORT: 0x30010014,
} as const);

/** A name in AliyunPlayerError. @example const name: AliyunPlayerErrorName = 'ERROR_SERVER_NO_RESPONSE'; */
export type AliyunPlayerErrorName = keyof typeof AliyunPlayerError;
