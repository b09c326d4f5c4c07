/** `npm run video`: the video CLI (cli.ts), bundled and run the way `npm run export` is (see ../export/launch.mjs). */
import { join } from 'node:path';
import { runBundled } from '../export/launch.mjs';

// Not deck-video: that folder is the video's own cache (cache.ts), which a new bundle would replace.
await runBundled(join(import.meta.dirname, 'cli.ts'), 'deck-video-cli');
