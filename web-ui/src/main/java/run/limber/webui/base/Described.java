package run.limber.webui.base;

/**
 * A page that says in a sentence what it holds, for search results and shared links (its meta description and Open
 * Graph description). Pages without one share the app's own description.
 */
public interface Described {

    String description();
}
