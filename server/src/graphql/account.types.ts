import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { RoleEnum } from './enums.js';
import { UserType } from './types.js';

@InputType({ description: 'Fields to change; those left out stay as they are' })
export class UpdateUserInput {
  @Field(() => String, { nullable: true }) displayName?: string | null;
  @Field(() => RoleEnum, { nullable: true, description: "Takes effect on the account's next request; signs it out everywhere" }) role?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'null removes it (not for a KEYER). Refused (CONFLICT) once keyings carry the current code: that would rewrite whose work they were',
  })
  keyerCode?: string | null;
  @Field(() => String, { nullable: true, description: "A team's id or code; null takes the account out of its team (national). Admins belong to no team" })
  team?: string | null;
}

@ObjectType()
export class ResetPasswordResult {
  @Field(() => UserType) user!: UserType;
  @Field({ description: 'Shown once, never stored in clear: hand it to the person; they must change it at their next sign-in' })
  oneTimePassword!: string;
  @Field(() => GraphQLDateTimeISO, { description: 'After this the one-time password opens nothing (ONE_TIME_PASSWORD_EXPIRED): reset it again' })
  expiresAt!: Date;
}

@ObjectType()
export class ImportProblem {
  @Field(() => Int, { description: 'Line of the file (1 is the header)' }) line!: number;
  @Field({ description: 'username, displayName, role, keyerCode, team, or row/header/file' }) field!: string;
  @Field() reason!: string;
}

@ObjectType()
export class ImportedAccount {
  @Field(() => Int) line!: number;
  @Field(() => ID) id!: number;
  @Field() username!: string;
  @Field() displayName!: string;
  @Field(() => RoleEnum) role!: string;
  @Field(() => String, { nullable: true }) keyerCode?: string | null;
  @Field(() => String, { nullable: true, description: "The team's code" }) team?: string | null;
  @Field({ description: 'Shown once: the account must change it at its first sign-in' }) oneTimePassword!: string;
}

@ObjectType()
export class SkippedAccount {
  @Field(() => Int) line!: number;
  @Field() username!: string;
}

@ObjectType()
export class ImportUsersResult {
  @Field(() => Int) created!: number;
  @Field(() => Int, { description: 'Rows whose username already has an account (left as it is, no new password)' }) skipped!: number;
  @Field(() => Int, { description: 'Rows refused (see problems)' }) failed!: number;
  @Field(() => [ImportedAccount]) accounts!: ImportedAccount[];
  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "When the new accounts' one-time passwords stop opening them (null: no account was created)" })
  oneTimePasswordsExpireAt!: Date | null;
  @Field(() => [SkippedAccount]) skippedAccounts!: SkippedAccount[];
  @Field(() => [ImportProblem]) problems!: ImportProblem[];
}
