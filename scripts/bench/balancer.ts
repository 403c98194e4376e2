import { createServer, connect, type Server } from "node:net";
import { freePort } from "./server";

// A small round-robin TCP balancer for the two-instance row: each new connection goes to the next upstream,
// as a load balancer in front of several instances would send it.

export interface Balancer {
  url: string;
  close: () => Promise<void>;
}

export async function startBalancer(upstreams: URL[]): Promise<Balancer> {
  let next = 0;
  const server: Server = createServer((client) => {
    const target = upstreams[next++ % upstreams.length];
    if (!target) return client.destroy();
    const upstream = connect(Number(target.port), target.hostname);
    client.pipe(upstream).pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("error", close);
    upstream.on("error", close);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
