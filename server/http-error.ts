import type { ServerResponse } from 'node:http';

/** A request the server refuses: the status, a stable code for programs, and a message for people that names the fix. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Every reply body is JSON; `Connection: close` is added while the server drains so keep-alive sockets end. */
export function sendJson(response: ServerResponse, status: number, body: unknown, closeConnection = false): void {
  const payload = JSON.stringify(body);
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Content-Length', Buffer.byteLength(payload));
  response.setHeader('Cache-Control', 'no-store');
  if (closeConnection) response.setHeader('Connection', 'close');
  response.end(payload);
}

export function sendError(response: ServerResponse, error: HttpError, closeConnection = false): void {
  sendJson(response, error.status, { error: error.message, code: error.code }, closeConnection);
}
