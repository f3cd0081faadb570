/**
 * Why Dictate could not start or went on no further, in the words the medic sees. Apart from the dictation session
 * (`dictation-session.ts`, the speech engines and the model store) so the button can say it without loading those.
 */

export type ProblemKind = 'no-model' | 'mic-refused' | 'no-mic' | 'mic-failed' | 'engine-failed';

export class DictationProblem extends Error {
  constructor(
    readonly kind: ProblemKind,
    message: string,
  ) {
    super(message);
  }
}

/** The default speech model's id, named in the "no speech model" advice. */
const DEFAULT_SPEECH_MODEL = 'onnx-community/moonshine-base-ONNX';

export const PROBLEM_TEXT: Record<Exclude<ProblemKind, 'engine-failed' | 'mic-failed'>, string> = {
  'no-model': `No speech model is stored on this device. On the kiosk run "npm run --silent model:mirror -- ${DEFAULT_SPEECH_MODEL}", then download it on the Model page. You can type meanwhile.`,
  'mic-refused':
    'The microphone is blocked for this app. Allow it in the browser’s site settings (the icon left of the address), then tap Dictate again. You can type meanwhile.',
  'no-mic':
    'No microphone was found. Plug one in or use a tablet with one, then tap Dictate again. You can type meanwhile.',
};
