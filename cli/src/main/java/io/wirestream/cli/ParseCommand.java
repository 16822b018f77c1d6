package io.wirestream.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.publish.json.ArticleJson;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wirestream parse FILE...}: the ingest parsers only, no Kafka. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Parse wire files (no Kafka) and print them as JSON.", "",
                "One JSON object per parsed input: {input, format, articles:[...]}.",
                "A file that fails is one line on stderr; exit code 1 if any failed."})
final class ParseCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Wire files, or folders of them, to parse.")
    List<Path> files;

    @Mixin
    ParseOptions parsing;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ArticleJson json = new ArticleJson(parsing.indent(ParseOptions.stdoutIsTerminal()));
        OfflineIngest ingest = parsing.offlineIngest();
        int failures = 0;
        List<Path> inputs = OfflineIngest.expand(files);
        try (FileProgress progress = progress("parse", inputs.size())) {
            for (Path file : inputs) {
                OfflineIngest.Outcome outcome = ingest.parse(file);
                progress.file(outcome.articles().size(), outcome.failed());
                failures += print(json, file, outcome);
            }
        }
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().flush();
        return failures == 0 ? 0 : 1;
    }

    /** Progress on stderr (shown only for many files). */
    private FileProgress progress(String command, int inputs) {
        return FileProgress.forCommand(command, "rejected", inputs, spec.commandLine().getErr());
    }

    /** @return 1 if the file failed */
    private int print(ArticleJson json, Path file, OfflineIngest.Outcome outcome) {
        if (outcome.failed()) {
            spec.commandLine().getErr().println("wirestream parse: " + Texts.rejection(file.toString(), outcome.error()));
            return 1;
        }
        ObjectNode node = json.mapper().createObjectNode();
        node.put("input", file.toString());
        node.put("format", outcome.format());
        outcome.articles().forEach(article -> node.withArray("articles").add(json.tree(article)));
        spec.commandLine().getOut().println(json.write(node));
        return 0;
    }
}
