/**
 * What the gateway may hold for labeling at once: a number of requests and a number of bytes (bodies as received
 * plus decoded). Past either, a request goes upstream unlabeled at once instead of waiting, so memory stays bounded.
 */
export class LabelingCapacity {
  private requests = 0;
  private bytes = 0;

  constructor(
    private readonly maxRequests: number,
    private readonly maxBytes: number,
  ) {}

  /** A ticket for one request, or undefined when `maxRequests` are being labeled already. */
  enter(): LabelingTicket | undefined {
    if (this.requests >= this.maxRequests) return undefined;
    this.requests++;
    let held = 0;
    let left = false;
    return {
      reserve: (bytes: number): boolean => {
        if (left || this.bytes + bytes > this.maxBytes) return false;
        this.bytes += bytes;
        held += bytes;
        return true;
      },
      leave: (): void => {
        if (left) return;
        left = true;
        this.requests--;
        this.bytes -= held;
      },
    };
  }

  get inFlight(): number {
    return this.requests;
  }

  get heldBytes(): number {
    return this.bytes;
  }
}

export interface LabelingTicket {
  /** Counts `bytes` against the byte budget; false (nothing counted) when they do not fit. */
  reserve(bytes: number): boolean;
  /** Gives back the request and every byte it reserved; safe to call twice. */
  leave(): void;
}
