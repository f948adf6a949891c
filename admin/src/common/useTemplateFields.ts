import { useEffect, useState } from 'react';
import { graphql } from '../gql';
import type { FieldLabelsFragment } from '../gql/graphql';
import { gql } from '../graphql';

/** A field's key, labels and type: what every screen needs to name a field. */
graphql(`fragment FieldLabels on FieldDefinition { key labelVi labelEn type }`);

const TEMPLATE = graphql(`query Tpl($code: String!) { template(code: $code) { fields { ...FieldLabels } } }`);

export type TemplateField = FieldLabelsFragment;

let cache: Promise<TemplateField[]> | null = null;

/** The DC01 fields (labels in both languages), fetched once per page load. */
export function useTemplateFields(code = 'dc01'): TemplateField[] {
  const [fields, setFields] = useState<TemplateField[]>([]);
  useEffect(() => {
    let live = true;
    cache ??= gql(TEMPLATE, { code })
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
