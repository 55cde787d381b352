package run.limber.domain.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ActorTest {

    private static final Actor EDITOR = new Actor(7L, "editor@example.org");
    private static final boolean REVIEW = true;

    @Test
    void withReviewRequiredNobodyApprovesTheirOwnRevision() {
        assertFalse(EDITOR.mayApprove(7L, REVIEW));
        assertTrue(EDITOR.mayApprove(8L, REVIEW));
    }

    @Test
    void theRuleGoesByAccountIdSoTheSameEmailUnderAnotherAccountIsSomeoneElse() {
        assertTrue(new Actor(8L, "editor@example.org").mayApprove(7L, REVIEW));
    }

    @Test
    void withoutReviewEditorsApproveTheirOwn() {
        assertTrue(EDITOR.mayApprove(7L, !REVIEW));
    }

    @Test
    void theSeedsRevisionsHaveNoAuthorAccountAndAnyoneMayApproveThem() {
        assertTrue(EDITOR.mayApprove(null, REVIEW));
        assertTrue(Actor.system("Limber team").mayApprove(null, REVIEW));
    }
}
