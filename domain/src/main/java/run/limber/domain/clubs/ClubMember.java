package run.limber.domain.clubs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One account's place in one club: its club role, and what it lets the club's coaches see. */
@Entity
@Table(name = "club_member")
@IdClass(ClubMemberId.class)
class ClubMember {

    @Id
    @Column(name = "club_id")
    private long clubId;

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClubRole role;

    @Column(name = "joined_at", nullable = false, updatable = false)
    private Instant joinedAt;

    @Column(name = "share_notes", nullable = false)
    private boolean shareNotes;

    @Column(name = "share_ease", nullable = false)
    private boolean shareEase;

    @Column(name = "share_pain", nullable = false)
    private boolean sharePain;

    @Column(name = "share_self_tests", nullable = false)
    private boolean shareSelfTests;

    @Column(name = "share_email", nullable = false)
    private boolean shareEmail;

    @Column(name = "wants_digest", nullable = false)
    private boolean wantsDigest = true;

    @Version
    private long version;

    protected ClubMember() {
    }

    ClubMember(long clubId, long accountId, ClubRole role, SharingChoices sharing, Instant now) {
        this.clubId = clubId;
        this.accountId = accountId;
        this.role = role;
        this.joinedAt = now;
        share(sharing);
    }

    void share(SharingChoices sharing) {
        this.shareNotes = sharing.notes();
        this.shareEase = sharing.ease();
        this.sharePain = sharing.pain();
        this.shareSelfTests = sharing.selfTests();
        this.shareEmail = sharing.email();
    }

    void wantDigest(boolean wanted) {
        this.wantsDigest = wanted;
    }

    /** Coach or member; ownership moves only by {@link ClubRoles#handOver}, so a club never has two owners. */
    void changeRole(ClubRole newRole) {
        this.role = newRole;
    }

    long clubId() {
        return clubId;
    }

    long accountId() {
        return accountId;
    }

    ClubRole role() {
        return role;
    }

    Instant joinedAt() {
        return joinedAt;
    }

    boolean wantsDigest() {
        return wantsDigest;
    }

    SharingChoices sharing() {
        return new SharingChoices(shareNotes, shareEase, sharePain, shareSelfTests, shareEmail);
    }

    Membership of(String clubName) {
        return new Membership(clubId, clubName, role, joinedAt, sharing(), wantsDigest);
    }
}
