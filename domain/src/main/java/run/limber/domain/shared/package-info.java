/** Cross-cutting domain pieces: paging, slugs, Limber's public links, and the failures every feature signals (not found, invalid, conflict, forbidden, stale, unavailable). */
package run.limber.domain.shared;
