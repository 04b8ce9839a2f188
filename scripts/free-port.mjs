/** A TCP port on `host` that nothing listens on right now (the system picks it). */
import { createServer } from 'node:net';

export function anyFreePort(host) {
  return new Promise((done, fail) => {
    const server = createServer()
      .once('error', fail)
      .listen(0, host, () => {
        const { port } = server.address();
        server.close(() => done(port));
      });
  });
}
