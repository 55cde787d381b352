package run.limber.webui.player;

/** What a runner can do on the step screen. */
enum PlayerAction {
    COUNT, NEXT, SKIP, BACK, PAUSE, RESUME, STOP
}
