/** Bench-only code, compiled into the app only by the {@code bench} Maven profile (see bench/README.md). */
package run.limber.bench;
