/**
 * `npm start`: builds the bundled corpus's map when it is missing or older than its input, then
 * serves the app with Vite's dev server and prints the address.
 */
import { createServer } from 'vite';
import { ensureDefaultMap } from './ensureMap';

ensureDefaultMap();
const server = await createServer({ server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 5173) } });
await server.listen();
server.printUrls();
