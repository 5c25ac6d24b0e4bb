// Generated from the catalog by src/constants/generate.ts during `npm run build`. Do not edit.

/**
 * Tencent LVB (mobile live) push and play SDK (TXLivePusher / TXLivePlayer) (tencent-lvb): every code of the catalog by name.
 * @example if (code === TencentLvbEvent.PLAY_ERR_GET_PLAYINFO_FAIL) { … }
 */
export const TencentLvbEvent = Object.freeze({
  /** -2311 — defined in the SDK source; no document describes it */
  PLAY_ERR_VOD_UNSUPPORT_DRM: -2311,
  /** -2311 — defined in the SDK source; no document describes it */
  PUSH_WARNING_HEVC_ENCODE_NOT_SUPPORT: -2311,
  /** -2310 — defined in the SDK source; no document describes it */
  PLAY_ERR_VOD_LOAD_LICENSE_FAIL: -2310,
  /** -2307 — defined in the SDK source; no document describes it */
  PLAY_ERR_STREAM_SWITCH_FAIL: -2307,
  /** -2306 — Failed to get VOD file information (Android, iOS). */
  PLAY_ERR_GET_PLAYINFO_FAIL: -2306,
  /** -2305 — Failed to get the HLS decoding key (Android, iOS). */
  PLAY_ERR_HLS_KEY: -2305,
  /** -2304 — H.265 decoding failed (Android, iOS). */
  PLAY_ERR_HEVC_DECODE_FAIL: -2304,
  /** -2303 — No playback file exists (Android, iOS). */
  PLAY_ERR_FILE_NOT_FOUND: -2303,
  /** -2302 — Failed to get the accelerated playback address. */
  PLAY_ERR_GET_RTMP_ACC_URL_FAIL: -2302,
  /** -2301 — The network is disconnected and fails to be reconnected after three attempts, so the publishing needs to be r… */
  PLAY_ERR_NET_DISCONNECT: -2301,
  /** -1316 — defined in the SDK source; no document describes it */
  PUSH_ERR_CAMERA_OCCUPY: -1316,
  /** -1313 — defined in the SDK source; no document describes it */
  PUSH_ERR_INVALID_ADDRESS: -1313,
  /** -1312 — defined in the SDK source; no document describes it */
  PUSH_ERR_SCREEN_CAPTURE_SWITCH_DISPLAY_FAILED: -1312,
  /** -1311 — defined in the SDK source; no document describes it */
  PUSH_ERR_MIC_RECORD_FAIL: -1311,
  /** -1310 — defined in the SDK source; no document describes it */
  PUSH_ERR_SCREEN_CAPTURE_DISTURBED: -1310,
  /** -1309 — Screencap failed due to unsupported Android OS version. */
  PUSH_ERR_SCREEN_CAPTURE_UNSURPORT: -1309,
  /** -1308 — The camera is in use and you may try enabling a different camera (Windows). */
  PUSH_ERR_SCREEN_CAPTURE_START_FAILED: -1308,
  /** -1307 — The network is disconnected and fails to be reconnected after three attempts, so the publishing needs to be r… */
  PUSH_ERR_NET_DISCONNECT: -1307,
  /** -1306 — Unsupported audio sample rate. */
  PUSH_ERR_UNSUPPORTED_SAMPLERATE: -1306,
  /** -1305 — Unsupported video resolution. */
  PUSH_ERR_UNSUPPORTED_RESOLUTION: -1305,
  /** -1304 — Audio encoding failed. */
  PUSH_ERR_AUDIO_ENCODE_FAIL: -1304,
  /** -1303 — Video encoding failed. */
  PUSH_ERR_VIDEO_ENCODE_FAIL: -1303,
  /** -1302 — Failed to enable the microphone. */
  PUSH_ERR_OPEN_MIC_FAIL: -1302,
  /** -1301 — Failed to enable the camera. */
  PUSH_ERR_OPEN_CAMERA_FAIL: -1301,
  /** 0x000003e9 — Successfully connected to the CVM. */
  PUSH_EVT_CONNECT_SUCC: 0x000003e9,
  /** 0x000003ea — Handshake with the server has been completed, everything is OK, and the SDK is ready to start upstream publis… */
  PUSH_EVT_PUSH_BEGIN: 0x000003ea,
  /** 0x000003eb — Camera enabled successfully. */
  PUSH_EVT_OPEN_CAMERA_SUCC: 0x000003eb,
  /** 0x000003ec — Screencap started successfully (for Android SDK). */
  PUSH_EVT_SCREEN_CAPTURE_SUCC: 0x000003ec,
  /** 0x000003ed — Dynamic publishing resolution change. */
  PUSH_EVT_CHANGE_RESOLUTION: 0x000003ed,
  /** 0x000003ee — Dynamic publishing bitrate change. */
  PUSH_EVT_CHANGE_BITRATE: 0x000003ee,
  /** 0x000003ef — The first frame is captured. */
  PUSH_EVT_FIRST_FRAME_AVAILABLE: 0x000003ef,
  /** 0x000003f0 — The encoder is started. */
  PUSH_EVT_START_VIDEO_ENCODER: 0x000003f0,
  /** 0x000003f1 — The camera has been removed (for Windows SDK). */
  PUSH_EVT_CAMERA_REMOVED: 0x000003f1,
  /** 0x000003f2 — The camera is available again (for Windows SDK). */
  PUSH_EVT_CAMERA_AVAILABLE: 0x000003f2,
  /** 0x000003f3 — The camera is disabled (for Windows SDK). */
  PUSH_EVT_CAMERA_CLOSED: 0x000003f3,
  /** 0x000003f4 — Return code for screencap snapshot (for Windows SDK). */
  PUSH_EVT_SNAPSHOT_RESULT: 0x000003f4,
  /** 0x000003fa — You are already in the WebRTC room. */
  PUSH_EVT_ROOM_IN: 0x000003fa,
  /** 0x000003fb — You are not in the WebRTC room. */
  PUSH_EVT_ROOM_OUT: 0x000003fb,
  /** 0x000003fc — Deliver the WebRTC room member list (excluding the current user). */
  PUSH_EVT_ROOM_USERLIST: 0x000003fc,
  /** 0x000003fd — Switching Wi-Fi to 4G will trigger disconnection and reconnection, which requires you to re-enter the WebRTC… */
  PUSH_EVT_ROOM_NEED_REENTER: 0x000003fd,
  /** 0x000003fe — defined in the SDK source; no document describes it */
  PLAY_EVT_SNAPSHOT_RESULT: 0x000003fe,
  /** 0x000003fe — defined in the SDK source; no document describes it */
  PUSH_EVT_ROOM_IN_FAILED: 0x000003fe,
  /** 0x00000405 — defined in the SDK source; no document describes it */
  PUSH_EVT_LOCAL_RECORD_RESULT: 0x00000405,
  /** 0x00000406 — defined in the SDK source; no document describes it */
  PUSH_EVT_LOCAL_RECORD_PROGRESS: 0x00000406,
  /** 0x00000407 — defined in the SDK source; no document describes it */
  PUSH_EVT_ROOM_USER_ENTER: 0x00000407,
  /** 0x00000408 — defined in the SDK source; no document describes it */
  PUSH_EVT_ROOM_USER_EXIT: 0x00000408,
  /** 0x00000409 — defined in the SDK source; no document describes it */
  PUSH_EVT_ROOM_USER_VIDEO_STATE: 0x00000409,
  /** 0x0000040a — defined in the SDK source; no document describes it */
  PUSH_EVT_ROOM_USER_AUDIO_STATE: 0x0000040a,
  /** 0x0000044d — The upstream network is poor. */
  PUSH_WARNING_NET_BUSY: 0x0000044d,
  /** 0x0000044e — The network is disconnected and auto reconnection has started (auto reconnection will be stopped after three… */
  PUSH_WARNING_RECONNECT: 0x0000044e,
  /** 0x0000044f — Failed to start hardware encoding. */
  PUSH_WARNING_HW_ACCELERATION_FAIL: 0x0000044f,
  /** 0x00000450 — Video encoding failed. */
  PUSH_WARNING_VIDEO_ENCODE_FAIL: 0x00000450,
  /** 0x00000451 — defined in the SDK source; no document describes it */
  PUSH_WARNING_BEAUTYSURFACE_VIEW_INIT_FAIL: 0x00000451,
  /** 0x00000452 — defined in the SDK source; no document describes it */
  PUSH_WARNING_VIDEO_ENCODE_BITRATE_OVERFLOW: 0x00000452,
  /** 0x00000453 — Automatically switch to hardware encoding due to machine performance issues (for Android SDK). */
  PUSH_WARNING_VIDEO_ENCODE_SW_SWITCH_HW: 0x00000453,
  /** 0x000004b4 — defined in the SDK source; no document describes it */
  PUSH_WARNING_MICROPHONE_DEVICE_ABNORMAL: 0x000004b4,
  /** 0x000004b5 — defined in the SDK source; no document describes it */
  PLAY_WARNING_SPEAKER_DEVICE_ABNORMAL: 0x000004b5,
  /** 0x000007d1 — Connected to the server. */
  PLAY_EVT_CONNECT_SUCC: 0x000007d1,
  /** 0x000007d2 — Connected to the server and started playback. */
  PLAY_EVT_RTMP_STREAM_BEGIN: 0x000007d2,
  /** 0x000007d3 — Render the first video packet (IDR). */
  PLAY_EVT_RCV_FIRST_I_FRAME: 0x000007d3,
  /** 0x000007d4 — Video playback starts. */
  PLAY_EVT_PLAY_BEGIN: 0x000007d4,
  /** 0x000007d5 — Video playback progress (for VOD). */
  PLAY_EVT_PLAY_PROGRESS: 0x000007d5,
  /** 0x000007d6 — Video playback ends. */
  PLAY_EVT_PLAY_END: 0x000007d6,
  /** 0x000007d7 — Video playback loading. */
  PLAY_EVT_PLAY_LOADING: 0x000007d7,
  /** 0x000007d8 — defined in the SDK source; no document describes it */
  PLAY_EVT_START_VIDEO_DECODER: 0x000007d8,
  /** 0x000007d9 — Video resolution changes. */
  PLAY_EVT_CHANGE_RESOLUTION: 0x000007d9,
  /** 0x000007da — VOD file information obtained successfully (Android, iOS). */
  PLAY_EVT_GET_PLAYINFO_SUCC: 0x000007da,
  /** 0x000007db — MP4 video rotation angle (Android, iOS). */
  PLAY_EVT_CHANGE_ROTATION: 0x000007db,
  /** 0x000007dc — Used to receive messages inserted into the audio/video stream. */
  PLAY_EVT_GET_MESSAGE: 0x000007dc,
  /** 0x000007dd — Video loading is completed (Android, iOS). */
  PLAY_EVT_VOD_PLAY_PREPARED: 0x000007dd,
  /** 0x000007de — Loading ends (Android, iOS). */
  PLAY_EVT_VOD_LOADING_END: 0x000007de,
  /** 0x000007df — defined in the SDK source; no document describes it */
  PLAY_EVT_STREAM_SWITCH_SUCC: 0x000007df,
  /** 0x000007ea — defined in the SDK source; no document describes it */
  PLAY_EVT_RCV_FIRST_AUDIO_FRAME: 0x000007ea,
  /** 0x000007ec — defined in the SDK source; no document describes it */
  PLAY_EVT_GET_METADATA: 0x000007ec,
  /** 0x000007ef — defined in the SDK source; no document describes it */
  PLAY_EVT_GET_FLVSESSIONKEY: 0x000007ef,
  /** 0x000007f0 — defined in the SDK source; no document describes it */
  PLAY_EVT_AUDIO_SESSION_INTERRUPT: 0x000007f0,
  /** 0x00000835 — Failed to decode the current video frame. */
  PLAY_WARNING_VIDEO_DECODE_FAIL: 0x00000835,
  /** 0x00000836 — Failed to decode the current audio frame. */
  PLAY_WARNING_AUDIO_DECODE_FAIL: 0x00000836,
  /** 0x00000837 — Network disconnected and auto reconnection has started (the PLAY_ERR_NET_DISCONNECT event will be thrown afte… */
  PLAY_WARNING_RECONNECT: 0x00000837,
  /** 0x00000838 — The video stream is not stable. */
  PLAY_WARNING_RECV_DATA_LAG: 0x00000838,
  /** 0x00000839 — Lagging occurred during the current video playback. */
  PLAY_WARNING_VIDEO_PLAY_LAG: 0x00000839,
  /** 0x0000083a — Failed to start hardware decoding. */
  PLAY_WARNING_HW_ACCELERATION_FAIL: 0x0000083a,
  /** 0x0000083b — Current video frames are discontinuous. */
  PLAY_WARNING_VIDEO_DISCONTINUITY: 0x0000083b,
  /** 0x0000083c — Hardware decoding of the first frame of the current stream failed. */
  PLAY_WARNING_FIRST_IDR_HW_DECODE_FAIL: 0x0000083c,
  /** 0x0000083e — defined in the SDK source; no document describes it */
  PUSH_WARNING_VIDEO_RENDER_FAIL: 0x0000083e,
  /** 0x00000bb9 — DNS resolution failed (thrown only when the playback URL starts with "rtmp://"). */
  PLAY_WARNING_DNS_FAIL: 0x00000bb9,
  /** 0x00000bb9 — DNS resolution failed, and the retry process is triggered. */
  PUSH_WARNING_DNS_FAIL: 0x00000bb9,
  /** 0x00000bba — Server connection failed (thrown only when the playback URL starts with "rtmp://"). */
  PLAY_WARNING_SEVER_CONN_FAIL: 0x00000bba,
  /** 0x00000bba — Failed to connect to the server, and the retry process is triggered. */
  PUSH_WARNING_SEVER_CONN_FAIL: 0x00000bba,
  /** 0x00000bbb — Server handshake failed (thrown only when the playback URL starts with "rtmp://"). */
  PLAY_WARNING_SHAKE_FAIL: 0x00000bbb,
  /** 0x00000bbb — Server handshake failed, and the retry process is triggered. */
  PUSH_WARNING_SHAKE_FAIL: 0x00000bbb,
  /** 0x00000bbc — The RTMP server is actively disconnected. */
  PLAY_WARNING_SERVER_DISCONNECT: 0x00000bbc,
  /** 0x00000bbc — The RTMP server is actively disconnected. */
  PUSH_WARNING_SERVER_DISCONNECT: 0x00000bbc,
  /** 0x00000bbd — defined in the SDK source; no document describes it */
  PLAY_WARNING_READ_WRITE_FAIL: 0x00000bbd,
  /** 0x00000bbd — RTMP read/write failed. */
  PUSH_WARNING_READ_WRITE_FAIL: 0x00000bbd,
  /** 0x00000bc0 — defined in the SDK source; no document describes it */
  PUSH_WARNING_SERVER_NO_DATA: 0x00000bc0,
} as const);

/** A name in TencentLvbEvent. @example const name: TencentLvbEventName = 'PLAY_ERR_GET_PLAYINFO_FAIL'; */
export type TencentLvbEventName = keyof typeof TencentLvbEvent;
