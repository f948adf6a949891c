import { buildSchema, type AuthChecker } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { DomainError } from '../domain/errors.js';
import type { GqlContext } from './context.js';
import { AuthResolver } from './resolvers/auth.resolver.js';
import { BatchResolver } from './resolvers/batch.resolver.js';
import { DiscrepancyResolver } from './resolvers/discrepancy.resolver.js';
import { FormResolver } from './resolvers/form.resolver.js';
import { KeyingResolver } from './resolvers/keying.resolver.js';
import { KeyingWorkResolver } from './resolvers/keying-work.resolver.js';
import { RecordResolver } from './resolvers/record.resolver.js';
import { TaskCommentResolver, TaskResolver } from './resolvers/task.resolver.js';
import { AuditResolver } from './resolvers/audit.resolver.js';
import { TemplateResolver } from './resolvers/template.resolver.js';
import { UserResolver } from './resolvers/user.resolver.js';
import { ApiKeyResolver } from './resolvers/api-key.resolver.js';
import { ReportResolver, ReviewerReportRowResolver } from './resolvers/report.resolver.js';
import { TeamResolver, UserTeamResolver } from './resolvers/team.resolver.js';
import { SCOPE_MARK } from './helpers.js';
import { validateArgument } from './validation.js';

/** What a session opened with a one-time password may do: change it, see who it is, sign out. */
const WHILE_PASSWORD_CHANGE_REQUIRED = new Set(['Mutation.changePassword', 'Mutation.logout', 'Query.me']);

/** Throws instead of returning false so the client gets UNAUTHENTICATED vs FORBIDDEN, not a generic denial. */
export const authChecker: AuthChecker<GqlContext> = ({ context, info }, roles) => {
  const actor = context.actor;
  if (!actor) throw new DomainError('UNAUTHENTICATED', 'sign in first: send Authorization: Bearer <token>');
  // Root fields only: inside `me`, the fields of the user are what `me` is for.
  if (actor.mustChangePassword && info.path.prev === undefined && !WHILE_PASSWORD_CHANGE_REQUIRED.has(`${info.parentType.name}.${info.fieldName}`)) {
    throw new DomainError('PASSWORD_CHANGE_REQUIRED', 'this account signed in with a one-time password: choose a new password with changePassword first');
  }
  if (!roles.length) return true;
  if (actor.kind === 'key') {
    // A key is judged by its scopes alone, never by the role it acts under.
    const needed = roles.filter((r) => r.startsWith(SCOPE_MARK)).map((r) => r.slice(SCOPE_MARK.length));
    if (!needed.some((s) => actor.scopes?.includes(s))) {
      throw new DomainError('FORBIDDEN', needed.length ? `this API key needs the scope ${needed.join(' or ')}` : 'API keys may not do this');
    }
    return true;
  }
  if (!roles.includes(actor.role)) {
    throw new DomainError('FORBIDDEN', `the ${actor.role} role may not do this`);
  }
  return true;
};

export const RESOLVERS = [
  AuthResolver,
  TemplateResolver,
  BatchResolver,
  FormResolver,
  KeyingResolver,
  KeyingWorkResolver,
  DiscrepancyResolver,
  TaskResolver,
  TaskCommentResolver,
  AuditResolver,
  RecordResolver,
  UserResolver,
  ApiKeyResolver,
  ReportResolver,
  ReviewerReportRowResolver,
  TeamResolver,
  UserTeamResolver,
] as const;

let cached: Promise<GraphQLSchema> | undefined;

/** Built once per process: type-graphql's metadata is global, so every app instance shares it. */
export function createSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    validateFn: validateArgument,
    emitSchemaFile: false,
  });
  return cached;
}
