/** The recording studio's page (served by `npm run record` at /studio/, never built into the deck). */
import './studio.css';
import { Studio } from './studio.ts';

new Studio(document).start();
