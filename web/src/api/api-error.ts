// An API failure the page can show: the server's error code and message, never a stack trace.
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Reads the server's coded error body, whichever of the usual shapes it has. */
export async function apiErrorFrom(response: Response): Promise<ApiError> {
  let code = `HTTP_${response.status}`;
  let message = response.statusText || 'request failed';
  try {
    const body: unknown = await response.json();
    const error = isRecord(body) && isRecord(body['error']) ? body['error'] : body;
    if (isRecord(error)) {
      if (typeof error['code'] === 'string') code = error['code'];
      if (typeof error['message'] === 'string') message = error['message'];
      else if (typeof error['error'] === 'string') message = error['error'];
    }
  } catch {
    // Not JSON (a proxy's HTML page, an empty body): the status line says enough.
  }
  return new ApiError(response.status, code, message);
}

export const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
