/** The few parts of the eSpeak NG Emscripten build the renderer uses (the package ships no types). */
declare module '@echogarden/espeak-ng-emscripten' {
  export interface EspeakEvent {
    readonly type:
      | 'sentence'
      | 'word'
      | 'phoneme'
      | 'end'
      | 'mark'
      | 'play'
      | 'msg_terminated'
      | 'list_terminated'
      | 'samplerate';
    /** Milliseconds from the start of the utterance. */
    readonly audio_position: number;
    /** 1-based character position in the text given to synthesize(). */
    readonly text_position: number;
    readonly word_length: number;
  }
  export interface ESpeakNGWorker {
    set_voice(voice: string): void;
    set_rate(wordsPerMinute: number): void;
    set_pitch(pitch: number): void;
    /** Hz of the samples synthesize() delivers. */
    readonly samplerate: number;
    synthesize(text: string, onChunk: (samples: Int16Array | undefined, events: EspeakEvent[]) => void): void;
  }
  export interface EspeakModule {
    eSpeakNGWorker: new () => ESpeakNGWorker;
  }
  const initialize: () => Promise<EspeakModule>;
  export default initialize;
}
