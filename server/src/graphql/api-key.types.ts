import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, MaxLength } from 'class-validator';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { RoleEnum } from './enums.js';

/** GraphQL names for the scope strings stored with each key (`keyings:submit` is KEYINGS_SUBMIT). */
export enum ApiKeyScopeEnum {
  KEYINGS_SUBMIT = 'keyings:submit',
  RECORDS_READ = 'records:read',
  RECORDS_READ_PERSONAL = 'records:read-personal',
  REPORTS_READ = 'reports:read',
}
registerEnumType(ApiKeyScopeEnum, {
  name: 'ApiKeyScope',
  description: 'What an API key may do',
  valuesConfig: {
    KEYINGS_SUBMIT: { description: 'submitKeyings, batches, templates (acts as a STATION; cannot be combined with reading scopes)' },
    RECORDS_READ: { description: 'verifiedRecords with the sensitive (personal) fields masked, batches, templates' },
    RECORDS_READ_PERSONAL: { description: 'verifiedRecords with every field, batches, templates' },
    REPORTS_READ: { description: 'batches with their progress, templates, report queries: no personal data' },
  },
});

@ObjectType('ApiKey', { description: 'A credential for another system; the secret itself is never shown again after creation' })
export class ApiKeyType {
  @Field(() => ID) id!: number;
  @Field() name!: string;
  @Field({ description: 'The public part of the key (dk_<prefix>_…); audit rows name the key as key:<prefix>' }) prefix!: string;
  @Field(() => [ApiKeyScopeEnum]) scopes!: string[];
  @Field(() => RoleEnum, { description: 'The role the key acts under; what it may do is decided by its scopes' }) role!: string;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) revokedAt?: Date | null;
  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'Updated at most once a minute' }) lastUsedAt?: Date | null;
}

@ObjectType()
export class CreatedApiKey {
  @Field({ description: 'The whole key, shown only this once: send it as Authorization: Bearer <key> or X-API-Key: <key>' }) key!: string;
  @Field(() => ApiKeyType) apiKey!: ApiKeyType;
}

@InputType()
export class CreateApiKeyInput {
  @Field({ description: 'Which system uses the key, e.g. "CSDL dân cư – nhận bản ghi"' }) @MaxLength(100) name!: string;
  @Field(() => [ApiKeyScopeEnum]) @ArrayMaxSize(4) scopes!: string[];
}
