// Generated from the catalog by src/constants/generate.ts during `npm run build`. Do not edit.

/**
 * Amazon Kinesis Video Streams WebRTC C SDK (aws-kvs-webrtc): every code of the catalog by name.
 * @example if (code === KvsWebrtcStatus.STATUS_SESSION_DESCRIPTION_INIT_NOT_OBJECT) { … }
 */
export const KvsWebrtcStatus = Object.freeze({
  /** 0x55000001 — defined in the SDK source; no document describes it */
  STATUS_SESSION_DESCRIPTION_INIT_NOT_OBJECT: 0x55000001,
  /** 0x55000002 — defined in the SDK source; no document describes it */
  STATUS_SESSION_DESCRIPTION_INIT_MISSING_SDP_OR_TYPE_MEMBER: 0x55000002,
  /** 0x55000003 — defined in the SDK source; no document describes it */
  STATUS_SESSION_DESCRIPTION_INIT_INVALID_TYPE: 0x55000003,
  /** 0x55000004 — defined in the SDK source; no document describes it */
  STATUS_SESSION_DESCRIPTION_INIT_MISSING_SDP: 0x55000004,
  /** 0x55000005 — defined in the SDK source; no document describes it */
  STATUS_SESSION_DESCRIPTION_INIT_MISSING_TYPE: 0x55000005,
  /** 0x55000006 — defined in the SDK source; no document describes it */
  STATUS_SESSION_DESCRIPTION_INIT_MAX_SDP_LEN_EXCEEDED: 0x55000006,
  /** 0x55000007 — defined in the SDK source; no document describes it */
  STATUS_SESSION_DESCRIPTION_INVALID_SESSION_DESCRIPTION: 0x55000007,
  /** 0x55000008 — defined in the SDK source; no document describes it */
  STATUS_SESSION_DESCRIPTION_MISSING_ICE_VALUES: 0x55000008,
  /** 0x55000009 — defined in the SDK source; no document describes it */
  STATUS_SESSION_DESCRIPTION_MISSING_CERTIFICATE_FINGERPRINT: 0x55000009,
  /** 0x5500000a — defined in the SDK source; no document describes it */
  STATUS_SESSION_DESCRIPTION_MAX_MEDIA_COUNT: 0x5500000a,
  /** 0x56000001 — defined in the SDK source; no document describes it */
  STATUS_SDP_MISSING_ITEMS: 0x56000001,
  /** 0x56000002 — defined in the SDK source; no document describes it */
  STATUS_SDP_ATTRIBUTES_ERROR: 0x56000002,
  /** 0x56000003 — defined in the SDK source; no document describes it */
  STATUS_SDP_BANDWIDTH_ERROR: 0x56000003,
  /** 0x56000004 — defined in the SDK source; no document describes it */
  STATUS_SDP_CONNECTION_INFORMATION_ERROR: 0x56000004,
  /** 0x56000005 — defined in the SDK source; no document describes it */
  STATUS_SDP_EMAIL_ADDRESS_ERROR: 0x56000005,
  /** 0x56000006 — defined in the SDK source; no document describes it */
  STATUS_SDP_ENCYRPTION_KEY_ERROR: 0x56000006,
  /** 0x56000007 — defined in the SDK source; no document describes it */
  STATUS_SDP_INFORMATION_ERROR: 0x56000007,
  /** 0x56000008 — defined in the SDK source; no document describes it */
  STATUS_SDP_MEDIA_NAME_ERROR: 0x56000008,
  /** 0x56000009 — defined in the SDK source; no document describes it */
  STATUS_SDP_ORIGIN_ERROR: 0x56000009,
  /** 0x5600000a — defined in the SDK source; no document describes it */
  STATUS_SDP_PHONE_NUMBER_ERROR: 0x5600000a,
  /** 0x5600000b — defined in the SDK source; no document describes it */
  STATUS_SDP_TIME_DECRYPTION_ERROR: 0x5600000b,
  /** 0x5600000c — defined in the SDK source; no document describes it */
  STATUS_SDP_TIMEZONE_ERROR: 0x5600000c,
  /** 0x5600000d — defined in the SDK source; no document describes it */
  STATUS_SDP_URI_ERROR: 0x5600000d,
  /** 0x5600000e — defined in the SDK source; no document describes it */
  STATUS_SDP_VERSION_ERROR: 0x5600000e,
  /** 0x5600000f — defined in the SDK source; no document describes it */
  STATUS_SDP_ATTRIBUTE_MAX_EXCEEDED: 0x5600000f,
  /** 0x57000001 — defined in the SDK source; no document describes it */
  STATUS_STUN_MESSAGE_INTEGRITY_NOT_LAST: 0x57000001,
  /** 0x57000002 — defined in the SDK source; no document describes it */
  STATUS_STUN_MESSAGE_INTEGRITY_SIZE_ALIGNMENT: 0x57000002,
  /** 0x57000003 — defined in the SDK source; no document describes it */
  STATUS_STUN_FINGERPRINT_NOT_LAST: 0x57000003,
  /** 0x57000004 — defined in the SDK source; no document describes it */
  STATUS_STUN_MAGIC_COOKIE_MISMATCH: 0x57000004,
  /** 0x57000005 — defined in the SDK source; no document describes it */
  STATUS_STUN_INVALID_ADDRESS_ATTRIBUTE_LENGTH: 0x57000005,
  /** 0x57000006 — defined in the SDK source; no document describes it */
  STATUS_STUN_INVALID_USERNAME_ATTRIBUTE_LENGTH: 0x57000006,
  /** 0x57000007 — defined in the SDK source; no document describes it */
  STATUS_STUN_INVALID_MESSAGE_INTEGRITY_ATTRIBUTE_LENGTH: 0x57000007,
  /** 0x57000008 — defined in the SDK source; no document describes it */
  STATUS_STUN_INVALID_FINGERPRINT_ATTRIBUTE_LENGTH: 0x57000008,
  /** 0x57000009 — defined in the SDK source; no document describes it */
  STATUS_STUN_MULTIPLE_MESSAGE_INTEGRITY_ATTRIBUTES: 0x57000009,
  /** 0x5700000a — defined in the SDK source; no document describes it */
  STATUS_STUN_MULTIPLE_FINGERPRINT_ATTRIBUTES: 0x5700000a,
  /** 0x5700000b — defined in the SDK source; no document describes it */
  STATUS_STUN_ATTRIBUTES_AFTER_FINGERPRINT_MESSAGE_INTEGRITY: 0x5700000b,
  /** 0x5700000c — defined in the SDK source; no document describes it */
  STATUS_STUN_MESSAGE_INTEGRITY_AFTER_FINGERPRINT: 0x5700000c,
  /** 0x5700000d — defined in the SDK source; no document describes it */
  STATUS_STUN_MAX_ATTRIBUTE_COUNT: 0x5700000d,
  /** 0x5700000e — defined in the SDK source; no document describes it */
  STATUS_STUN_MESSAGE_INTEGRITY_MISMATCH: 0x5700000e,
  /** 0x5700000f — defined in the SDK source; no document describes it */
  STATUS_STUN_FINGERPRINT_MISMATCH: 0x5700000f,
  /** 0x57000010 — defined in the SDK source; no document describes it */
  STATUS_STUN_INVALID_PRIORITY_ATTRIBUTE_LENGTH: 0x57000010,
  /** 0x57000011 — defined in the SDK source; no document describes it */
  STATUS_STUN_INVALID_USE_CANDIDATE_ATTRIBUTE_LENGTH: 0x57000011,
  /** 0x57000012 — defined in the SDK source; no document describes it */
  STATUS_STUN_INVALID_LIFETIME_ATTRIBUTE_LENGTH: 0x57000012,
  /** 0x57000013 — defined in the SDK source; no document describes it */
  STATUS_STUN_INVALID_REQUESTED_TRANSPORT_ATTRIBUTE_LENGTH: 0x57000013,
  /** 0x57000014 — defined in the SDK source; no document describes it */
  STATUS_STUN_INVALID_REALM_ATTRIBUTE_LENGTH: 0x57000014,
  /** 0x57000015 — defined in the SDK source; no document describes it */
  STATUS_STUN_INVALID_NONCE_ATTRIBUTE_LENGTH: 0x57000015,
  /** 0x57000016 — defined in the SDK source; no document describes it */
  STATUS_STUN_INVALID_ERROR_CODE_ATTRIBUTE_LENGTH: 0x57000016,
  /** 0x57000017 — defined in the SDK source; no document describes it */
  STATUS_STUN_INVALID_ICE_CONTROL_ATTRIBUTE_LENGTH: 0x57000017,
  /** 0x57000018 — defined in the SDK source; no document describes it */
  STATUS_STUN_INVALID_CHANNEL_NUMBER_ATTRIBUTE_LENGTH: 0x57000018,
  /** 0x57000019 — defined in the SDK source; no document describes it */
  STATUS_STUN_INVALID_CHANGE_REQUEST_ATTRIBUTE_LENGTH: 0x57000019,
  /** 0x58000016 — defined in the SDK source; no document describes it */
  STATUS_GET_LOCAL_IP_ADDRESSES_FAILED: 0x58000016,
  /** 0x58000017 — defined in the SDK source; no document describes it */
  STATUS_CREATE_UDP_SOCKET_FAILED: 0x58000017,
  /** 0x58000018 — defined in the SDK source; no document describes it */
  STATUS_BINDING_SOCKET_FAILED: 0x58000018,
  /** 0x58000019 — defined in the SDK source; no document describes it */
  STATUS_GET_PORT_NUMBER_FAILED: 0x58000019,
  /** 0x5800001a — defined in the SDK source; no document describes it */
  STATUS_SEND_DATA_FAILED: 0x5800001a,
  /** 0x5800001b — defined in the SDK source; no document describes it */
  STATUS_RESOLVE_HOSTNAME_FAILED: 0x5800001b,
  /** 0x5800001c — defined in the SDK source; no document describes it */
  STATUS_HOSTNAME_NOT_FOUND: 0x5800001c,
  /** 0x5800001d — defined in the SDK source; no document describes it */
  STATUS_SOCKET_CONNECT_FAILED: 0x5800001d,
  /** 0x5800001e — defined in the SDK source; no document describes it */
  STATUS_CREATE_SSL_FAILED: 0x5800001e,
  /** 0x5800001f — defined in the SDK source; no document describes it */
  STATUS_SSL_CONNECTION_FAILED: 0x5800001f,
  /** 0x58000020 — defined in the SDK source; no document describes it */
  STATUS_SECURE_SOCKET_READ_FAILED: 0x58000020,
  /** 0x58000021 — defined in the SDK source; no document describes it */
  STATUS_SOCKET_CONNECTION_NOT_READY_TO_SEND: 0x58000021,
  /** 0x58000022 — defined in the SDK source; no document describes it */
  STATUS_SOCKET_CONNECTION_CLOSED_ALREADY: 0x58000022,
  /** 0x58000023 — defined in the SDK source; no document describes it */
  STATUS_SOCKET_SET_SEND_BUFFER_SIZE_FAILED: 0x58000023,
  /** 0x58000024 — defined in the SDK source; no document describes it */
  STATUS_GET_SOCKET_FLAG_FAILED: 0x58000024,
  /** 0x58000025 — defined in the SDK source; no document describes it */
  STATUS_SET_SOCKET_FLAG_FAILED: 0x58000025,
  /** 0x58000026 — defined in the SDK source; no document describes it */
  STATUS_CLOSE_SOCKET_FAILED: 0x58000026,
  /** 0x58000027 — defined in the SDK source; no document describes it */
  STATUS_CREATE_SOCKET_PAIR_FAILED: 0x58000027,
  /** 0x58000028 — defined in the SDK source; no document describes it */
  STATUS_SOCKET_WRITE_FAILED: 0x58000028,
  /** 0x58000029 — defined in the SDK source; no document describes it */
  STATUS_INVALID_ADDRESS_LENGTH: 0x58000029,
  /** 0x59000001 — defined in the SDK source; no document describes it */
  STATUS_CERTIFICATE_GENERATION_FAILED: 0x59000001,
  /** 0x59000002 — defined in the SDK source; no document describes it */
  STATUS_SSL_CTX_CREATION_FAILED: 0x59000002,
  /** 0x59000003 — defined in the SDK source; no document describes it */
  STATUS_SSL_REMOTE_CERTIFICATE_VERIFICATION_FAILED: 0x59000003,
  /** 0x59000004 — defined in the SDK source; no document describes it */
  STATUS_SSL_PACKET_BEFORE_DTLS_READY: 0x59000004,
  /** 0x59000005 — defined in the SDK source; no document describes it */
  STATUS_SSL_UNKNOWN_SRTP_PROFILE: 0x59000005,
  /** 0x59000006 — defined in the SDK source; no document describes it */
  STATUS_SSL_INVALID_CERTIFICATE_BITS: 0x59000006,
  /** 0x59000007 — defined in the SDK source; no document describes it */
  STATUS_DTLS_SESSION_ALREADY_FREED: 0x59000007,
  /** 0x5a000001 — defined in the SDK source; no document describes it */
  STATUS_ICE_AGENT_NO_SELECTED_CANDIDATE_AVAILABLE: 0x5a000001,
  /** 0x5a000002 — defined in the SDK source; no document describes it */
  STATUS_ICE_CANDIDATE_STRING_MISSING_PORT: 0x5a000002,
  /** 0x5a000003 — defined in the SDK source; no document describes it */
  STATUS_ICE_CANDIDATE_STRING_MISSING_IP: 0x5a000003,
  /** 0x5a000004 — defined in the SDK source; no document describes it */
  STATUS_ICE_CANDIDATE_STRING_INVALID_IP: 0x5a000004,
  /** 0x5a000005 — defined in the SDK source; no document describes it */
  STATUS_ICE_CANDIDATE_STRING_IS_TCP: 0x5a000005,
  /** 0x5a000006 — defined in the SDK source; no document describes it */
  STATUS_ICE_FAILED_TO_COMPUTE_MD5_FOR_LONG_TERM_CREDENTIAL: 0x5a000006,
  /** 0x5a000007 — defined in the SDK source; no document describes it */
  STATUS_ICE_URL_INVALID_PREFIX: 0x5a000007,
  /** 0x5a000008 — defined in the SDK source; no document describes it */
  STATUS_ICE_URL_TURN_MISSING_USERNAME: 0x5a000008,
  /** 0x5a000009 — defined in the SDK source; no document describes it */
  STATUS_ICE_URL_TURN_MISSING_CREDENTIAL: 0x5a000009,
  /** 0x5a00000a — defined in the SDK source; no document describes it */
  STATUS_ICE_AGENT_STATE_CHANGE_FAILED: 0x5a00000a,
  /** 0x5a00000b — defined in the SDK source; no document describes it */
  STATUS_ICE_NO_LOCAL_CANDIDATE_AVAILABLE_AFTER_GATHERING_TIMEOUT: 0x5a00000b,
  /** 0x5a00000c — defined in the SDK source; no document describes it */
  STATUS_ICE_AGENT_TERMINATED_ALREADY: 0x5a00000c,
  /** 0x5a00000d — defined in the SDK source; no document describes it */
  STATUS_ICE_NO_CONNECTED_CANDIDATE_PAIR: 0x5a00000d,
  /** 0x5a00000e — defined in the SDK source; no document describes it */
  STATUS_ICE_CANDIDATE_PAIR_LIST_EMPTY: 0x5a00000e,
  /** 0x5a000010 — defined in the SDK source; no document describes it */
  STATUS_ICE_NOMINATED_CANDIDATE_NOT_CONNECTED: 0x5a000010,
  /** 0x5a000011 — defined in the SDK source; no document describes it */
  STATUS_ICE_CANDIDATE_INIT_MALFORMED: 0x5a000011,
  /** 0x5a000012 — defined in the SDK source; no document describes it */
  STATUS_ICE_CANDIDATE_MISSING_CANDIDATE: 0x5a000012,
  /** 0x5a000013 — defined in the SDK source; no document describes it */
  STATUS_ICE_FAILED_TO_NOMINATE_CANDIDATE_PAIR: 0x5a000013,
  /** 0x5a000014 — defined in the SDK source; no document describes it */
  STATUS_ICE_MAX_REMOTE_CANDIDATE_COUNT_EXCEEDED: 0x5a000014,
  /** 0x5a000015 — defined in the SDK source; no document describes it */
  STATUS_ICE_INVALID_GATHERING_STATE: 0x5a000015,
  /** 0x5a000016 — defined in the SDK source; no document describes it */
  STATUS_ICE_INVALID_CHECK_CONNECTION_STATE: 0x5a000016,
  /** 0x5a000017 — defined in the SDK source; no document describes it */
  STATUS_ICE_INVALID_CONNECTED_STATE: 0x5a000017,
  /** 0x5a000018 — defined in the SDK source; no document describes it */
  STATUS_ICE_INVALID_NOMINATING_STATE: 0x5a000018,
  /** 0x5a000019 — defined in the SDK source; no document describes it */
  STATUS_ICE_INVALID_READY_STATE: 0x5a000019,
  /** 0x5a00001a — defined in the SDK source; no document describes it */
  STATUS_ICE_INVALID_DISCONNECTED_STATE: 0x5a00001a,
  /** 0x5a00001b — defined in the SDK source; no document describes it */
  STATUS_ICE_INVALID_FAILED_STATE: 0x5a00001b,
  /** 0x5a00001c — defined in the SDK source; no document describes it */
  STATUS_ICE_INVALID_STATE: 0x5a00001c,
  /** 0x5a00001d — defined in the SDK source; no document describes it */
  STATUS_ICE_NO_LOCAL_HOST_CANDIDATE_AVAILABLE: 0x5a00001d,
  /** 0x5a00001e — defined in the SDK source; no document describes it */
  STATUS_ICE_NO_NOMINATED_VALID_CANDIDATE_PAIR_AVAILABLE: 0x5a00001e,
  /** 0x5a00001f — defined in the SDK source; no document describes it */
  STATUS_TURN_CONNECTION_NO_HOST_INTERFACE_FOUND: 0x5a00001f,
  /** 0x5a000020 — defined in the SDK source; no document describes it */
  STATUS_TURN_CONNECTION_STATE_TRANSITION_TIMEOUT: 0x5a000020,
  /** 0x5a000021 — defined in the SDK source; no document describes it */
  STATUS_TURN_CONNECTION_FAILED_TO_CREATE_PERMISSION: 0x5a000021,
  /** 0x5a000022 — defined in the SDK source; no document describes it */
  STATUS_TURN_CONNECTION_FAILED_TO_BIND_CHANNEL: 0x5a000022,
  /** 0x5a000023 — defined in the SDK source; no document describes it */
  STATUS_TURN_NEW_DATA_CHANNEL_MSG_HEADER_BEFORE_PREVIOUS_MSG_FINISH: 0x5a000023,
  /** 0x5a000024 — defined in the SDK source; no document describes it */
  STATUS_TURN_MISSING_CHANNEL_DATA_HEADER: 0x5a000024,
  /** 0x5a000025 — defined in the SDK source; no document describes it */
  STATUS_ICE_FAILED_TO_RECOVER_FROM_DISCONNECTION: 0x5a000025,
  /** 0x5a000026 — defined in the SDK source; no document describes it */
  STATUS_ICE_NO_AVAILABLE_ICE_CANDIDATE_PAIR: 0x5a000026,
  /** 0x5a000027 — defined in the SDK source; no document describes it */
  STATUS_TURN_CONNECTION_PEER_NOT_USABLE: 0x5a000027,
  /** 0x5a000028 — defined in the SDK source; no document describes it */
  STATUS_ICE_SERVER_INDEX_INVALID: 0x5a000028,
  /** 0x5a000029 — defined in the SDK source; no document describes it */
  STATUS_ICE_CANDIDATE_STRING_MISSING_TYPE: 0x5a000029,
  /** 0x5a00002a — defined in the SDK source; no document describes it */
  STATUS_TURN_CONNECTION_ALLOCATION_FAILED: 0x5a00002a,
  /** 0x5a00002b — defined in the SDK source; no document describes it */
  STATUS_TURN_INVALID_STATE: 0x5a00002b,
  /** 0x5a00002c — defined in the SDK source; no document describes it */
  STATUS_TURN_CONNECTION_GET_CREDENTIALS_FAILED: 0x5a00002c,
  /** 0x5b000001 — defined in the SDK source; no document describes it */
  STATUS_SRTP_DECRYPT_FAILED: 0x5b000001,
  /** 0x5b000002 — defined in the SDK source; no document describes it */
  STATUS_SRTP_ENCRYPT_FAILED: 0x5b000002,
  /** 0x5b000003 — defined in the SDK source; no document describes it */
  STATUS_SRTP_TRANSMIT_SESSION_CREATION_FAILED: 0x5b000003,
  /** 0x5b000004 — defined in the SDK source; no document describes it */
  STATUS_SRTP_RECEIVE_SESSION_CREATION_FAILED: 0x5b000004,
  /** 0x5b000005 — defined in the SDK source; no document describes it */
  STATUS_SRTP_INIT_FAILED: 0x5b000005,
  /** 0x5b000006 — defined in the SDK source; no document describes it */
  STATUS_SRTP_NOT_READY_YET: 0x5b000006,
  /** 0x5c000001 — defined in the SDK source; no document describes it */
  STATUS_RTP_INPUT_PACKET_TOO_SMALL: 0x5c000001,
  /** 0x5c000002 — defined in the SDK source; no document describes it */
  STATUS_RTP_INPUT_MTU_TOO_SMALL: 0x5c000002,
  /** 0x5c000003 — defined in the SDK source; no document describes it */
  STATUS_RTP_INVALID_NALU: 0x5c000003,
  /** 0x5c000004 — defined in the SDK source; no document describes it */
  STATUS_RTP_INVALID_EXTENSION_LEN: 0x5c000004,
  /** 0x5d000001 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_INVALID_READY_STATE: 0x5d000001,
  /** 0x5d000002 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_GET_TOKEN_CALL_FAILED: 0x5d000002,
  /** 0x5d000003 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_DESCRIBE_CALL_FAILED: 0x5d000003,
  /** 0x5d000004 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_CREATE_CALL_FAILED: 0x5d000004,
  /** 0x5d000005 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_GET_ENDPOINT_CALL_FAILED: 0x5d000005,
  /** 0x5d000006 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_GET_ICE_CONFIG_CALL_FAILED: 0x5d000006,
  /** 0x5d000007 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_READY_CALLBACK_FAILED: 0x5d000007,
  /** 0x5d000008 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_CONNECT_CALL_FAILED: 0x5d000008,
  /** 0x5d000009 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_CONNECTED_CALLBACK_FAILED: 0x5d000009,
  /** 0x5d00000a — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_INVALID_CHANNEL_INFO_VERSION: 0x5d00000a,
  /** 0x5d00000b — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_INVALID_SIGNALING_CALLBACKS_VERSION: 0x5d00000b,
  /** 0x5d00000c — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_INVALID_CHANNEL_NAME_LENGTH: 0x5d00000c,
  /** 0x5d00000d — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_INVALID_CHANNEL_ARN_LENGTH: 0x5d00000d,
  /** 0x5d00000e — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_INVALID_REGION_LENGTH: 0x5d00000e,
  /** 0x5d00000f — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_INVALID_CPL_LENGTH: 0x5d00000f,
  /** 0x5d000010 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_INVALID_CERTIFICATE_PATH_LENGTH: 0x5d000010,
  /** 0x5d000011 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_INVALID_AGENT_POSTFIX_LENGTH: 0x5d000011,
  /** 0x5d000012 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_INVALID_AGENT_LENGTH: 0x5d000012,
  /** 0x5d000013 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_INVALID_KMS_KEY_LENGTH: 0x5d000013,
  /** 0x5d000014 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_LWS_CREATE_CONTEXT_FAILED: 0x5d000014,
  /** 0x5d000015 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_LWS_CLIENT_CONNECT_FAILED: 0x5d000015,
  /** 0x5d000016 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_CHANNEL_BEING_DELETED: 0x5d000016,
  /** 0x5d000017 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_INVALID_CLIENT_INFO_VERSION: 0x5d000017,
  /** 0x5d000018 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_INVALID_CLIENT_INFO_CLIENT_LENGTH: 0x5d000018,
  /** 0x5d000019 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_MAX_ICE_CONFIG_COUNT: 0x5d000019,
  /** 0x5d00001a — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_MAX_ICE_URI_COUNT: 0x5d00001a,
  /** 0x5d00001b — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_MAX_ICE_URI_LEN: 0x5d00001b,
  /** 0x5d00001c — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_NO_CONFIG_SPECIFIED: 0x5d00001c,
  /** 0x5d00001d — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_INVALID_ICE_CONFIG_INFO_VERSION: 0x5d00001d,
  /** 0x5d00001e — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_NO_CONFIG_URI_SPECIFIED: 0x5d00001e,
  /** 0x5d00001f — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_NO_ARN_RETURNED_ON_CREATE: 0x5d00001f,
  /** 0x5d000020 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_MISSING_ENDPOINTS_IN_GET_ENDPOINT: 0x5d000020,
  /** 0x5d000021 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_INVALID_MESSAGE_TYPE: 0x5d000021,
  /** 0x5d000022 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_INVALID_SIGNALING_MESSAGE_VERSION: 0x5d000022,
  /** 0x5d000023 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_NO_PEER_CLIENT_ID_IN_MESSAGE: 0x5d000023,
  /** 0x5d000024 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_MESSAGE_DELIVERY_FAILED: 0x5d000024,
  /** 0x5d000025 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_MAX_MESSAGE_LEN_AFTER_ENCODING: 0x5d000025,
  /** 0x5d000026 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_RECEIVE_BINARY_DATA_NOT_SUPPORTED: 0x5d000026,
  /** 0x5d000027 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_RECEIVE_EMPTY_DATA_NOT_SUPPORTED: 0x5d000027,
  /** 0x5d000028 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_RECEIVED_MESSAGE_LARGER_THAN_MAX_DATA_LEN: 0x5d000028,
  /** 0x5d000029 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_INVALID_PAYLOAD_LEN_IN_MESSAGE: 0x5d000029,
  /** 0x5d00002a — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_NO_PAYLOAD_IN_MESSAGE: 0x5d00002a,
  /** 0x5d00002b — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_DUPLICATE_MESSAGE_BEING_SENT: 0x5d00002b,
  /** 0x5d00002c — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_ICE_TTL_LESS_THAN_GRACE_PERIOD: 0x5d00002c,
  /** 0x5d00002d — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_DISCONNECTED_CALLBACK_FAILED: 0x5d00002d,
  /** 0x5d00002e — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_INVALID_MESSAGE_TTL_VALUE: 0x5d00002e,
  /** 0x5d00002f — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_ICE_CONFIG_REFRESH_FAILED: 0x5d00002f,
  /** 0x5d000030 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_RECONNECT_FAILED: 0x5d000030,
  /** 0x5d000031 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_DELETE_CALL_FAILED: 0x5d000031,
  /** 0x5d000032 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_INVALID_METRICS_VERSION: 0x5d000032,
  /** 0x5d000033 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_INVALID_CLIENT_INFO_CACHE_FILE_PATH_LEN: 0x5d000033,
  /** 0x5d000034 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_LWS_CALL_FAILED: 0x5d000034,
  /** 0x5d000035 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_INVALID_STREAM_ARN_LENGTH: 0x5d000035,
  /** 0x5d000036 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_MISMATCH_MEDIA_STORAGE_CONFIG: 0x5d000036,
  /** 0x5d000037 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_UPDATE_MEDIA_STORAGE_CONFIG: 0x5d000037,
  /** 0x5d000038 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_MEDIA_STORAGE_DISABLED: 0x5d000038,
  /** 0x5d000039 — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_INVALID_CHANNEL_ARN: 0x5d000039,
  /** 0x5d00004a — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_JOIN_SESSION_CALL_FAILED: 0x5d00004a,
  /** 0x5d00004b — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_JOIN_SESSION_CONNECTED_FAILED: 0x5d00004b,
  /** 0x5d00004c — defined in the SDK source; no document describes it */
  STATUS_SIGNALING_DESCRIBE_MEDIA_CALL_FAILED: 0x5d00004c,
  /** 0x5e000001 — defined in the SDK source; no document describes it */
  STATUS_PEERCONNECTION_CREATE_ANSWER_WITHOUT_REMOTE_DESCRIPTION: 0x5e000001,
  /** 0x5e000002 — defined in the SDK source; no document describes it */
  STATUS_PEERCONNECTION_CODEC_INVALID: 0x5e000002,
  /** 0x5e000003 — defined in the SDK source; no document describes it */
  STATUS_PEERCONNECTION_CODEC_MAX_EXCEEDED: 0x5e000003,
  /** 0x5e000004 — defined in the SDK source; no document describes it */
  STATUS_PEERCONNECTION_EARLY_DNS_RESOLUTION_FAILED: 0x5e000004,
  /** 0x5f000001 — defined in the SDK source; no document describes it */
  STATUS_SCTP_SESSION_SETUP_FAILED: 0x5f000001,
  /** 0x5f000002 — defined in the SDK source; no document describes it */
  STATUS_SCTP_INVALID_DCEP_PACKET: 0x5f000002,
  /** 0x60000001 — defined in the SDK source; no document describes it */
  STATUS_RTCP_INPUT_PACKET_TOO_SMALL: 0x60000001,
  /** 0x60000002 — defined in the SDK source; no document describes it */
  STATUS_RTCP_INPUT_PACKET_INVALID_VERSION: 0x60000002,
  /** 0x60000003 — defined in the SDK source; no document describes it */
  STATUS_RTCP_INPUT_PACKET_LEN_MISMATCH: 0x60000003,
  /** 0x60000004 — defined in the SDK source; no document describes it */
  STATUS_RTCP_INPUT_NACK_LIST_INVALID: 0x60000004,
  /** 0x60000005 — defined in the SDK source; no document describes it */
  STATUS_RTCP_INPUT_SSRC_INVALID: 0x60000005,
  /** 0x60000006 — defined in the SDK source; no document describes it */
  STATUS_RTCP_INPUT_PARTIAL_PACKET: 0x60000006,
  /** 0x60000007 — defined in the SDK source; no document describes it */
  STATUS_RTCP_INPUT_REMB_TOO_SMALL: 0x60000007,
  /** 0x60000008 — defined in the SDK source; no document describes it */
  STATUS_RTCP_INPUT_REMB_INVALID: 0x60000008,
  /** 0x61000001 — defined in the SDK source; no document describes it */
  STATUS_ROLLING_BUFFER_NOT_IN_RANGE: 0x61000001,
} as const);

/** A name in KvsWebrtcStatus. @example const name: KvsWebrtcStatusName = 'STATUS_SESSION_DESCRIPTION_INIT_NOT_OBJECT'; */
export type KvsWebrtcStatusName = keyof typeof KvsWebrtcStatus;
