/**
 * A fetch `Response` over a body already read whole (see node-http-fetch.ts). Node's Response wraps
 * its body in a web stream as it is built, and `json()` or `text()` read it back through that
 * stream: about 13 µs of the acking thread per call, three calls per /summarize, where parsing the
 * bytes takes under one. The model's and Slack's clients read a reply with json() or text(), so the
 * bytes are handed over as they are; a stream is made only for a caller that asks for `body`, and
 * from then on the reply is read through it, as any Response is.
 */
export function wholeResponse(bytes: Buffer<ArrayBuffer> | null, init: ResponseInit): Response {
  // Defined at the first reply: naming the global Response loads Node's fetch (undici, about 8 ms), which a
  // command-line call that never asks a server would load for nothing.
  WholeResponseClass ??= defineWholeResponse();
  return new WholeResponseClass(bytes, init);
}

let WholeResponseClass: (new (bytes: Buffer<ArrayBuffer> | null, init: ResponseInit) => Response) | undefined;

const defineWholeResponse = () =>
  class WholeResponse extends Response {
    readonly #bytes: Buffer<ArrayBuffer> | null;
    /** The body as a stream, once a caller has asked for it. */
    #stream: ReadableStream<Uint8Array<ArrayBuffer>> | null | undefined;
    #read = false;

    constructor(bytes: Buffer<ArrayBuffer> | null, init: ResponseInit) {
      super(null, init);
      this.#bytes = bytes;
    }

    override get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
      if (this.#stream === undefined) this.#stream = this.#read || !this.#bytes ? null : (new Response(this.#bytes).body as ReadableStream<Uint8Array<ArrayBuffer>>);
      return this.#stream;
    }

    override get bodyUsed(): boolean {
      // A stream a caller has started reading is locked to its reader.
      return this.#read || (this.#stream?.locked ?? false);
    }

    override async text(): Promise<string> {
      return (await this.#whole()).toString('utf8');
    }

    override async json(): Promise<any> {
      return JSON.parse(await this.text());
    }

    override async arrayBuffer(): Promise<ArrayBuffer> {
      const bytes = await this.#whole();
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    }

    override async bytes(): Promise<Uint8Array<ArrayBuffer>> {
      return new Uint8Array(await this.arrayBuffer());
    }

    override async blob(): Promise<Blob> {
      return new Blob([await this.#whole()], { type: this.headers.get('content-type') ?? '' });
    }

    override async formData(): Promise<FormData> {
      return new Response(await this.#whole(), { headers: this.headers }).formData();
    }

    override clone(): Response {
      if (this.#read) throw new TypeError('Response.clone: Body has already been consumed.');
      const init = { status: this.status, statusText: this.statusText, headers: this.headers };
      if (!this.#stream) return new WholeResponse(this.#bytes, init);
      const [mine, theirs] = this.#stream.tee();
      this.#stream = mine;
      return new Response(theirs, init);
    }

    /** The whole body, once: a second read fails as fetch's does. */
    async #whole(): Promise<Buffer<ArrayBuffer>> {
      if (this.#read) throw new TypeError('Body is unusable: Body has already been read');
      this.#read = true;
      if (this.#stream === undefined) return this.#bytes ?? Buffer.alloc(0);
      return this.#stream ? Buffer.from(await new Response(this.#stream).arrayBuffer()) : Buffer.alloc(0);
    }
  };
