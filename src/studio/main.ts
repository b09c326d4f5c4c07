/** The recording studio's page (served by `npm run record` at /studio/, never built into the deck). */
import { Studio } from './studio.ts';

new Studio(document).start();
