import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { listenOnLoopback } from './http.js';
import type { SlackEmulator } from './slack-emulator.js';
import { commandFields, eventCallback, type Where } from './slack-requests.js';

export const APP_TOKEN = 'xapp-1-A0NEWSDESK-1-test-app-token';

/** What the app sent back over the socket for one envelope: its ack, and the response it carried. */
export interface SocketModeAck {
  envelope_id: string;
  payload?: Record<string, any>;
}

/**
 * Slack's Socket Mode end. apps.connections.open on the Slack emulator, called with the app
 * token, hands out a one-time ws:// URL here; a connection gets Slack's hello; tests send
 * envelopes as Slack does and get the app's ack for each.
 */
export class SocketModeEmulator {
  readonly acks: SocketModeAck[] = [];
  private readonly sockets = new Set<WebSocket>();
  private readonly waiting = new Map<string, { resolve(ack: SocketModeAck): void; reject(error: Error): void }>();

  private constructor(
    private readonly slack: SlackEmulator,
    private readonly server: WebSocketServer,
    private readonly closeServer: () => Promise<void>,
  ) {
    server.on('connection', (socket) => this.accept(socket));
  }

  static async start(slack: SlackEmulator, appToken = APP_TOKEN): Promise<SocketModeEmulator> {
    const { server, origin, close } = await listenOnLoopback((_req, res) => res.writeHead(404).end());
    const tickets = new Set<string>();
    // Like Slack, a ticket opens one connection: the app must ask apps.connections.open for each.
    const verifyClient = ({ req }: { req: IncomingMessage }) => tickets.delete(new URL(req.url ?? '/', origin).searchParams.get('ticket') ?? '');
    const sockets = new WebSocketServer({ server, path: '/link/', verifyClient });
    slack.acceptSocketMode(appToken, () => {
      const ticket = randomUUID();
      tickets.add(ticket);
      return `${origin.replace(/^http/, 'ws')}/link/?ticket=${ticket}`;
    });
    return new SocketModeEmulator(slack, sockets, close);
  }

  /** Connections open now. */
  get connections(): number {
    return this.sockets.size;
  }

  /** A slash command as Slack delivers it in Socket Mode; resolves to the app's ack and the command's response_url. */
  async command(command: string, text: string, where: Where = {}): Promise<{ ack: SocketModeAck; responseUrl: string }> {
    const responseUrl = this.slack.newResponseUrl();
    const payload = commandFields(command, text, responseUrl, where);
    return { ack: await this.deliver({ type: 'slash_commands', payload, accepts_response_payload: true }), responseUrl };
  }

  /** An Events API callback as Slack delivers it in Socket Mode (a first delivery); resolves to the app's ack. */
  event(event: Record<string, unknown>): Promise<SocketModeAck> {
    return this.deliver({ type: 'events_api', payload: eventCallback(event), retry_attempt: 0, retry_reason: '', accepts_response_payload: false });
  }

  /** Ends every connection and stops serving. */
  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    await this.closeServer();
  }

  private accept(socket: WebSocket): void {
    this.sockets.add(socket);
    socket.on('close', () => {
      this.sockets.delete(socket);
      for (const { reject } of this.waiting.values()) reject(new Error('the app closed the Socket Mode connection before acking'));
      this.waiting.clear();
    });
    socket.on('message', (data) => {
      const ack = JSON.parse(data.toString()) as SocketModeAck;
      this.acks.push(ack);
      this.waiting.get(ack.envelope_id)?.resolve(ack);
      this.waiting.delete(ack.envelope_id);
    });
    // The handshake Slack finishes every connection with; the client is connected only once it arrives.
    socket.send(JSON.stringify({
      type: 'hello',
      num_connections: this.sockets.size,
      debug_info: { host: 'applink-emulator', build_number: 1, approximate_connection_time: 18060 },
      connection_info: { app_id: 'A0NEWSDESK' },
    }));
  }

  private async deliver(envelope: Record<string, unknown>): Promise<SocketModeAck> {
    const socket = [...this.sockets].at(-1);
    if (!socket) throw new Error('the app has no Socket Mode connection open');
    const envelopeId = randomUUID();
    const acked = new Promise<SocketModeAck>((resolve, reject) => this.waiting.set(envelopeId, { resolve, reject }));
    socket.send(JSON.stringify({ envelope_id: envelopeId, ...envelope }));
    return acked;
  }
}
