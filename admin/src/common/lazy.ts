import { lazy, type ComponentType } from 'react';

/**
 * A screen loaded when first shown (its own chunk), from a module's named export: the first screen
 * downloads only what it draws. react-admin's layout shows its loader while a chunk arrives.
 */
export function lazyScreen<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string): ComponentType<any> {
  return lazy(() => load().then((m) => ({ default: m[name] as ComponentType<any> })));
}
