import { Args, Authorized, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { GqlContext } from '../context.js';
import { asksForItemField, roles } from '../helpers.js';
import { readEm } from '../../services/sql.js';
import type { ReviewerRow } from '../../services/reports.service.js';
import { seesStaffNames } from '../personal.js';
import {
  AreaReportArgs,
  AreaReportPage,
  FieldReportArgs,
  FieldReportPage,
  KeyerPairArgs,
  KeyerPairPage,
  KeyerReportArgs,
  KeyerReportPage,
  OutOfControlArgs,
  OutOfControlPage,
  ReportCsvArgs,
  ReviewerReportArgs,
  ReviewerReportPage,
  ReviewerReportRow,
} from '../report.types.js';

/** Reports are aggregates that may lag a moment: read from a streaming replica when there is one (readEm). */
const lagTolerant = (ctx: GqlContext): GqlContext => ({ ...ctx, em: readEm(ctx.em) });

/** Error-rate and progress reports, answered from the report aggregates (no personal data). */
@Resolver()
export class ReportResolver {
  @Authorized(roles('readReports'))
  @Query(() => KeyerReportPage, { description: 'Per keyer: volume, field error rate with a 95% interval, errors per 1,000 keystrokes, error kinds, median seconds per form, p-chart verdict' })
  keyerReport(@Args() args: KeyerReportArgs, @Ctx() ctx: GqlContext, @Info() info: GraphQLResolveInfo) {
    return ctx.services.reports.keyerPage(lagTolerant(ctx), args, asksForItemField(info, 'pendingFields'));
  }

  @Authorized(roles('readReports'))
  @Query(() => FieldReportPage, { description: 'Per field: error rate and discrepancy rate, most error-prone first by default' })
  fieldReport(@Args() args: FieldReportArgs, @Ctx() ctx: GqlContext, @Info() info: GraphQLResolveInfo) {
    return ctx.services.reports.fieldPage(lagTolerant(ctx), args, asksForItemField(info, 'pendingFields'));
  }

  @Authorized(roles('readReports'))
  @Query(() => AreaReportPage, { description: 'Per batch, district, province or overall: discrepancy and error rates, automatic vs reviewed, backlog, progress toward handover' })
  areaReport(@Args() args: AreaReportArgs, @Ctx() ctx: GqlContext) {
    return ctx.services.reports.areaPage(lagTolerant(ctx), args);
  }

  @Authorized(roles('readReports'))
  @Query(() => ReviewerReportPage, { description: 'Per reviewer: tasks resolved, median and p90 time to resolve, escalations, agreement of resolutions with each keying' })
  reviewerReport(@Args() args: ReviewerReportArgs, @Ctx() ctx: GqlContext) {
    return ctx.services.reports.reviewerPage(lagTolerant(ctx), args);
  }

  @Authorized(roles('readReports'))
  @Query(() => KeyerPairPage, { description: 'Share of fields on which the two keyings agreed: overall, and per keyer pair (most forms first by default)' })
  agreementReport(@Args() args: KeyerPairArgs, @Ctx() ctx: GqlContext) {
    return ctx.services.reports.pairPage(lagTolerant(ctx), args);
  }

  @Authorized(roles('readReports'))
  @Query(() => OutOfControlPage, { description: 'Keyers above the upper control limit of a p-chart over the period (limits from the population rate and each keyer’s volume)' })
  outOfControlKeyers(@Args() args: OutOfControlArgs, @Ctx() ctx: GqlContext, @Info() info: GraphQLResolveInfo) {
    return ctx.services.reports.outOfControlPage(lagTolerant(ctx), args, asksForItemField(info, 'pendingFields'));
  }

  @Authorized(roles('readReports'))
  @Query(() => String, { description: 'A whole report as CSV text (RFC 4180, header row, CRLF), in its default order' })
  reportCsv(@Args() args: ReportCsvArgs, @Ctx() ctx: GqlContext) {
    return ctx.services.reports.csv(lagTolerant(ctx), args.report, args.filter, args);
  }
}

/** Reviewers by name for staff; systems (API keys) keep the id only, as they do on records. */
@Resolver(() => ReviewerReportRow)
export class ReviewerReportRowResolver {
  @FieldResolver(() => String, { nullable: true })
  async reviewerName(@Root() r: ReviewerRow, @Ctx() ctx: GqlContext): Promise<string | null> {
    if (!seesStaffNames(ctx.actor)) return null;
    // Batched per request: a page of reviewers is one query.
    return (await ctx.loaders.user.load(Number(r.reviewerId)))?.displayName ?? null;
  }
}
