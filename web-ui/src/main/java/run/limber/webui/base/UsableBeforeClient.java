package run.limber.webui.base;

/**
 * A page that is complete and works as the server renders it: pages people come to read, and the sign-in page,
 * whose form is an ordinary HTML form. For a visitor who is not signed in the client (Vaadin's scripts) starts only
 * when they first tap, click or type on the page outside its links and forms, so a phone spends none of the client's
 * start-up on reading or signing in. Other pages start the client as soon as they are painted.
 */
public interface UsableBeforeClient {
}
