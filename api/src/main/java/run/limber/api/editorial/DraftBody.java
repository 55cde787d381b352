package run.limber.api.editorial;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an editor sends to create or save an item: the kind's content fields, as GET returns them, and an optional
 * change summary. It is read as a JSON tree ({@link #json}), so the content checks name each field by its JSON path
 * and the read-only fields GET adds are ignored; {@code content} and {@code changeSummary} only give the OpenAPI
 * document the real shape of each kind ({@code T} is DrillContent, RoutineContent or NoteContent).
 */
public record DraftBody<T>(@JsonUnwrapped T content,
                           @Schema(description = "What changed, for the history") String changeSummary,
                           @JsonIgnore @Schema(hidden = true) JsonNode json) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static <T> DraftBody<T> of(JsonNode json) {
        var summary = json == null ? null : json.get("changeSummary");
        boolean given = summary != null && summary.isTextual() && !summary.asText().isBlank();
        return new DraftBody<>(null, given ? summary.asText().strip() : null, json);
    }
}
