import { PROVINCES } from './rules';

/** The server's province list (server/src/domain/provinces.ts), bundled as it is. */
export { PROVINCE_NAME_BY_CODE, PROVINCES } from './rules';

/** SelectInput choices: "001 · Hà Nội". */
export const PROVINCE_CHOICES = PROVINCES.map((p) => ({ id: p.code, name: `${p.code} · ${p.name}` }));
