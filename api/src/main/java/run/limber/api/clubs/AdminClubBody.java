package run.limber.api.clubs;

import java.time.Instant;
import run.limber.domain.clubs.ClubListing;

/** A club as platform admins see it: nothing about its members but their number. */
record AdminClubBody(long id, String name, String timeZone, long memberCount, Instant createdAt) {

    static AdminClubBody of(ClubListing club) {
        return new AdminClubBody(club.id(), club.name(), club.timeZone(), club.memberCount(), club.createdAt());
    }
}
