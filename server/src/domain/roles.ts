/** KEYER: a clerk who signs in at a keying station; their keyings carry their own keyer code. */
export const ROLES = ['ADMIN', 'MANAGER', 'REVIEWER', 'STATION', 'KEYER', 'CONSUMER'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (s: string): s is Role => (ROLES as readonly string[]).includes(s);
