/** Cross-cutting domain pieces: paging, slugs, Limber's public links, and the failures every feature signals (not found, invalid, conflict, forbidden, stale, unavailable), and minutes rounded as runners read them. */
package run.limber.domain.shared;
