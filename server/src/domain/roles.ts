export const ROLES = ['ADMIN', 'MANAGER', 'REVIEWER', 'STATION', 'CONSUMER'] as const;
export type Role = (typeof ROLES)[number];
