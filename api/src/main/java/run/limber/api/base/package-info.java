/** Cross-cutting API pieces: problem+json errors, paging and enum query parameters. */
package run.limber.api.base;
