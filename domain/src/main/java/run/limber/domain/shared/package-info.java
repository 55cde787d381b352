/** Cross-cutting domain pieces: paging, slugs and the not-found signal every feature uses. */
package run.limber.domain.shared;
