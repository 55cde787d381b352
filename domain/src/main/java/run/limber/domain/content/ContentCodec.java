package run.limber.domain.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/** Converts a revision's JSON body to the typed content record of its kind and back. */
@ApplicationScoped
public class ContentCodec {

    private final ObjectMapper mapper;

    ContentCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public <T> T read(JsonNode body, Class<T> type) {
        try {
            return mapper.treeToValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    public JsonNode write(Object content) {
        return mapper.valueToTree(content);
    }
}
