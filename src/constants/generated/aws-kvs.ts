// Generated from the catalog by src/constants/generate.ts during `npm run build`. Do not edit.

/**
 * Amazon Kinesis Video Streams Producer SDK (aws-kvs): every code of the catalog by name.
 * @example if (code === KvsStatus.STATUS_NULL_ARG) { … }
 */
export const KvsStatus = Object.freeze({
  /** 0x00000000 — defined in the SDK source; no document describes it */
  STATUS_SUCCESS: 0x00000000,
  /** 0x00000001 — NULL was passed for a mandatory argument. */
  STATUS_NULL_ARG: 0x00000001,
  /** 0x00000002 — An invalid value was specified for an argument. */
  STATUS_INVALID_ARG: 0x00000002,
  /** 0x00000003 — An invalid argument length was specified. */
  STATUS_INVALID_ARG_LEN: 0x00000003,
  /** 0x00000004 — Could not allocate enough memory. */
  STATUS_NOT_ENOUGH_MEMORY: 0x00000004,
  /** 0x00000005 — The specified buffer size is too small. */
  STATUS_BUFFER_TOO_SMALL: 0x00000005,
  /** 0x00000006 — An unexpected end of file was reached. */
  STATUS_UNEXPECTED_EOF: 0x00000006,
  /** 0x00000007 — An invalid format was encountered. */
  STATUS_FORMAT_ERROR: 0x00000007,
  /** 0x00000008 — Invalid handle value. */
  STATUS_INVALID_HANDLE_ERROR: 0x00000008,
  /** 0x00000009 — Failed to open a file. */
  STATUS_OPEN_FILE_FAILED: 0x00000009,
  /** 0x0000000a — Failed to read from a file. */
  STATUS_READ_FILE_FAILED: 0x0000000a,
  /** 0x0000000b — Failed to write to a file. */
  STATUS_WRITE_TO_FILE_FAILED: 0x0000000b,
  /** 0x0000000c — An internal error that normally doesn't occur and might indicate an SDK or service API bug. */
  STATUS_INTERNAL_ERROR: 0x0000000c,
  /** 0x0000000d — There was an invalid operation, or the operation is not permitted. */
  STATUS_INVALID_OPERATION: 0x0000000d,
  /** 0x0000000e — The feature is not implemented. */
  STATUS_NOT_IMPLEMENTED: 0x0000000e,
  /** 0x0000000f — The operation timed out. */
  STATUS_OPERATION_TIMED_OUT: 0x0000000f,
  /** 0x00000010 — A required resource was not found. */
  STATUS_NOT_FOUND: 0x00000010,
  /** 0x00000011 — defined in the SDK source; no document describes it */
  STATUS_CREATE_THREAD_FAILED: 0x00000011,
  /** 0x00000012 — defined in the SDK source; no document describes it */
  STATUS_THREAD_NOT_ENOUGH_RESOURCES: 0x00000012,
  /** 0x00000013 — defined in the SDK source; no document describes it */
  STATUS_THREAD_INVALID_ARG: 0x00000013,
  /** 0x00000014 — defined in the SDK source; no document describes it */
  STATUS_THREAD_PERMISSIONS: 0x00000014,
  /** 0x00000015 — defined in the SDK source; no document describes it */
  STATUS_THREAD_DEADLOCKED: 0x00000015,
  /** 0x00000016 — defined in the SDK source; no document describes it */
  STATUS_THREAD_DOES_NOT_EXIST: 0x00000016,
  /** 0x00000017 — defined in the SDK source; no document describes it */
  STATUS_JOIN_THREAD_FAILED: 0x00000017,
  /** 0x00000018 — defined in the SDK source; no document describes it */
  STATUS_WAIT_FAILED: 0x00000018,
  /** 0x00000019 — defined in the SDK source; no document describes it */
  STATUS_CANCEL_THREAD_FAILED: 0x00000019,
  /** 0x0000001a — defined in the SDK source; no document describes it */
  STATUS_THREAD_IS_NOT_JOINABLE: 0x0000001a,
  /** 0x0000001b — defined in the SDK source; no document describes it */
  STATUS_DETACH_THREAD_FAILED: 0x0000001b,
  /** 0x0000001c — defined in the SDK source; no document describes it */
  STATUS_THREAD_ATTR_INIT_FAILED: 0x0000001c,
  /** 0x0000001d — defined in the SDK source; no document describes it */
  STATUS_THREAD_ATTR_SET_STACK_SIZE_FAILED: 0x0000001d,
  /** 0x0000001e — defined in the SDK source; no document describes it */
  STATUS_MEMORY_NOT_FREED: 0x0000001e,
  /** 0x0000001f — defined in the SDK source; no document describes it */
  STATUS_INVALID_THREAD_PARAMS_VERSION: 0x0000001f,
  /** 0x10000001 — An invalid combination of flags was specified. */
  STATUS_HEAP_FLAGS_ERROR: 0x10000001,
  /** 0x10000002 — An operation was attempted before the heap was initialized. */
  STATUS_HEAP_NOT_INITIALIZED: 0x10000002,
  /** 0x10000003 — The heap was corrupted or the guard band (in debug mode) was overwritten. A buffer overflow in the client cod… */
  STATUS_HEAP_CORRUPTED: 0x10000003,
  /** 0x10000004 — The VRAM (video RAM) user or kernel mode library cannot be loaded or is missing. Check if the underlying plat… */
  STATUS_HEAP_VRAM_LIB_MISSING: 0x10000004,
  /** 0x10000005 — Failed to open the VRAM library. */
  STATUS_HEAP_VRAM_LIB_REOPEN: 0x10000005,
  /** 0x10000006 — Failed to load the INIT function export. */
  STATUS_HEAP_VRAM_INIT_FUNC_SYMBOL: 0x10000006,
  /** 0x10000007 — Failed to load the ALLOC function export. */
  STATUS_HEAP_VRAM_ALLOC_FUNC_SYMBOL: 0x10000007,
  /** 0x10000008 — Failed to load the FREE function export. */
  STATUS_HEAP_VRAM_FREE_FUNC_SYMBOL: 0x10000008,
  /** 0x10000009 — Failed to load the LOCK function export. */
  STATUS_HEAP_VRAM_LOCK_FUNC_SYMBOL: 0x10000009,
  /** 0x1000000a — Failed to load the UNLOCK function export. */
  STATUS_HEAP_VRAM_UNLOCK_FUNC_SYMBOL: 0x1000000a,
  /** 0x1000000b — Failed to load the UNINIT function export. */
  STATUS_HEAP_VRAM_UNINIT_FUNC_SYMBOL: 0x1000000b,
  /** 0x1000000c — Failed to load the GETMAX function export. */
  STATUS_HEAP_VRAM_GETMAX_FUNC_SYMBOL: 0x1000000c,
  /** 0x1000000d — Failed to initialize the main heap pool in the hybrid heap. */
  STATUS_HEAP_DIRECT_MEM_INIT: 0x1000000d,
  /** 0x1000000e — The VRAM dynamic initialization failed. */
  STATUS_HEAP_VRAM_INIT_FAILED: 0x1000000e,
  /** 0x1000000f — Failed to de-allocate and free the VRAM library. */
  STATUS_HEAP_LIBRARY_FREE_FAILED: 0x1000000f,
  /** 0x10000010 — The VRAM allocation failed. */
  STATUS_HEAP_VRAM_ALLOC_FAILED: 0x10000010,
  /** 0x10000011 — The VRAM free failed. */
  STATUS_HEAP_VRAM_FREE_FAILED: 0x10000011,
  /** 0x10000012 — The VRAM map failed. */
  STATUS_HEAP_VRAM_MAP_FAILED: 0x10000012,
  /** 0x10000013 — The VRAM unmap failed. */
  STATUS_HEAP_VRAM_UNMAP_FAILED: 0x10000013,
  /** 0x10000014 — The VRAM deinitialization failed. */
  STATUS_HEAP_VRAM_UNINIT_FAILED: 0x10000014,
  /** 0x10000015 — defined in the SDK source; no document describes it */
  STATUS_INVALID_ALLOCATION_SIZE: 0x10000015,
  /** 0x10000016 — defined in the SDK source; no document describes it */
  STATUS_HEAP_REALLOC_ERROR: 0x10000016,
  /** 0x10000017 — defined in the SDK source; no document describes it */
  STATUS_HEAP_FILE_HEAP_FILE_CORRUPT: 0x10000017,
  /** 0x10100001 */
  STATUS_MIN_PROFILER_BUFFER: 0x10100001,
  /** 0x15000001 — The callback chain has stopped. */
  STATUS_STOP_CALLBACK_CHAIN: 0x15000001,
  /** 0x15000002 — The maximum callback chain was reached. */
  STATUS_MAX_CALLBACK_CHAIN: 0x15000002,
  /** 0x15000003 — Invalid PlatformCallbacks structure version. */
  STATUS_INVALID_PLATFORM_CALLBACKS_VERSION: 0x15000003,
  /** 0x15000004 — Invalid ProducerCallbacks structure version. */
  STATUS_INVALID_PRODUCER_CALLBACKS_VERSION: 0x15000004,
  /** 0x15000005 — Invalid StreamCallbacks structure version. */
  STATUS_INVALID_STREAM_CALLBACKS_VERSION: 0x15000005,
  /** 0x15000006 — Invalid AuthCallbacks structure version. */
  STATUS_INVALID_AUTH_CALLBACKS_VERSION: 0x15000006,
  /** 0x15000007 — Invalid ApiCallbacks structure version. */
  STATUS_INVALID_API_CALLBACKS_VERSION: 0x15000007,
  /** 0x15000008 — Invalid AwsCredentials structure version. */
  STATUS_INVALID_AWS_CREDENTIALS_VERSION: 0x15000008,
  /** 0x15000009 — The maximum request header count was reached. */
  STATUS_MAX_REQUEST_HEADER_COUNT: 0x15000009,
  /** 0x1500000a — The maximum request header name length was reached. */
  STATUS_MAX_REQUEST_HEADER_NAME_LEN: 0x1500000a,
  /** 0x1500000b — The maximum request header value length was reached. */
  STATUS_MAX_REQUEST_HEADER_VALUE_LEN: 0x1500000b,
  /** 0x1500000c — Invalid return JSON for an API call. */
  STATUS_INVALID_API_CALL_RETURN_JSON: 0x1500000c,
  /** 0x1500000d — Curl initialization failed. */
  STATUS_CURL_INIT_FAILED: 0x1500000d,
  /** 0x1500000e — Curl lib initialization failed. */
  STATUS_CURL_LIBRARY_INIT_FAILED: 0x1500000e,
  /** 0x1500000f — Invalid return JSON for DescribeStream. */
  STATUS_INVALID_DESCRIBE_STREAM_RETURN_JSON: 0x1500000f,
  /** 0x15000010 — HMAC generation error. */
  STATUS_HMAC_GENERATION_ERROR: 0x15000010,
  /** 0x15000011 — IOT authorization failed. */
  STATUS_IOT_FAILED: 0x15000011,
  /** 0x15000012 — The maximum role alias length was reached. */
  STATUS_MAX_ROLE_ALIAS_LEN_EXCEEDED: 0x15000012,
  /** 0x15000013 — The maximum agent name postfix length was reached. */
  STATUS_MAX_USER_AGENT_NAME_POSTFIX_LEN_EXCEEDED: 0x15000013,
  /** 0x15000014 — The maximum customer user agent length was reached. */
  STATUS_MAX_CUSTOM_USER_AGENT_LEN_EXCEEDED: 0x15000014,
  /** 0x15000015 — Invalid user agent length. */
  STATUS_INVALID_USER_AGENT_LENGTH: 0x15000015,
  /** 0x15000016 — Invalid endpoint caching period. */
  STATUS_INVALID_ENDPOINT_CACHING_PERIOD: 0x15000016,
  /** 0x15000017 — IOT expiration timestamp occurs in the past. */
  STATUS_IOT_EXPIRATION_OCCURS_IN_PAST: 0x15000017,
  /** 0x15000018 — The IOT expiration parsing has failed. */
  STATUS_IOT_EXPIRATION_PARSING_FAILED: 0x15000018,
  /** 0x15000019 — defined in the SDK source; no document describes it */
  STATUS_DUPLICATE_PRODUCER_CALLBACK_FREE_FUNC: 0x15000019,
  /** 0x1500001a — defined in the SDK source; no document describes it */
  STATUS_DUPLICATE_STREAM_CALLBACK_FREE_FUNC: 0x1500001a,
  /** 0x1500001b — defined in the SDK source; no document describes it */
  STATUS_DUPLICATE_AUTH_CALLBACK_FREE_FUNC: 0x1500001b,
  /** 0x1500001c — defined in the SDK source; no document describes it */
  STATUS_DUPLICATE_API_CALLBACK_FREE_FUNC: 0x1500001c,
  /** 0x1500001d — defined in the SDK source; no document describes it */
  STATUS_FILE_LOGGER_INDEX_FILE_TOO_LARGE: 0x1500001d,
  /** 0x1500001e — defined in the SDK source; no document describes it */
  STATUS_MAX_IOT_THING_NAME_LENGTH: 0x1500001e,
  /** 0x1500001f — defined in the SDK source; no document describes it */
  STATUS_IOT_CREATE_LWS_CONTEXT_FAILED: 0x1500001f,
  /** 0x15000020 — defined in the SDK source; no document describes it */
  STATUS_INVALID_CA_CERT_PATH: 0x15000020,
  /** 0x15000022 — defined in the SDK source; no document describes it */
  STATUS_FILE_CREDENTIAL_PROVIDER_OPEN_FILE_FAILED: 0x15000022,
  /** 0x15000023 — defined in the SDK source; no document describes it */
  STATUS_FILE_CREDENTIAL_PROVIDER_INVALID_FILE_LENGTH: 0x15000023,
  /** 0x15000024 — defined in the SDK source; no document describes it */
  STATUS_FILE_CREDENTIAL_PROVIDER_INVALID_FILE_FORMAT: 0x15000024,
  /** 0x15000025 — defined in the SDK source; no document describes it */
  STATUS_ECS_AUTH_URI_FAILED: 0x15000025,
  /** 0x15000026 — defined in the SDK source; no document describes it */
  STATUS_ECS_AUTH_FAILED: 0x15000026,
  /** 0x15000026 — defined in the SDK source; no document describes it */
  STATUS_STREAM_BEING_SHUTDOWN: 0x15000026,
  /** 0x15000027 — defined in the SDK source; no document describes it */
  STATUS_CLIENT_BEING_SHUTDOWN: 0x15000027,
  /** 0x15000027 — defined in the SDK source; no document describes it */
  STATUS_ECS_AUTH_RSP_FAILED: 0x15000027,
  /** 0x15000028 — defined in the SDK source; no document describes it */
  STATUS_CONTINUOUS_RETRY_RESET_FAILED: 0x15000028,
  /** 0x15000028 — defined in the SDK source; no document describes it */
  STATUS_MAX_ECS_TOKEN_LENGTH: 0x15000028,
  /** 0x15000029 — defined in the SDK source; no document describes it */
  STATUS_ECS_URI_LENGTH: 0x15000029,
  /** 0x16000001 — defined in the SDK source; no document describes it */
  STATUS_CURL_PERFORM_FAILED: 0x16000001,
  /** 0x16000002 — defined in the SDK source; no document describes it */
  STATUS_IOT_INVALID_RESPONSE_LENGTH: 0x16000002,
  /** 0x16000003 — defined in the SDK source; no document describes it */
  STATUS_IOT_NULL_AWS_CREDS: 0x16000003,
  /** 0x16000004 — defined in the SDK source; no document describes it */
  STATUS_IOT_INVALID_URI_LEN: 0x16000004,
  /** 0x16000005 — defined in the SDK source; no document describes it */
  STATUS_TIMESTAMP_STRING_UNRECOGNIZED_FORMAT: 0x16000005,
  /** 0x30000001 — An invalid content view item count was specified. For more information, see Producer SDK Limits. */
  STATUS_MIN_CONTENT_VIEW_ITEMS: 0x30000001,
  /** 0x30000002 — An invalid content view duration was specified. For more information, see Producer SDK Limits. */
  STATUS_INVALID_CONTENT_VIEW_DURATION: 0x30000002,
  /** 0x30000003 — An attempt was made to get past the head position. */
  STATUS_CONTENT_VIEW_NO_MORE_ITEMS: 0x30000003,
  /** 0x30000004 — An invalid index is specified. */
  STATUS_CONTENT_VIEW_INVALID_INDEX: 0x30000004,
  /** 0x30000005 — Invalid timestamp or the timestamp overlap. The frame decoding timestamp should be greater or equal to the pr… */
  STATUS_CONTENT_VIEW_INVALID_TIMESTAMP: 0x30000005,
  /** 0x30000006 — An invalid content view item data length was specified. */
  STATUS_INVALID_CONTENT_VIEW_LENGTH: 0x30000006,
  /** 0x32000001 — Invalid members of the Frame data structure. */
  STATUS_MKV_INVALID_FRAME_DATA: 0x32000001,
  /** 0x32000002 — Invalid frame timestamp. */
  STATUS_MKV_INVALID_FRAME_TIMESTAMP: 0x32000002,
  /** 0x32000003 — An invalid fragment duration was specified. */
  STATUS_MKV_INVALID_CLUSTER_DURATION: 0x32000003,
  /** 0x32000004 — Invalid content type string length. */
  STATUS_MKV_INVALID_CONTENT_TYPE_LENGTH: 0x32000004,
  /** 0x32000005 — There was an attempt to encode a number that's too large to be represented in EBML (Extensible Binary Meta La… */
  STATUS_MKV_NUMBER_TOO_BIG: 0x32000005,
  /** 0x32000006 — Invalid codec ID string length. */
  STATUS_MKV_INVALID_CODEC_ID_LENGTH: 0x32000006,
  /** 0x32000007 — Invalid track name string length. */
  STATUS_MKV_INVALID_TRACK_NAME_LENGTH: 0x32000007,
  /** 0x32000008 — Invalid codec private data length. */
  STATUS_MKV_INVALID_CODEC_PRIVATE_LENGTH: 0x32000008,
  /** 0x32000009 — The codec private data (CPD) is NULL, whereas the CPD size is greater than 0. */
  STATUS_MKV_CODEC_PRIVATE_NULL: 0x32000009,
  /** 0x3200000a — Invalid timecode scale value. */
  STATUS_MKV_INVALID_TIMECODE_SCALE: 0x3200000a,
  /** 0x3200000b — The frame timecode is greater than the maximum. */
  STATUS_MKV_MAX_FRAME_TIMECODE: 0x3200000b,
  /** 0x3200000c — The max frame timecode was reached. */
  STATUS_MKV_LARGE_FRAME_TIMECODE: 0x3200000c,
  /** 0x3200000d — An invalid Annex-B start code was encountered. */
  STATUS_MKV_INVALID_ANNEXB_NALU_IN_FRAME_DATA: 0x3200000d,
  /** 0x3200000e — Invalid AVCC NALu packaging when the adapting AVCC flag is specified. */
  STATUS_MKV_INVALID_AVCC_NALU_IN_FRAME_DATA: 0x3200000e,
  /** 0x3200000f — Both adapting AVCC and Annex-B NALs were specified. */
  STATUS_MKV_BOTH_ANNEXB_AND_AVCC_SPECIFIED: 0x3200000f,
  /** 0x32000010 — Invalid Annex-B format of CPD when the adapting Annex-B flag is specified. */
  STATUS_MKV_INVALID_ANNEXB_NALU_IN_CPD: 0x32000010,
  /** 0x32000011 — Kinesis Video Streams enforces the PTS (presentation timestamp) and DTS (decoding timestamp) to be the same f… */
  STATUS_MKV_PTS_DTS_ARE_NOT_SAME: 0x32000011,
  /** 0x32000012 — Failed to parse H264/H265 codec private data. */
  STATUS_MKV_INVALID_H264_H265_CPD: 0x32000012,
  /** 0x32000013 — Failed to extract the width from the codec private data. */
  STATUS_MKV_INVALID_H264_H265_SPS_WIDTH: 0x32000013,
  /** 0x32000014 — Failed to extract the height from codec private data. */
  STATUS_MKV_INVALID_H264_H265_SPS_HEIGHT: 0x32000014,
  /** 0x32000015 — Invalid H264/H265 SPS NALu. */
  STATUS_MKV_INVALID_H264_H265_SPS_NALU: 0x32000015,
  /** 0x32000016 — Invalid bitmap info header format in the codec private data. */
  STATUS_MKV_INVALID_BIH_CPD: 0x32000016,
  /** 0x32000017 — Invalid High Efficiency Video Coding (HEVC) Network Abstraction Layer units (NALU) count. */
  STATUS_MKV_INVALID_HEVC_NALU_COUNT: 0x32000017,
  /** 0x32000018 — Invalid HEVC format. */
  STATUS_MKV_INVALID_HEVC_FORMAT: 0x32000018,
  /** 0x32000019 — Missing HEVC NALUs in the Sequence Parameter Set (SPS). */
  STATUS_MKV_HEVC_SPS_NALU_MISSING: 0x32000019,
  /** 0x3200001a — Invalid HEVC SPS NALU size. */
  STATUS_MKV_INVALID_HEVC_SPS_NALU_SIZE: 0x3200001a,
  /** 0x3200001b — Invalid Chroma format IDC. */
  STATUS_MKV_INVALID_HEVC_SPS_CHROMA_FORMAT_IDC: 0x3200001b,
  /** 0x3200001c — Invalid HEVC reserved SPS. */
  STATUS_MKV_INVALID_HEVC_SPS_RESERVED: 0x3200001c,
  /** 0x3200001d — Minimum Annex-b codec private beta value size. */
  STATUS_MKV_MIN_ANNEX_B_CPD_SIZE: 0x3200001d,
  /** 0x3200001e — Missing codec private data in Annex-B NALUs. */
  STATUS_MKV_ANNEXB_CPD_MISSING_NALUS: 0x3200001e,
  /** 0x3200001f — Invalid codec private beta in Annex-B NALUs. */
  STATUS_MKV_INVALID_ANNEXB_CPD_NALUS: 0x3200001f,
  /** 0x32000020 — Invalid tag name length. */
  STATUS_MKV_INVALID_TAG_NAME_LENGTH: 0x32000020,
  /** 0x32000021 — Invalid tag value length. */
  STATUS_MKV_INVALID_TAG_VALUE_LENGTH: 0x32000021,
  /** 0x32000022 — Invalid generator state tags. */
  STATUS_MKV_INVALID_GENERATOR_STATE_TAGS: 0x32000022,
  /** 0x32000023 — Invalid AAC codec private data sampling frequency index. */
  STATUS_MKV_INVALID_AAC_CPD_SAMPLING_FREQUENCY_INDEX: 0x32000023,
  /** 0x32000024 — Invalid AAC codec private data channel configuration. */
  STATUS_MKV_INVALID_AAC_CPD_CHANNEL_CONFIG: 0x32000024,
  /** 0x32000025 — Invalid AAC codec private data. */
  STATUS_MKV_INVALID_AAC_CPD: 0x32000025,
  /** 0x32000026 — Track information not found. */
  STATUS_MKV_TRACK_INFO_NOT_FOUND: 0x32000026,
  /** 0x32000027 — Invalid segment UUID. */
  STATUS_MKV_INVALID_SEGMENT_UUID: 0x32000027,
  /** 0x32000028 — Invalid track UID. */
  STATUS_MKV_INVALID_TRACK_UID: 0x32000028,
  /** 0x32000029 — defined in the SDK source; no document describes it */
  STATUS_MKV_INVALID_CLIENT_ID_LENGTH: 0x32000029,
  /** 0x3200002a — defined in the SDK source; no document describes it */
  STATUS_MKV_INVALID_AMS_ACM_CPD: 0x3200002a,
  /** 0x3200002b — defined in the SDK source; no document describes it */
  STATUS_MKV_MISSING_SPS_FROM_H264_CPD: 0x3200002b,
  /** 0x3200002c — defined in the SDK source; no document describes it */
  STATUS_MKV_MISSING_PPS_FROM_H264_CPD: 0x3200002c,
  /** 0x3200002d — defined in the SDK source; no document describes it */
  STATUS_MKV_INVALID_PARENT_TYPE: 0x3200002d,
  /** 0x40000001 */
  STATUS_INVALID_BASE64_ENCODE: 0x40000001,
  /** 0x40000002 */
  STATUS_INVALID_BASE: 0x40000002,
  /** 0x40000003 */
  STATUS_INVALID_DIGIT: 0x40000003,
  /** 0x40000004 */
  STATUS_INT_OVERFLOW: 0x40000004,
  /** 0x40000005 */
  STATUS_EMPTY_STRING: 0x40000005,
  /** 0x40000006 */
  STATUS_DIRECTORY_OPEN_FAILED: 0x40000006,
  /** 0x40000007 */
  STATUS_PATH_TOO_LONG: 0x40000007,
  /** 0x40000008 */
  STATUS_UNKNOWN_DIR_ENTRY_TYPE: 0x40000008,
  /** 0x40000009 */
  STATUS_REMOVE_DIRECTORY_FAILED: 0x40000009,
  /** 0x4000000a */
  STATUS_REMOVE_FILE_FAILED: 0x4000000a,
  /** 0x4000000b */
  STATUS_REMOVE_LINK_FAILED: 0x4000000b,
  /** 0x4000000c */
  STATUS_DIRECTORY_ACCESS_DENIED: 0x4000000c,
  /** 0x4000000d */
  STATUS_DIRECTORY_MISSING_PATH: 0x4000000d,
  /** 0x4000000e */
  STATUS_DIRECTORY_ENTRY_STAT_ERROR: 0x4000000e,
  /** 0x4000000f — defined in the SDK source; no document describes it */
  STATUS_STRFTIME_FALIED: 0x4000000f,
  /** 0x40000010 — defined in the SDK source; no document describes it */
  STATUS_MAX_TIMESTAMP_FORMAT_STR_LEN_EXCEEDED: 0x40000010,
  /** 0x40000011 — defined in the SDK source; no document describes it */
  STATUS_UTIL_MAX_TAG_COUNT: 0x40000011,
  /** 0x40000012 — defined in the SDK source; no document describes it */
  STATUS_UTIL_INVALID_TAG_VERSION: 0x40000012,
  /** 0x40000013 — defined in the SDK source; no document describes it */
  STATUS_UTIL_TAGS_COUNT_NON_ZERO_TAGS_NULL: 0x40000013,
  /** 0x40000014 — defined in the SDK source; no document describes it */
  STATUS_UTIL_INVALID_TAG_NAME_LEN: 0x40000014,
  /** 0x40000015 — defined in the SDK source; no document describes it */
  STATUS_UTIL_INVALID_TAG_VALUE_LEN: 0x40000015,
  /** 0x4000002a — defined in the SDK source; no document describes it */
  STATUS_EXPONENTIAL_BACKOFF_INVALID_STATE: 0x4000002a,
  /** 0x4000002b — defined in the SDK source; no document describes it */
  STATUS_EXPONENTIAL_BACKOFF_RETRIES_EXHAUSTED: 0x4000002b,
  /** 0x4000002c — defined in the SDK source; no document describes it */
  STATUS_THREADPOOL_MAX_COUNT: 0x4000002c,
  /** 0x4000002d — defined in the SDK source; no document describes it */
  STATUS_THREADPOOL_INTERNAL_ERROR: 0x4000002d,
  /** 0x40100001 — defined in the SDK source; no document describes it */
  STATUS_HASH_KEY_NOT_PRESENT: 0x40100001,
  /** 0x40100002 — defined in the SDK source; no document describes it */
  STATUS_HASH_KEY_ALREADY_PRESENT: 0x40100002,
  /** 0x40100003 — defined in the SDK source; no document describes it */
  STATUS_HASH_ENTRY_ITERATION_ABORT: 0x40100003,
  /** 0x41000001 — defined in the SDK source; no document describes it */
  STATUS_BIT_READER_OUT_OF_RANGE: 0x41000001,
  /** 0x41000002 — defined in the SDK source; no document describes it */
  STATUS_BIT_READER_INVALID_SIZE: 0x41000002,
  /** 0x41100001 — defined in the SDK source; no document describes it */
  STATUS_TIMER_QUEUE_STOP_SCHEDULING: 0x41100001,
  /** 0x41100002 — defined in the SDK source; no document describes it */
  STATUS_INVALID_TIMER_COUNT_VALUE: 0x41100002,
  /** 0x41100003 — defined in the SDK source; no document describes it */
  STATUS_INVALID_TIMER_PERIOD_VALUE: 0x41100003,
  /** 0x41100004 — defined in the SDK source; no document describes it */
  STATUS_MAX_TIMER_COUNT_REACHED: 0x41100004,
  /** 0x41100005 — defined in the SDK source; no document describes it */
  STATUS_TIMER_QUEUE_SHUTDOWN: 0x41100005,
  /** 0x41200001 — defined in the SDK source; no document describes it */
  STATUS_SEMAPHORE_OPERATION_AFTER_SHUTDOWN: 0x41200001,
  /** 0x41200002 — defined in the SDK source; no document describes it */
  STATUS_SEMAPHORE_ACQUIRE_WHEN_LOCKED: 0x41200002,
  /** 0x41300001 — defined in the SDK source; no document describes it */
  STATUS_FILE_LOGGER_INDEX_FILE_INVALID_SIZE: 0x41300001,
  /** 0x52000001 — The maximum stream count was reached. */
  STATUS_MAX_STREAM_COUNT: 0x52000001,
  /** 0x52000002 — Minimum stream count error. */
  STATUS_MIN_STREAM_COUNT: 0x52000002,
  /** 0x52000003 — Invalid device name length. */
  STATUS_INVALID_DEVICE_NAME_LENGTH: 0x52000003,
  /** 0x52000004 — Invalid DeviceInfo structure version. */
  STATUS_INVALID_DEVICE_INFO_VERSION: 0x52000004,
  /** 0x52000005 — The maximum tag count was reached. */
  STATUS_MAX_TAG_COUNT: 0x52000005,
  /** 0x52000006 */
  STATUS_DEVICE_FINGERPRINT_LENGTH: 0x52000006,
  /** 0x52000007 — Invalid Callbacks structure version. */
  STATUS_INVALID_CALLBACKS_VERSION: 0x52000007,
  /** 0x52000008 — Invalid StreamInfo structure version. */
  STATUS_INVALID_STREAM_INFO_VERSION: 0x52000008,
  /** 0x52000009 — Invalid stream name length. */
  STATUS_INVALID_STREAM_NAME_LENGTH: 0x52000009,
  /** 0x5200000a — An invalid storage size was specified. */
  STATUS_INVALID_STORAGE_SIZE: 0x5200000a,
  /** 0x5200000b — Invalid root directory string length. */
  STATUS_INVALID_ROOT_DIRECTORY_LENGTH: 0x5200000b,
  /** 0x5200000c — Invalid spill ratio. */
  STATUS_INVALID_SPILL_RATIO: 0x5200000c,
  /** 0x5200000d — Invalid StorageInfo structure version. */
  STATUS_INVALID_STORAGE_INFO_VERSION: 0x5200000d,
  /** 0x5200000e — The stream is in a state that doesn't permit the current operation. */
  STATUS_INVALID_STREAM_STATE: 0x5200000e,
  /** 0x5200000f — The Callbacks structure has missing function entry points for some mandatory functions. */
  STATUS_SERVICE_CALL_CALLBACKS_MISSING: 0x5200000f,
  /** 0x52000010 — Not authorized. */
  STATUS_SERVICE_CALL_NOT_AUTHORIZED_ERROR: 0x52000010,
  /** 0x52000011 — DescribeStream API failure. */
  STATUS_DESCRIBE_STREAM_CALL_FAILED: 0x52000011,
  /** 0x52000012 — Invalid DescribeStreamResponse structure. */
  STATUS_INVALID_DESCRIBE_STREAM_RESPONSE: 0x52000012,
  /** 0x52000013 — The stream is being deleted. */
  STATUS_STREAM_IS_BEING_DELETED_ERROR: 0x52000013,
  /** 0x52000014 — Invalid arguments were specified for the service call. */
  STATUS_SERVICE_CALL_INVALID_ARG_ERROR: 0x52000014,
  /** 0x52000015 — The device was not found. */
  STATUS_SERVICE_CALL_DEVICE_NOT_FOND_ERROR: 0x52000015,
  /** 0x52000016 — The device was not provisioned. */
  STATUS_SERVICE_CALL_DEVICE_NOT_PROVISIONED_ERROR: 0x52000016,
  /** 0x52000017 — Generic resource not found returned from the service. */
  STATUS_SERVICE_CALL_RESOURCE_NOT_FOUND_ERROR: 0x52000017,
  /** 0x52000018 — Invalid auth info length. */
  STATUS_INVALID_AUTH_LEN: 0x52000018,
  /** 0x52000019 — The CreateStream API call failed. */
  STATUS_CREATE_STREAM_CALL_FAILED: 0x52000019,
  /** 0x5200002a — The GetStreamingToken call failed. */
  STATUS_GET_STREAMING_TOKEN_CALL_FAILED: 0x5200002a,
  /** 0x5200002b — The GetStreamingEndpoint API call failed. */
  STATUS_GET_STREAMING_ENDPOINT_CALL_FAILED: 0x5200002b,
  /** 0x5200002c — An invalid URI string length was returned from the GetStreamingEndpoint API. */
  STATUS_INVALID_URI_LEN: 0x5200002c,
  /** 0x5200002d — The PutMedia API call failed. */
  STATUS_PUT_STREAM_CALL_FAILED: 0x5200002d,
  /** 0x5200002e — The content store is out of memory. */
  STATUS_STORE_OUT_OF_MEMORY: 0x5200002e,
  /** 0x5200002f — No more data is available currently for a stream. */
  STATUS_NO_MORE_DATA_AVAILABLE: 0x5200002f,
  /** 0x52000030 — Invalid Tag structure version. */
  STATUS_INVALID_TAG_VERSION: 0x52000030,
  /** 0x52000031 — An unknown or generic error was returned from the networking stack. */
  STATUS_SERVICE_CALL_UNKOWN_ERROR: 0x52000031,
  /** 0x52000032 — Resource in use. */
  STATUS_SERVICE_CALL_RESOURCE_IN_USE_ERROR: 0x52000032,
  /** 0x52000033 — Client limit. */
  STATUS_SERVICE_CALL_CLIENT_LIMIT_ERROR: 0x52000033,
  /** 0x52000034 — Device limit. */
  STATUS_SERVICE_CALL_DEVICE_LIMIT_ERROR: 0x52000034,
  /** 0x52000035 — Stream limit. */
  STATUS_SERVICE_CALL_STREAM_LIMIT_ERROR: 0x52000035,
  /** 0x52000036 — The resource was deleted or is being deleted. */
  STATUS_SERVICE_CALL_RESOURCE_DELETED_ERROR: 0x52000036,
  /** 0x52000037 — The service call timed out. */
  STATUS_SERVICE_CALL_TIMEOUT_ERROR: 0x52000037,
  /** 0x52000038 — Stream ready notification. */
  STATUS_STREAM_READY_CALLBACK_FAILED: 0x52000038,
  /** 0x52000039 — Invalid tags were specified. */
  STATUS_DEVICE_TAGS_COUNT_NON_ZERO_TAGS_NULL: 0x52000039,
  /** 0x5200003a — Invalid StreamDescription structure version. */
  STATUS_INVALID_STREAM_DESCRIPTION_VERSION: 0x5200003a,
  /** 0x5200003b — Invalid tag name length. */
  STATUS_INVALID_TAG_NAME_LEN: 0x5200003b,
  /** 0x5200003c — Invalid tag value length. */
  STATUS_INVALID_TAG_VALUE_LEN: 0x5200003c,
  /** 0x5200003d — The TagResource API failed. */
  STATUS_TAG_STREAM_CALL_FAILED: 0x5200003d,
  /** 0x5200003e — Invalid custom data calling PIC APIs. */
  STATUS_INVALID_CUSTOM_DATA: 0x5200003e,
  /** 0x5200003f — Invalid CreateStreamResponse structure. */
  STATUS_INVALID_CREATE_STREAM_RESPONSE: 0x5200003f,
  /** 0x52000040 — Client auth failed. */
  STATUS_CLIENT_AUTH_CALL_FAILED: 0x52000040,
  /** 0x52000041 — Getting the security token call failed. */
  STATUS_GET_CLIENT_TOKEN_CALL_FAILED: 0x52000041,
  /** 0x52000042 — Provisioning error. */
  STATUS_CLIENT_PROVISION_CALL_FAILED: 0x52000042,
  /** 0x52000043 — Failed to create the producer client. */
  STATUS_CREATE_CLIENT_CALL_FAILED: 0x52000043,
  /** 0x52000044 — Failed to get the producer client to a READY state. */
  STATUS_CLIENT_READY_CALLBACK_FAILED: 0x52000044,
  /** 0x52000045 — The TagResource for the producer client failed. */
  STATUS_TAG_CLIENT_CALL_FAILED: 0x52000045,
  /** 0x52000046 — Device/Producer creation failed. */
  STATUS_INVALID_CREATE_DEVICE_RESPONSE: 0x52000046,
  /** 0x52000047 — The timestamp of the received ACK is not in the view. */
  STATUS_ACK_TIMESTAMP_NOT_IN_VIEW_WINDOW: 0x52000047,
  /** 0x52000048 — Invalid FragmentAck structure version. */
  STATUS_INVALID_FRAGMENT_ACK_VERSION: 0x52000048,
  /** 0x52000049 — Invalid security token expiration. */
  STATUS_INVALID_TOKEN_EXPIRATION: 0x52000049,
  /** 0x5200004a — End of stream (EOS) indicator. */
  STATUS_END_OF_STREAM: 0x5200004a,
  /** 0x5200004b — Duplicate stream name. */
  STATUS_DUPLICATE_STREAM_NAME: 0x5200004b,
  /** 0x5200004c — Invalid retention period. */
  STATUS_INVALID_RETENTION_PERIOD: 0x5200004c,
  /** 0x5200004d — Invalid FragmentAck. */
  STATUS_INVALID_ACK_KEY_START: 0x5200004d,
  /** 0x5200004e — Invalid FragmentAck. */
  STATUS_INVALID_ACK_DUPLICATE_KEY_NAME: 0x5200004e,
  /** 0x5200004f — Invalid FragmentAck. */
  STATUS_INVALID_ACK_INVALID_VALUE_START: 0x5200004f,
  /** 0x52000050 — Invalid FragmentAck. */
  STATUS_INVALID_ACK_INVALID_VALUE_END: 0x52000050,
  /** 0x52000051 — Invalid FragmentAck. */
  STATUS_INVALID_PARSED_ACK_TYPE: 0x52000051,
  /** 0x52000052 — Stream was stopped. */
  STATUS_STREAM_HAS_BEEN_STOPPED: 0x52000052,
  /** 0x52000053 — Invalid StreamMetrics structure version. */
  STATUS_INVALID_STREAM_METRICS_VERSION: 0x52000053,
  /** 0x52000054 — Invalid ClientMetrics structure version. */
  STATUS_INVALID_CLIENT_METRICS_VERSION: 0x52000054,
  /** 0x52000055 — Producer initialization failed to reach a READY state. */
  STATUS_INVALID_CLIENT_READY_STATE: 0x52000055,
  /** 0x52000056 — Internal state machine error. */
  STATUS_STATE_MACHINE_STATE_NOT_FOUND: 0x52000056,
  /** 0x52000057 — Invalid ACK type is specified in the FragmentAck structure. */
  STATUS_INVALID_FRAGMENT_ACK_TYPE: 0x52000057,
  /** 0x52000058 — Internal state machine transition error. */
  STATUS_INVALID_STREAM_READY_STATE: 0x52000058,
  /** 0x52000059 — The stream object was freed after the producer was freed. */
  STATUS_CLIENT_FREED_BEFORE_STREAM: 0x52000059,
  /** 0x5200005a — Internal storage error. */
  STATUS_ALLOCATION_SIZE_SMALLER_THAN_REQUESTED: 0x5200005a,
  /** 0x5200005b — Internal storage error. */
  STATUS_VIEW_ITEM_SIZE_GREATER_THAN_ALLOCATION: 0x5200005b,
  /** 0x5200005c — Stream read error ACK. */
  STATUS_ACK_ERR_STREAM_READ_ERROR: 0x5200005c,
  /** 0x5200005d — The maximum fragment size was reached. */
  STATUS_ACK_ERR_FRAGMENT_SIZE_REACHED: 0x5200005d,
  /** 0x5200005e — The maximum fragment duration was reached. */
  STATUS_ACK_ERR_FRAGMENT_DURATION_REACHED: 0x5200005e,
  /** 0x5200005f — The maximum connection duration was reached. */
  STATUS_ACK_ERR_CONNECTION_DURATION_REACHED: 0x5200005f,
  /** 0x52000060 — Timecodes are not monotonically increasing. */
  STATUS_ACK_ERR_FRAGMENT_TIMECODE_NOT_MONOTONIC: 0x52000060,
  /** 0x52000061 — Multiple tracks in the MKV. */
  STATUS_ACK_ERR_MULTI_TRACK_MKV: 0x52000061,
  /** 0x52000062 — Invalid MKV data. */
  STATUS_ACK_ERR_INVALID_MKV_DATA: 0x52000062,
  /** 0x52000063 — Invalid producer timestamp. */
  STATUS_ACK_ERR_INVALID_PRODUCER_TIMESTAMP: 0x52000063,
  /** 0x52000064 — Inactive stream. */
  STATUS_ACK_ERR_STREAM_NOT_ACTIVE: 0x52000064,
  /** 0x52000065 — AWS KMS access denied error. */
  STATUS_ACK_ERR_KMS_KEY_ACCESS_DENIED: 0x52000065,
  /** 0x52000066 — AWS KMS key is disabled */
  STATUS_ACK_ERR_KMS_KEY_DISABLED: 0x52000066,
  /** 0x52000067 — AWS KMS key validation error. */
  STATUS_ACK_ERR_KMS_KEY_VALIDATION_ERROR: 0x52000067,
  /** 0x52000068 — AWS KMS key unavailable. */
  STATUS_ACK_ERR_KMS_KEY_UNAVAILABLE: 0x52000068,
  /** 0x52000069 — Invalid use of AWS KMS key. */
  STATUS_ACK_ERR_KMS_KEY_INVALID_USAGE: 0x52000069,
  /** 0x5200006a — AWS KMS invalid state. */
  STATUS_ACK_ERR_KMS_KEY_INVALID_STATE: 0x5200006a,
  /** 0x5200006b — AWS KMS key not found. */
  STATUS_ACK_ERR_KMS_KEY_NOT_FOUND: 0x5200006b,
  /** 0x5200006c — The stream has been or is being deleted. */
  STATUS_ACK_ERR_STREAM_DELETED: 0x5200006c,
  /** 0x5200006d — Internal error. */
  STATUS_ACK_ERR_ACK_INTERNAL_ERROR: 0x5200006d,
  /** 0x5200006e — Fragment archival error. */
  STATUS_ACK_ERR_FRAGMENT_ARCHIVAL_ERROR: 0x5200006e,
  /** 0x5200006f — Unknown error. */
  STATUS_ACK_ERR_UNKNOWN_ACK_ERROR: 0x5200006f,
  /** 0x52000070 — Missing ACK information. */
  STATUS_MISSING_ERR_ACK_ID: 0x52000070,
  /** 0x52000071 — Invalid ACK segment length. */
  STATUS_INVALID_ACK_SEGMENT_LEN: 0x52000071,
  /** 0x52000072 — defined in the SDK source; no document describes it */
  STATUS_AWAITING_PERSISTED_ACK: 0x52000072,
  /** 0x52000073 — defined in the SDK source; no document describes it */
  STATUS_PERSISTED_ACK_TIMEOUT: 0x52000073,
  /** 0x52000074 — The maximum number of metadata items has been added to a fragment. */
  STATUS_MAX_FRAGMENT_METADATA_COUNT: 0x52000074,
  /** 0x52000075 — A limit (maximum metadata count, metadata name length, or metadata value length) has been reached. */
  STATUS_ACK_ERR_FRAGMENT_METADATA_LIMIT_REACHED: 0x52000075,
  /** 0x52000076 — Not implemented. */
  STATUS_BLOCKING_PUT_INTERRUPTED_STREAM_TERMINATED: 0x52000076,
  /** 0x52000077 — The metadata name is not valid. */
  STATUS_INVALID_METADATA_NAME: 0x52000077,
  /** 0x52000078 — The end of a fragment frame is in an invalid state. */
  STATUS_END_OF_FRAGMENT_FRAME_INVALID_STATE: 0x52000078,
  /** 0x52000079 — Track information is missing. */
  STATUS_TRACK_INFO_MISSING: 0x52000079,
  /** 0x5200007a — Maximum track count is exceeded. */
  STATUS_MAX_TRACK_COUNT_EXCEEDED: 0x5200007a,
  /** 0x5200007b — The offline streaming mode retention time is set to zero. */
  STATUS_OFFLINE_MODE_WITH_ZERO_RETENTION: 0x5200007b,
  /** 0x5200007c — The track number of the error ACK is mismatched. */
  STATUS_ACK_ERR_TRACK_NUMBER_MISMATCH: 0x5200007c,
  /** 0x5200007d — Frames missing for a track. */
  STATUS_ACK_ERR_FRAMES_MISSING_FOR_TRACK: 0x5200007d,
  /** 0x5200007e — Maximum allowed number of tracks is exceeded. */
  STATUS_ACK_ERR_MORE_THAN_ALLOWED_TRACKS_FOUND: 0x5200007e,
  /** 0x5200007f — Upload handle is aborted. */
  STATUS_UPLOAD_HANDLE_ABORTED: 0x5200007f,
  /** 0x52000080 — Invalid certificate path length. */
  STATUS_INVALID_CERT_PATH_LENGTH: 0x52000080,
  /** 0x52000081 — Duplicate track ID found. */
  STATUS_DUPLICATE_TRACK_ID_FOUND: 0x52000081,
  /** 0x52000082 — defined in the SDK source; no document describes it */
  STATUS_INVALID_CLIENT_INFO_VERSION: 0x52000082,
  /** 0x52000083 — defined in the SDK source; no document describes it */
  STATUS_INVALID_CLIENT_ID_STRING_LENGTH: 0x52000083,
  /** 0x52000084 — defined in the SDK source; no document describes it */
  STATUS_SETTING_KEY_FRAME_FLAG_WHILE_USING_EOFR: 0x52000084,
  /** 0x52000085 — defined in the SDK source; no document describes it */
  STATUS_MAX_FRAME_TIMESTAMP_DELTA_BETWEEN_TRACKS_EXCEEDED: 0x52000085,
  /** 0x52000086 — defined in the SDK source; no document describes it */
  STATUS_STREAM_SHUTTING_DOWN: 0x52000086,
  /** 0x52000087 — defined in the SDK source; no document describes it */
  STATUS_CLIENT_SHUTTING_DOWN: 0x52000087,
  /** 0x52000088 — defined in the SDK source; no document describes it */
  STATUS_PUTMEDIA_LAST_PERSIST_ACK_NOT_RECEIVED: 0x52000088,
  /** 0x52000089 — defined in the SDK source; no document describes it */
  STATUS_NON_ALIGNED_HEAP_WITH_IN_CONTENT_STORE_ALLOCATORS: 0x52000089,
  /** 0x5200008a — defined in the SDK source; no document describes it */
  STATUS_MULTIPLE_CONSECUTIVE_EOFR: 0x5200008a,
  /** 0x5200008b — defined in the SDK source; no document describes it */
  STATUS_DUPLICATE_STREAM_EVENT_TYPE: 0x5200008b,
  /** 0x5200008c — defined in the SDK source; no document describes it */
  STATUS_STREAM_NOT_STARTED: 0x5200008c,
  /** 0x5200008d — defined in the SDK source; no document describes it */
  STATUS_INVALID_IMAGE_PREFIX_LENGTH: 0x5200008d,
  /** 0x5200008e — defined in the SDK source; no document describes it */
  STATUS_INVALID_IMAGE_METADATA_KEY_LENGTH: 0x5200008e,
  /** 0x5200008f — defined in the SDK source; no document describes it */
  STATUS_INVALID_IMAGE_METADATA_VALUE_LENGTH: 0x5200008f,
  /** 0x5200009a — defined in the SDK source; no document describes it */
  STATUS_STATE_MACHINE_NAME_LEN_INVALID: 0x5200009a,
  /** 0xffffffffffffffff */
  INVALID_DURATION_VALUE: 0xffffffffffffffffn,
} as const);

/** A name in KvsStatus. @example const name: KvsStatusName = 'STATUS_NULL_ARG'; */
export type KvsStatusName = keyof typeof KvsStatus;
