import { Stack } from '@mui/material';
import { Create, FormDataConsumer, maxValue, minValue, NumberInput, RadioButtonGroupInput, regex, required, SimpleForm, TextInput } from 'react-admin';
import { isBatchCode } from '../common/rules';

const provinceCode = [required(), regex(/^\d{3}$/, 'dk.validation.province_code')];
// The server's rule (server/src/domain/codes.ts); the message is its BATCH_CODE_RULE, translated.
const code = [required(), (v: unknown) => (typeof v === 'string' && v && !isBatchCode(v) ? 'dk.validation.batch_code' : undefined)];
const every = [required(), minValue(2), maxValue(100000)];
const percent = [required(), minValue(0.01), maxValue(100)];

const MODES = [
  { id: 'none', name: 'dk.batches.policy_none' },
  { id: 'every', name: 'dk.batches.mode_every' },
  { id: 'percent', name: 'dk.batches.mode_percent' },
];

/** The form's spot-check mode is not an API field: it picks which of the policy fields are sent. */
const toInput = ({ spotCheckMode, spotCheckEvery, spotCheckPercent, spotCheckSeed, ...rest }: Record<string, any>) => ({
  ...rest,
  ...(spotCheckMode === 'every' && spotCheckEvery ? { spotCheckEvery: Number(spotCheckEvery) } : {}),
  ...(spotCheckMode === 'percent' && spotCheckPercent ? { spotCheckPercent: Number(spotCheckPercent), ...(spotCheckSeed != null && spotCheckSeed !== '' ? { spotCheckSeed: Number(spotCheckSeed) } : {}) } : {}),
});

/** Admin only (the menu and the route both check); the server validates again. */
export const BatchCreate = () => (
  <Create redirect="show" transform={toInput}>
    <SimpleForm sx={{ maxWidth: 560 }}>
      <TextInput source="code" validate={code} autoFocus />
      <TextInput source="provinceCode" validate={provinceCode} />
      <TextInput source="district" validate={required()} />
      <TextInput source="commune" validate={required()} />
      <TextInput source="templateCode" defaultValue="dc01" validate={required()} />
      <RadioButtonGroupInput source="spotCheckMode" label="resources.batches.fields.spotCheck" choices={MODES} defaultValue="none" helperText="dk.batches.policy_hint" />
      <FormDataConsumer>
        {({ formData }) =>
          formData.spotCheckMode === 'every' ? (
            <NumberInput source="spotCheckEvery" label="dk.batches.every_n" validate={every} defaultValue={20} helperText="dk.batches.every_help" />
          ) : formData.spotCheckMode === 'percent' ? (
            <Stack direction="row" spacing={1} sx={{ width: '100%' }}>
              <NumberInput source="spotCheckPercent" label="dk.batches.percent" validate={percent} defaultValue={5} helperText="dk.batches.percent_help" />
              <NumberInput source="spotCheckSeed" label="dk.batches.seed" helperText="dk.batches.seed_help" />
            </Stack>
          ) : null
        }
      </FormDataConsumer>
    </SimpleForm>
  </Create>
);
