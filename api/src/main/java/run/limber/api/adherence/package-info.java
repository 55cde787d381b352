/** REST for adherence: the coaches' dashboard, weekly summary and CSV of a club, and a member's own adherence. */
package run.limber.api.adherence;
