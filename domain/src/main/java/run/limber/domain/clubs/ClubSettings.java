package run.limber.domain.clubs;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How clubs behave; see the Clubs section of application.properties. */
@ConfigMapping(prefix = "limber.clubs")
public interface ClubSettings {

    /** Who may create a club: any signed-in account (the default), or platform admins only. */
    @WithDefault("anyone")
    Creators creators();

    /** How many email invitations one club may send in 24 hours; a bound on mail a coach can make Limber send. */
    @WithDefault("50")
    int invitationsPerDay();

    /** How long an invitation link works. */
    @WithDefault("7D")
    Duration invitationLifetime();

    enum Creators {
        ANYONE, ADMINS
    }
}
