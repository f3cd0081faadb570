/** Where the VAD model comes from: vad-web's file name, served by the kiosk at VAD_MODEL_URL (precached). */
export const VAD_MODEL_FILE = 'silero_vad_v5.onnx';
export const VAD_MODEL_URL = `/vad/${VAD_MODEL_FILE}`;
