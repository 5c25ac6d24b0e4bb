import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** A response the grace period cut off, for the shutdown log. */
export interface CutAnswer {
  method: string;
  url: string;
  status: number;
  /** Bytes written to the socket for this connection, and the Content-Length promised (null when chunked). */
  bytesWritten: number;
  contentLength: number | null;
}

/**
 * Graceful shutdown that drains. Node's own `server.close()` also closes "idle" connections, and it
 * counts a response as done as soon as `res.end()` is called, while its bytes may still sit in the
 * socket's buffer waiting for a slow reader: such answers were cut off part way. Here a response
 * counts until its 'finish' (the last byte handed to the kernel), idle keep-alive sockets are ended
 * gracefully (FIN, never RST, so no pending byte is lost), and after the grace period whatever is
 * still being written is destroyed and reported.
 */
export class ConnectionDrain {
  private readonly sockets = new Set<Socket>();
  /** Responses not yet fully handed to the kernel, per socket. */
  private readonly active = new Map<Socket, Set<{ req: IncomingMessage; res: ServerResponse }>>();
  private closing = false;
  private closed: Promise<CutAnswer[]> | undefined;
  private force: NodeJS.Timeout | undefined;
  private cut: CutAnswer[] = [];

  constructor(private readonly server: Server) {
    server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.once('close', () => {
        this.sockets.delete(socket);
        this.active.delete(socket);
      });
    });
    // server.close() calls this; replace Node's version, which would destroy sockets still writing.
    server.closeIdleConnections = () => this.endIdle();
  }

  /** Call for every request before answering it. */
  track(req: IncomingMessage, res: ServerResponse): void {
    const socket = req.socket;
    if (this.closing) res.setHeader('Connection', 'close');
    const pending = { req, res };
    let set = this.active.get(socket);
    if (!set) this.active.set(socket, (set = new Set()));
    set.add(pending);
    const done = () => {
      set.delete(pending);
      // While closing, a connection is ended as soon as its last answer is out.
      if (this.closing && set.size === 0 && !socket.destroyed) socket.end();
    };
    res.once('finish', done);
    res.once('close', done);
  }

  get shuttingDown(): boolean {
    return this.closing;
  }

  private endIdle(): void {
    for (const socket of this.sockets) {
      if ((this.active.get(socket)?.size ?? 0) === 0) socket.end();
    }
  }

  /**
   * Stops accepting, ends idle connections at once, waits up to `graceMs` for every answer in
   * progress to be written, then destroys what is left. Resolves with the answers that were cut.
   */
  close(graceMs: number): Promise<CutAnswer[]> {
    this.closing = true;
    // A second call (a second Ctrl-C) only shortens the wait.
    this.closed ??= new Promise((resolve) => {
      this.server.close(() => {
        clearTimeout(this.force);
        resolve(this.cut);
      });
    });
    clearTimeout(this.force);
    this.force = setTimeout(() => {
      this.cut = this.unfinished();
      for (const socket of this.sockets) socket.destroy();
    }, graceMs);
    return this.closed;
  }

  private unfinished(): CutAnswer[] {
    const cut: CutAnswer[] = [];
    for (const [socket, set] of this.active) {
      for (const { req, res } of set) {
        const length = res.getHeader('content-length');
        cut.push({
          method: req.method ?? '?',
          url: (req.url ?? '').slice(0, 200),
          status: res.statusCode,
          bytesWritten: socket.bytesWritten,
          contentLength: length === undefined ? null : Number(length),
        });
      }
    }
    return cut;
  }
}
