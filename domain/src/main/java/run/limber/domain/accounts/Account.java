package run.limber.domain.accounts;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import run.limber.domain.shared.EnumSets;

/** Someone who can sign in. The email is stored lower-case, which makes it unique regardless of case. */
@Entity
@Table(name = "account")
public class Account {

    /** Sessions per ISO week: the article's "three to four times a week", at its lower end. */
    static final int DEFAULT_WEEKLY_GOAL = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    private boolean disabled;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "weekly_goal", nullable = false)
    private int weeklyGoal = DEFAULT_WEEKLY_GOAL;

    @Version
    private long version;

    protected Account() {
    }

    Account(String email, String displayName, String timeZone, String passwordHash, Instant now) {
        this.email = email;
        this.displayName = displayName;
        this.timeZone = timeZone;
        this.passwordHash = passwordHash;
        this.roles.add(Role.RUNNER);
        this.createdAt = now;
    }

    /** Everyone stays a runner, whatever else they become. */
    void assignRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
        roles.add(Role.RUNNER);
    }

    void rename(String newDisplayName) {
        displayName = newDisplayName;
    }

    void moveTo(String newTimeZone) {
        timeZone = newTimeZone;
    }

    void aimFor(int sessionsPerWeek) {
        weeklyGoal = sessionsPerWeek;
    }

    void changePasswordHash(String newHash) {
        passwordHash = newHash;
    }

    void signedIn(Instant now) {
        lastLoginAt = now;
    }

    void setDisabled(boolean disabled) {
        this.disabled = disabled;
    }

    AccountSummary view() {
        return new AccountSummary(id, email, displayName, timeZone, EnumSets.ordered(roles, Role.class), createdAt,
                lastLoginAt, disabled, weeklyGoal);
    }

    long id() {
        return id;
    }

    String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    Set<Role> roles() {
        return EnumSets.ordered(roles, Role.class);
    }

    boolean isDisabled() {
        return disabled;
    }
}
