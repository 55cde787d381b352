package run.limber.domain.clubs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/** A running club: its name, the time zone its weeks and digests follow, and the code people join with. */
@Entity
@Table(name = "club")
class Club {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    private String description;

    /** Null while joining by code is switched off. */
    @Column(name = "join_code")
    private String joinCode;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Club() {
    }

    Club(ClubRules.Checked details, String joinCode, Instant now) {
        describe(details);
        this.joinCode = joinCode;
        this.createdAt = now;
    }

    /** Takes checked details only: the rules are applied before a club is touched. */
    void describe(ClubRules.Checked details) {
        this.name = details.name();
        this.timeZone = details.timeZone();
        this.description = details.description();
    }

    /** A new code replaces the old one at once, so a code that leaked stops working. */
    void joinWith(String code) {
        this.joinCode = code;
    }

    void closeJoining() {
        this.joinCode = null;
    }

    long id() {
        return id;
    }

    String name() {
        return name;
    }

    String timeZone() {
        return timeZone;
    }

    String description() {
        return description;
    }

    Optional<String> joinCode() {
        return Optional.ofNullable(joinCode);
    }

    Instant createdAt() {
        return createdAt;
    }

    long version() {
        return version;
    }
}
