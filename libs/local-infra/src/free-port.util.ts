import net from 'node:net';

/**
 * Ports the OS reports free on 127.0.0.1, all distinct.
 *
 * The probe sockets stay open until every port is found, so one call never returns the same port
 * twice. Another process may still take a port before the caller binds it: callers surface the
 * server's own "address in use" error rather than pretending this is atomic.
 */
export async function findFreePorts(count: number): Promise<number[]> {
  const servers: net.Server[] = [];
  try {
    const ports: number[] = [];
    for (let i = 0; i < count; i += 1) {
      const server = net.createServer();
      servers.push(server);
      ports.push(await listenOnEphemeralPort(server));
    }
    return ports;
  } finally {
    await Promise.all(servers.map((server) => closeServer(server)));
  }
}

/** One port the OS reports free on 127.0.0.1 (see {@link findFreePorts}). */
export async function findFreePort(): Promise<number> {
  const [port] = await findFreePorts(1);
  return port;
}

/** Whether something accepts TCP connections on `host:port` right now. */
export function isPortInUse(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (inUse: boolean): void => {
      socket.destroy();
      resolve(inUse);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

function listenOnEphemeralPort(server: net.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        reject(new Error('Ephemeral listen returned no TCP address'));
        return;
      }
      resolve(address.port);
    });
  });
}

function closeServer(server: net.Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) {
      resolve();
      return;
    }
    server.close(() => resolve());
  });
}
