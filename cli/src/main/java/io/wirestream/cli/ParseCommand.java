package io.wirestream.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.publish.json.ArticleJson;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wirestream parse FILE...}: the ingest parsers only, no Kafka. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Parse wire files (no Kafka) and print them as JSON.", "",
                "One JSON object per input: {input, format, articles:[...]} or {input, format, error}.",
                "Exit code 1 if any input failed."})
final class ParseCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Wire files to parse.")
    List<Path> files;

    @Mixin
    ParseOptions parsing;

    @Option(names = "--pretty", description = "Indent the JSON.")
    boolean pretty;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ArticleJson json = new ArticleJson(pretty);
        OfflineIngest ingest = parsing.offlineIngest();
        int failures = 0;
        for (Path file : files) {
            OfflineIngest.Outcome outcome = ingest.parse(file);
            ObjectNode node = json.mapper().createObjectNode();
            node.put("input", file.toString());
            node.put("format", outcome.format());
            if (outcome.failed()) {
                failures++;
                node.put("error", outcome.error());
            } else {
                outcome.articles().forEach(article -> node.withArray("articles").add(json.tree(article)));
            }
            spec.commandLine().getOut().println(json.write(node));
        }
        spec.commandLine().getOut().flush();
        return failures == 0 ? 0 : 1;
    }
}
