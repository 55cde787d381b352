package run.limber.webui.base;

/**
 * A page people come to read, complete as the server renders it: its first response is the whole page, and for a
 * visitor who is not signed in the client (Vaadin's scripts) starts only when they first tap, click or type on it, so
 * reading costs a phone none of the client's start-up. Other pages start the client as soon as they are painted.
 */
public interface ReadFirst {
}
