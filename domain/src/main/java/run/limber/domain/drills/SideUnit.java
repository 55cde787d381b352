package run.limber.domain.drills;

/** What a drill's sides are: the working leg, or the side of the body. */
public enum SideUnit {
    LEG("leg"),
    BODY_SIDE("side");

    private final String noun;

    SideUnit(String noun) {
        this.noun = noun;
    }

    public String noun() {
        return noun;
    }
}
