import { Args, Context, Info, Query, Resolver } from '@nestjs/graphql';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { ActivityStatus } from '@app/core';
import { RateLimiter, clientKey } from '@app/rate-limit';
import { SearchService, pageHighlighter } from '@app/search';
import type { RequestContext } from '../auth/request-context';
import { ActivitySearchInput } from '../dto/activity-search.input';
import { Activity } from '../models/activity.model';
import { ActivitySearchResult, type ActivityHit } from '../models/search.model';

// Whether the query selects `field` directly under this field (fragments count; when unsure, yes).
function selects(info: GraphQLResolveInfo, field: string): boolean {
  const visit = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === field;
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet);
      const fragment = info.fragments[selection.name.value];
      return fragment ? visit(fragment.selectionSet) : true;
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}

@Resolver(() => ActivitySearchResult)
export class SearchResolver {
  constructor(
    private readonly search: SearchService,
    private readonly limiter: RateLimiter,
  ) {}

  @Query(() => ActivitySearchResult, {
    description:
      'Search the published activities of approved companies: Dutch free text, filters, distance, sorting, paging and disjunctive facet counts. Public.',
  })
  async searchActivities(
    @Args('input', { description: 'What to look for.' }) input: ActivitySearchInput,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ActivitySearchResult> {
    // Per client address (RATE_LIMIT_SEARCH): generous for a school's shared address, not for a scraper.
    await this.limiter.take(this.limiter.limits.search, clientKey(ctx.req.ip));
    const result = await this.search.search(input, { facets: selects(info, 'facets') });
    const answer = {
      total: result.total,
      page: result.page,
      pageSize: result.pageSize,
      hits: [] as ActivityHit[],
      facets: result.facets,
      engine: result.engine,
    };
    // A request for the counts alone (facets, total) reads no activities and marks no highlights.
    if (!selects(info, 'hits')) return answer;
    // The one read of the page's activities (and their locations), through the request's DataLoader; the
    // highlights are marked in the texts it gives (the engine does not read them a second time).
    const activities = await ctx.loaders.activityWithLocation.loadMany(
      result.hits.map((hit) => hit.activityId),
    );
    const { hits } = answer;
    const highlight = pageHighlighter(result);
    result.hits.forEach((hit, i) => {
      const activity = activities[i];
      // The index drops an unpublished activity in the transaction that unpublishes it; this guards only a
      // change committed between the search and this read.
      if (!activity || activity instanceof Error || activity.status !== ActivityStatus.PUBLISHED) return;
      hits.push({
        activity: Activity.from(activity),
        distanceKm: hit.distanceKm,
        highlight: highlight(hit, activity),
      });
    });
    return answer;
  }
}
