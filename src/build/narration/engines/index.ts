export { espeakEngine } from './espeak-ng.ts';
export { FESTIVAL_INSTALL, festivalEngine } from './festival.ts';
export { fliteEngine } from './flite.ts';
