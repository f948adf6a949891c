import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLJSONObject } from 'graphql-scalars';
import { FieldDefinition } from './types.js';

@ObjectType({ description: 'A form handed to you to key, under a lease. It never says which pass it is, nor whether the other pass exists.' })
export class KeyingLeaseType {
  @Field(() => ID, { description: 'The lease, opaque: give it to saveLeasedKeying (it says nothing of which pass this is)' }) id!: string;
  @Field(() => ID) batchId!: number;
  @Field() batchCode!: string;
  @Field() formNumber!: string;
  @Field(() => GraphQLDateTimeISO) claimedAt!: Date;
  @Field(() => GraphQLDateTimeISO) leaseUntil!: Date;
  @Field(() => String, { nullable: true, description: 'Where to GET the scan (same bearer token); null when the form has no registered scan' }) scanUrl!: string | null;
  @Field(() => String, { nullable: true, description: 'MIME type of the scan' }) scanType!: string | null;
  @Field(() => [FieldDefinition], { description: 'The fields to key, in form order' }) fields!: FieldDefinition[];
}

@InputType()
export class LeasedKeyingInput {
  @Field({ description: 'Unique per keying: made once when the form opens and sent again on every retry of its save' }) idempotencyKey!: string;
  @Field(() => GraphQLDateTimeISO, { description: 'When the form was opened on screen' }) startedAt!: Date;
  @Field(() => GraphQLDateTimeISO) submittedAt!: Date;
  @Field(() => GraphQLJSONObject, { description: 'Field key -> typed value (string) or null when empty' }) values!: Record<string, unknown>;
  @Field(() => [String], { nullable: true, description: 'Keys of fields marked illegible' }) illegibleFields?: string[] | null;
}

@ObjectType()
export class LeasedKeyingOutcome {
  @Field({ description: 'ACCEPTED, or DUPLICATE for a retry of a save that was already stored' }) status!: string;
  @Field(() => KeyingLeaseType, { nullable: true, description: 'With next: true, the next form to key (as claimNextKeying answers it); null when nothing is left' }) next!: KeyingLeaseType | null;
}

@ObjectType({ description: "A clerk's own figures (nobody else's)" })
export class KeyingFiguresType {
  @Field(() => Int) keyedToday!: number;
  @Field(() => Int) keyedThisWeek!: number;
  @Field(() => Float, { nullable: true, description: 'Median seconds per form this week (Monday to now, Vietnam time)' }) medianSecondsThisWeek!: number | null;
  @Field(() => Int, { description: 'Your keyings whose forms are settled (verified automatically or after review)' }) reviewedForms!: number;
  @Field(() => Int) fieldsReviewed!: number;
  @Field(() => Int, { description: 'Fields where your value differed from the final one' }) fieldErrors!: number;
  @Field(() => Float, { nullable: true, description: 'fieldErrors / fieldsReviewed; null before any form is settled' }) errorRate!: number | null;
}
