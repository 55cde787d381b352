/**
 * Club pages for owners and coaches ({@code coach/...}, in their own {@link run.limber.admin.clubs.CoachLayout}:
 * coaches are plain runners) and the platform admin's club list ({@code admin/clubs}).
 */
package run.limber.admin.clubs;
