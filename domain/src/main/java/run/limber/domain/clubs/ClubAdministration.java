package run.limber.domain.clubs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import run.limber.domain.shared.NoSuchEntryException;
import run.limber.domain.shared.Page;
import run.limber.domain.shared.PageRequest;

/**
 * What platform admins may do with clubs: see that they exist and delete one (say, a club used for spam). Never what
 * is in them: members' data is shared with a club's coaches by consent, not with the platform's staff.
 */
@ApplicationScoped
@RolesAllowed("ADMIN")
public class ClubAdministration {

    private final ClubRepository clubs;

    ClubAdministration(ClubRepository clubs) {
        this.clubs = clubs;
    }

    /** Every club, newest first: name, time zone, member count, created. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ClubListing> list(PageRequest page) {
        return new Page<>(clubs.listing(page), page.page(), page.size(), clubs.count());
    }

    /** Deletes a club with everything in it. */
    @Transactional
    public void delete(long clubId) {
        clubs.findForUpdate(clubId).orElseThrow(() -> new NoSuchEntryException("club", "#" + clubId));
        clubs.deleteClub(clubId);
    }
}
