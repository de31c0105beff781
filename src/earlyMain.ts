/** The early script's entry (see earlyMapFetch): index.html runs it before the app's bundle. */
import { startEarlyMapFetch } from './earlyMapFetch';

startEarlyMapFetch(window);
