/** Messages between the page and the simulated server running in a Web Worker. */
export type ToSimulation =
  | { type: 'start'; world: string; scenario: string; now: number }
  | {
      type: 'request';
      id: number;
      now: number;
      method: string;
      url: string;
      headers: [string, string][];
      body: string | null;
    }
  | { type: 'advance'; milliseconds: number };

export type FromSimulation =
  | { type: 'started' }
  | { type: 'failed'; message: string }
  | {
      type: 'response';
      id: number;
      /** A network error (e.g. the `offline` scenario): no response at all. */
      networkError: boolean;
      /** Null when no route matched: the request goes to the network as it is. */
      status: number | null;
      headers: [string, string][];
      body: string;
    };
