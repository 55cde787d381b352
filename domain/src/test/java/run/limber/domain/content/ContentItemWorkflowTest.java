package run.limber.domain.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import run.limber.domain.shared.ConflictException;
import run.limber.domain.shared.NotPermittedException;
import run.limber.domain.shared.Slug;

class ContentItemWorkflowTest {

    private static final Actor AUTHOR = new Actor(1L, "author@example.org");
    private static final Actor REVIEWER = new Actor(2L, "reviewer@example.org");
    private static final Instant NOW = Instant.parse("2026-11-02T08:00:00Z");
    private static final boolean REVIEW = true;

    /** Every workflow step from every state, with review required: the resulting status, or CONFLICT. */
    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource({
            "DRAFT,       edit,           DRAFT",
            "DRAFT,       submit,         IN_REVIEW",
            "DRAFT,       requestChanges, CONFLICT",
            "DRAFT,       publish,        CONFLICT",
            "DRAFT,       schedule,       CONFLICT",
            "DRAFT,       unpublish,      CONFLICT",
            "DRAFT,       archive,        ARCHIVED",
            "DRAFT,       restore,        DRAFT",
            "IN_REVIEW,   edit,           DRAFT",
            "IN_REVIEW,   submit,         CONFLICT",
            "IN_REVIEW,   requestChanges, DRAFT",
            "IN_REVIEW,   publish,        PUBLISHED",
            "IN_REVIEW,   schedule,       SCHEDULED",
            "IN_REVIEW,   unpublish,      CONFLICT",
            "IN_REVIEW,   archive,        ARCHIVED",
            "IN_REVIEW,   restore,        DRAFT",
            "SCHEDULED,   edit,           DRAFT",
            "SCHEDULED,   submit,         CONFLICT",
            "SCHEDULED,   requestChanges, DRAFT",
            "SCHEDULED,   publish,        PUBLISHED",
            "SCHEDULED,   schedule,       SCHEDULED",
            "SCHEDULED,   unpublish,      CONFLICT",
            "SCHEDULED,   archive,        ARCHIVED",
            "SCHEDULED,   restore,        DRAFT",
            "PUBLISHED,   edit,           DRAFT",
            "PUBLISHED,   submit,         CONFLICT",
            "PUBLISHED,   requestChanges, CONFLICT",
            "PUBLISHED,   publish,        CONFLICT",
            "PUBLISHED,   schedule,       CONFLICT",
            "PUBLISHED,   unpublish,      UNPUBLISHED",
            "PUBLISHED,   archive,        ARCHIVED",
            "PUBLISHED,   restore,        DRAFT",
            "UNPUBLISHED, edit,           DRAFT",
            "UNPUBLISHED, submit,         CONFLICT",
            "UNPUBLISHED, requestChanges, CONFLICT",
            "UNPUBLISHED, publish,        CONFLICT",
            "UNPUBLISHED, schedule,       CONFLICT",
            "UNPUBLISHED, unpublish,      CONFLICT",
            "UNPUBLISHED, archive,        ARCHIVED",
            "UNPUBLISHED, restore,        DRAFT",
            "ARCHIVED,    edit,           CONFLICT",
            "ARCHIVED,    submit,         CONFLICT",
            "ARCHIVED,    requestChanges, CONFLICT",
            "ARCHIVED,    publish,        CONFLICT",
            "ARCHIVED,    schedule,       CONFLICT",
            "ARCHIVED,    unpublish,      CONFLICT",
            "ARCHIVED,    archive,        CONFLICT",
            "ARCHIVED,    restore,        DRAFT",
    })
    void everyStepFromEveryState(ItemStatus state, String step, String expected) {
        var item = itemIn(state);
        long revisions = item.revisions().size();
        if (expected.equals("CONFLICT")) {
            assertThrows(ConflictException.class, () -> perform(item, step));
            assertEquals(state, item.status(), "a refused step changes nothing");
            assertEquals(revisions, item.revisions().size());
        } else {
            perform(item, step);
            assertEquals(ItemStatus.valueOf(expected), item.status());
        }
    }

    @Test
    void withReviewRequiredTheAuthorCannotPublishOrScheduleTheirOwnRevision() {
        var item = itemIn(ItemStatus.IN_REVIEW);
        assertThrows(NotPermittedException.class, () -> item.publish(AUTHOR, REVIEW, NOW));
        assertThrows(NotPermittedException.class, () -> item.schedule(AUTHOR, REVIEW, NOW.plusSeconds(60), NOW));
        assertEquals(ItemStatus.IN_REVIEW, item.status());
    }

    @Test
    void withoutReviewEditorsPublishTheirOwnDraftDirectly() {
        var item = newDraft();
        item.publish(AUTHOR, !REVIEW, NOW);
        assertEquals(ItemStatus.PUBLISHED, item.status());
        assertEquals(1, item.published().orElseThrow().number());
    }

    @Test
    void theSystemNeverCountsAsTheAuthor() {
        var item = new ContentItem(ContentKind.NOTE, new Slug("seeded"), "Seeded", body(1), Actor.system("Limber team"),
                null, NOW);
        item.submit(NOW);
        item.publish(Actor.system("Limber team"), REVIEW, NOW);
        assertEquals(ItemStatus.PUBLISHED, item.status());
    }

    @Test
    void publishingMakesAnImmutablePublishedRevisionAndClosesTheDraft() {
        var item = itemIn(ItemStatus.PUBLISHED);
        var published = item.published().orElseThrow();
        assertEquals(RevisionStatus.PUBLISHED, published.status());
        assertEquals(NOW, published.publishedAt());
        assertEquals(published, item.workingCopy());
        assertThrows(IllegalStateException.class, () -> published.revise("x", body(9), null, NOW));
    }

    @Test
    void editingPublishedContentWorksOnANewDraftWhileRunnersKeepThePublishedOne() {
        var item = itemIn(ItemStatus.PUBLISHED);
        var draft = item.edit("Better", body(2), AUTHOR, "Clearer steps", NOW);
        assertEquals(2, draft.number());
        assertEquals(ItemStatus.DRAFT, item.status());
        assertEquals(1, item.published().orElseThrow().number());
        assertEquals(body(1), item.published().orElseThrow().body());
        assertEquals("Better", item.title());
    }

    @Test
    void theAuthorSavesIntoTheirDraftAndAnotherEditorStartsTheirOwnRevision() {
        var item = newDraft();
        item.edit("Second try", body(2), AUTHOR, null, NOW);
        assertEquals(1, item.revisions().size());
        assertEquals(body(2), item.workingCopy().body());

        item.edit("Reviewer's fix", body(3), REVIEWER, "Typo", NOW);
        assertEquals(List.of(RevisionStatus.SUPERSEDED, RevisionStatus.DRAFT),
                item.revisions().stream().map(ContentRevision::status).toList());
        assertEquals("reviewer@example.org", item.workingCopy().author());
    }

    @Test
    void savingARevisionInReviewSendsItBackToDraft() {
        var item = itemIn(ItemStatus.SCHEDULED);
        item.edit("Changed after approval", body(5), AUTHOR, null, NOW);
        assertEquals(ItemStatus.DRAFT, item.status());
        assertTrue(item.scheduledAt().isEmpty(), "the approval was for other content");
    }

    @Test
    void requestingChangesLeavesTheCommentForTheAuthor() {
        var item = itemIn(ItemStatus.IN_REVIEW);
        item.requestChanges("Step 3 needs the foot angle", NOW);
        assertEquals("Step 3 needs the foot angle", item.workingCopy().reviewComment());
        assertEquals(RevisionStatus.DRAFT, item.workingCopy().status());
    }

    @Test
    void aScheduledRevisionIsPublishedOnlyOnceItsTimeHasCome() {
        var item = itemIn(ItemStatus.IN_REVIEW);
        Instant at = NOW.plus(Duration.ofHours(1));
        item.schedule(REVIEWER, REVIEW, at, NOW);
        assertEquals(REVIEWER, item.scheduledBy().orElseThrow());

        assertFalse(item.publishIfDue(at.minusSeconds(1)));
        assertTrue(item.publishIfDue(at));
        assertEquals(ItemStatus.PUBLISHED, item.status());
        assertFalse(item.publishIfDue(at.plusSeconds(1)), "published once");
        assertTrue(item.scheduledAt().isEmpty());
    }

    @Test
    void unpublishingKeepsAnOpenDraft() {
        var item = itemIn(ItemStatus.PUBLISHED);
        item.edit("Next", body(2), AUTHOR, null, NOW);
        item.unpublish(NOW);
        assertTrue(item.published().isEmpty());
        assertEquals(ItemStatus.DRAFT, item.status());
    }

    @Test
    void restoringCopiesAnOldRevisionIntoANewDraftAndSupersedesTheOpenOne() {
        var item = itemIn(ItemStatus.PUBLISHED);
        item.edit("Second", body(2), AUTHOR, null, NOW);
        var restored = item.restore(1, REVIEWER, NOW);
        assertEquals(3, restored.number());
        assertEquals(body(1), restored.body());
        assertEquals("Restored revision 1", restored.summary());
        assertEquals(RevisionStatus.SUPERSEDED, item.revision(2).status());
        assertEquals(ItemStatus.DRAFT, item.status());
    }

    @Test
    void archivingHidesTheItemAndClosesItsDraft() {
        var item = itemIn(ItemStatus.PUBLISHED);
        item.edit("Next", body(2), AUTHOR, null, NOW);
        item.archive(NOW);
        assertTrue(item.published().isEmpty());
        assertEquals(RevisionStatus.SUPERSEDED, item.revision(2).status());
        assertEquals(ItemStatus.ARCHIVED, item.status());
    }

    private static ContentItem itemIn(ItemStatus state) {
        var item = newDraft();
        switch (state) {
            case DRAFT -> {
            }
            case IN_REVIEW -> item.submit(NOW);
            case SCHEDULED -> {
                item.submit(NOW);
                item.schedule(REVIEWER, REVIEW, NOW.plusSeconds(3600), NOW);
            }
            case PUBLISHED -> publish(item);
            case UNPUBLISHED -> {
                publish(item);
                item.unpublish(NOW);
            }
            case ARCHIVED -> item.archive(NOW);
        }
        assertEquals(state, item.status());
        return item;
    }

    private static void publish(ContentItem item) {
        item.submit(NOW);
        item.publish(REVIEWER, REVIEW, NOW);
    }

    private static void perform(ContentItem item, String step) {
        switch (step) {
            case "edit" -> item.edit("Edited", body(2), AUTHOR, null, NOW);
            case "submit" -> item.submit(NOW);
            case "requestChanges" -> item.requestChanges("Please clarify", NOW);
            case "publish" -> item.publish(REVIEWER, REVIEW, NOW);
            case "schedule" -> item.schedule(REVIEWER, REVIEW, NOW.plusSeconds(60), NOW);
            case "unpublish" -> item.unpublish(NOW);
            case "archive" -> item.archive(NOW);
            case "restore" -> item.restore(1, AUTHOR, NOW);
            default -> throw new IllegalArgumentException(step);
        }
    }

    private static ContentItem newDraft() {
        return new ContentItem(ContentKind.DRILL, new Slug("knee-circles"), "Knee circles", body(1), AUTHOR, "First",
                NOW);
    }

    private static JsonNode body(int version) {
        return JsonNodeFactory.instance.objectNode().put("version", version);
    }
}
