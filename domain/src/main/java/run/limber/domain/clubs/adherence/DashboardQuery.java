package run.limber.domain.clubs.adherence;

import run.limber.domain.shared.PageRequest;
import run.limber.domain.shared.ValidationException;

/**
 * What a coach asks the dashboard for.
 *
 * @param weeks      how many ISO weeks, 1 to {@link AdherenceService#MAX_WEEKS}
 * @param groupId    one group's members only, or null for the whole club
 * @param behindOnly only members who fell behind this week
 * @param nameQuery  part of a display name, or null
 */
public record DashboardQuery(int weeks, Long groupId, boolean behindOnly, String nameQuery, DashboardSort sort,
                             PageRequest page) {

    public static final int MAX_NAME_QUERY = 80;

    public DashboardQuery {
        AdherenceService.checkWeeks(weeks);
        nameQuery = nameQuery == null || nameQuery.isBlank() ? null : nameQuery.strip();
        if (nameQuery != null && nameQuery.length() > MAX_NAME_QUERY) {
            throw new ValidationException("q", "Search with at most " + MAX_NAME_QUERY + " characters.");
        }
        sort = sort == null ? DashboardSort.NAME : sort;
        page = page == null ? PageRequest.first(PageRequest.DEFAULT_SIZE) : page;
    }

    MemberScope scope(long clubId) {
        return new MemberScope(clubId, groupId, nameQuery);
    }

    /** Only the name order with no filter on this week can be paged in SQL; the rest needs every member judged. */
    boolean pagedInSql() {
        return sort == DashboardSort.NAME && !behindOnly;
    }
}
