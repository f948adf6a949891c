import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLJSONObject } from 'graphql-scalars';
import { BATCH_CODE_RULE } from '../domain/codes.js';
import { ChoiceEnum, RoleEnum, SpotCheckModeEnum } from './enums.js';

/** GraphQL input types (mutation arguments); list arguments and filters are in lists.ts. */

@InputType({ description: 'A team covers a province (provinceCode) or a set of batches (batchIds, at most 200), not both' })
export class CreateTeamInput {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) provinceCode?: string | null;
  @Field(() => [ID], { nullable: true }) batchIds?: string[] | null;
}

@InputType({ description: 'Fields left out stay as they are; null clears provinceCode or batchIds (to switch between the two)' })
export class UpdateTeamInput {
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) provinceCode?: string | null;
  @Field(() => [ID], { nullable: true }) batchIds?: string[] | null;
}

@InputType({ description: "One clerk's keying of one form" })
export class KeyingInput {
  @Field({ description: 'Unique per keying; resending the same keying with it is safe' }) idempotencyKey!: string;
  @Field() batchCode!: string;
  @Field() formNumber!: string;
  @Field(() => Int, { description: '1 or 2; 3 for the re-key of a form whose task asked for one (disputed fields only)' }) pass!: number;
  @Field(() => String, {
    nullable: true,
    description: "The clerk's code. A clerk signed in (role KEYER) may leave it out: their keyings carry their own code, and any other is refused (KEYER_MISMATCH). Stations and API keys must name a registered clerk (UNKNOWN_KEYER otherwise).",
  })
  keyerCode!: string;
  @Field() stationCode!: string;
  @Field(() => GraphQLDateTimeISO) startedAt!: Date;
  @Field(() => GraphQLDateTimeISO) submittedAt!: Date;
  @Field(() => GraphQLJSONObject, { description: 'Field key -> typed value (string) or null when empty' }) values!: Record<string, unknown>;
  @Field(() => [String], { nullable: true, description: 'Keys of fields the clerk marked illegible' }) illegibleFields?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Scan of the form, when the station knows it' }) imageRef?: string | null;
}

@InputType()
export class ResolutionInput {
  @Field(() => ID) discrepancyId!: string;
  @Field(() => ChoiceEnum) choice!: keyof typeof ChoiceEnum;
  @Field(() => String, { nullable: true, description: 'The typed value, with choice VALUE' }) value?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'With choice VALUE: the field is illegible on the scan' }) illegible?: boolean | null;
}

@InputType()
export class CreateBatchInput {
  @Field({ description: `Batch code: ${BATCH_CODE_RULE}` }) code!: string;
  @Field({ defaultValue: 'dc01' }) templateCode!: string;
  @Field() provinceCode!: string;
  @Field() district!: string;
  @Field() commune!: string;
  @Field(() => Int, { nullable: true, description: 'Spot-check every Nth automatically verified form' }) spotCheckEvery?: number | null;
  @Field(() => Float, { nullable: true, description: 'Or spot-check a random percentage, drawn with spotCheckSeed' }) spotCheckPercent?: number | null;
  @Field(() => Int, { nullable: true }) spotCheckSeed?: number | null;
  @Field(() => SpotCheckModeEnum, { defaultValue: 'UNIFORM', description: 'How the percentage is drawn (RISK needs spotCheckPercent)' }) spotCheckMode!: keyof typeof SpotCheckModeEnum;
}

@InputType()
export class CreateUserInput {
  @Field() username!: string;
  @Field() password!: string;
  @Field(() => RoleEnum) role!: string;
  @Field() displayName!: string;
  @Field(() => String, { nullable: true }) keyerCode?: string | null;
  @Field(() => String, { nullable: true, description: 'The team (id or code); none: national' }) team?: string | null;
}

@InputType({ description: 'A clerk to register as a KEYER account (no password until an admin sets one)' })
export class ClerkInput {
  @Field({ description: 'The code their keyings carry; unique' }) keyerCode!: string;
  @Field() displayName!: string;
  @Field(() => String, { nullable: true, description: 'Defaults to the keyer code in lower case (`clerk-<code>` when that is not a valid username)' }) username?: string | null;
}

@InputType({ description: 'A spot-check correction of one field of a verified record (a field both clerks agreed on: see CorrectionTask.spotCheckFields)' })
export class FieldCorrectionInput {
  @Field() fieldKey!: string;
  @Field(() => String, { nullable: true }) value?: string | null;
  @Field(() => Boolean, { nullable: true }) illegible?: boolean | null;
}

@InputType()
export class SpotCheckPolicyInput {
  @Field(() => Int, { nullable: true, description: 'Every Nth automatically verified form (2..100000)' }) every?: number | null;
  @Field(() => Float, { nullable: true, description: 'Or a random percentage (0..100], drawn with the seed' }) percent?: number | null;
  @Field(() => Int, { nullable: true }) seed?: number | null;
  @Field(() => SpotCheckModeEnum, { defaultValue: 'UNIFORM', description: 'How the percentage is drawn (RISK needs percent)' }) mode!: keyof typeof SpotCheckModeEnum;
}
