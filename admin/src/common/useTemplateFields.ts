import { useEffect, useState } from 'react';
import { gql } from '../graphql';

export interface TemplateField {
  key: string;
  labelVi: string;
  labelEn: string;
  type: string;
}

let cache: Promise<TemplateField[]> | null = null;

/** The DC01 fields (labels in both languages), fetched once per page load. */
export function useTemplateFields(code = 'dc01'): TemplateField[] {
  const [fields, setFields] = useState<TemplateField[]>([]);
  useEffect(() => {
    let live = true;
    cache ??= gql<{ template: { fields: TemplateField[] } }>(`query Tpl($code: String!) { template(code: $code) { fields { key labelVi labelEn type } } }`, { code })
      .then((d) => d.template.fields)
      .catch((e) => {
        cache = null;
        throw e;
      });
    cache.then((f) => live && setFields(f)).catch(() => undefined);
    return () => {
      live = false;
    };
  }, [code]);
  return fields;
}
