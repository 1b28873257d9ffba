// The one typed path to the server: names and types come from ServerApi, nothing else compiles.

import type { ServerApi } from '../src/server-api';

export type ServerName = keyof ServerApi;

export function call<K extends ServerName>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value: unknown) => resolve(value as ReturnType<ServerApi[K]>))
      .withFailureHandler((error: Error) => reject(error));
    // Called as a method of its runner: google.script.run reads the handlers from `this`.
    (runner as unknown as Record<K, (...a: Parameters<ServerApi[K]>) => void>)[name](...args);
  });
}
