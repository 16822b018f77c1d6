package io.wirestream.publish.json;

import io.wirestream.schemas.EnrichedArticle;
import java.util.Objects;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/** Processor that renders each enriched story as one line of JSON; a null stays a tombstone. */
public final class JsonRenderer implements Processor<String, EnrichedArticle, String, String> {

    private final ArticleJson json;
    private ProcessorContext<String, String> context;

    public JsonRenderer(ArticleJson json) {
        this.json = Objects.requireNonNull(json, "json");
    }

    @Override
    public void init(ProcessorContext<String, String> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        context.forward(record.withValue(record.value() == null ? null : json.render(record.value())));
    }
}
