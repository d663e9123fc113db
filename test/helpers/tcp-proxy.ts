// A TCP relay in front of the test PostgreSQL server, so a test can take the database away from
// one client without touching the shared server: cut() drops every relayed connection (the
// client's sessions end as in a server restart) and stops listening (reconnects are refused).
import { connect, createServer, type Socket } from 'node:net';

export interface TcpProxy {
  /** The relay's port on 127.0.0.1. */
  readonly port: number;
  /** `location` (a postgres:// URL) with its host and port replaced by the relay's. */
  via(location: string): string;
  /** Ends every relayed connection and refuses new ones. */
  cut(): Promise<void>;
}

export async function tcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    track(client);
    track(upstream);
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as { port: number };
  return {
    port,
    via(location) {
      const url = new URL(location);
      url.hostname = '127.0.0.1';
      url.port = String(port);
      return url.toString();
    },
    async cut() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
