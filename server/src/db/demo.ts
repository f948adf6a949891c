import type { App } from '../app.js';
export async function seedDemoIfEmpty(_app: App, _opts: { forms: number }): Promise<{ file: string; users: { role: string; username: string; password: string }[] } | null> {
  return null;
}
