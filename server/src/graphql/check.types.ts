import { Field, ObjectType } from 'type-graphql';
import { DiscrepancyKindEnum } from './enums.js';

@ObjectType('CheckWarning', { description: 'A check the final values would fail; the message names the field and the check, never the value' })
export class CheckWarningType {
  @Field({ description: 'The field key the warning is about' }) field!: string;
  @Field(() => DiscrepancyKindEnum, { description: 'RULE, REFERENCE, SPELLING or CONSISTENCY' }) kind!: string;
  @Field({ description: 'Stable id of the check, e.g. citizenId.structure' }) check!: string;
  @Field() message!: string;
}
