package run.limber.webui.player;

import com.vaadin.flow.component.Component;

/**
 * The few things the player does in the browser rather than on the server: the running clock, the get-ready
 * countdown, and the paced mode's beeps (Web Audio), which would be too late if each waited for a round trip.
 */
final class ClientScripts {

    private ClientScripts() {
    }

    /** Keeps a "m:ss" clock running from the given time played, or still while paused. */
    static void tick(Component clock, long elapsedMillis, boolean paused) {
        clock.getElement().executeJs("""
                const el = this; clearInterval(el._limberTick);
                const base = Date.now() - $0;
                const show = () => { const s = Math.floor((Date.now() - base) / 1000);
                    el.textContent = Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0'); };
                if (!$1) { el._limberTick = setInterval(show, 1000); }""", elapsedMillis, paused);
    }

    /** "Get ready" 3, 2, 1, then "Go". */
    static void countdown(Component screen) {
        screen.getElement().executeJs("""
                const box = this.querySelector('.player-countdown'); if (!box) return;
                clearInterval(box._limberCountdown); let n = 3; box.textContent = 'Get ready… ' + n;
                box._limberCountdown = setInterval(() => { n--;
                    if (n > 0) { box.textContent = 'Get ready… ' + n; }
                    else { box.textContent = 'Go'; clearInterval(box._limberCountdown); } }, 1000);""");
    }

    /** A beep and a counted rep every {@code seconds}; 0 stops it. */
    static void pace(Component screen, int seconds) {
        screen.getElement().executeJs("""
                const el = this; clearInterval(el._limberPace);
                if ($0 <= 0) return;
                const audio = window._limberAudio = window._limberAudio || new AudioContext();
                audio.resume();
                el._limberPace = setInterval(() => {
                    const tone = audio.createOscillator(), gain = audio.createGain();
                    tone.frequency.value = 880; gain.gain.value = 0.2;
                    tone.connect(gain).connect(audio.destination);
                    tone.start(); tone.stop(audio.currentTime + 0.15);
                    el.$server.pacedRep();
                }, $0 * 1000);""", seconds);
    }
}
