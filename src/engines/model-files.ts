/**
 * Where engines read verified model files from. The model store (src/model-store) implements this; engines never
 * fetch weights themselves once a model is downloaded, and never from outside our own origin.
 */
export interface VerifiedModelFiles {
  /** The bytes of one verified file of a model ("onnx/model.onnx"), or undefined when it is not stored. */
  read(modelId: string, file: string): Promise<ArrayBuffer | undefined>;
  /** True when every file of the model is stored and verified. */
  isComplete(modelId: string): Promise<boolean>;
}
