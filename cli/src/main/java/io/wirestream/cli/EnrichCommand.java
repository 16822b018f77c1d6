package io.wirestream.cli;

import io.wirestream.enrich.Enricher;
import io.wirestream.publish.json.ArticleJson;
import io.wirestream.schemas.ChangeKind;
import io.wirestream.schemas.PubStatus;
import io.wirestream.schemas.RawArticle;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wirestream enrich FILE...}: parsing and enrichment, no Kafka. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = {"Parse and enrich wire files (no Kafka) and print the enriched JSON.", "",
                "Each story's document is the one the news.enriched.json.v1 topic carries.",
                "A file that fails is one line on stderr; exit code 1 if any failed."})
final class EnrichCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Wire files, or folders of them, to enrich.")
    List<Path> files;

    @Mixin
    ParseOptions parsing;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ArticleJson json = new ArticleJson(parsing.indent(ParseOptions.stdoutIsTerminal()));
        Enricher enricher = Enricher.standard(Clock.systemUTC());
        OfflineIngest ingest = parsing.offlineIngest();
        PrintWriter out = spec.commandLine().getOut();
        int failures = 0;
        List<Path> inputs = OfflineIngest.expand(files);
        try (FileProgress progress = FileProgress.forCommand("enrich", "rejected", inputs.size(),
                spec.commandLine().getErr())) {
            for (Path file : inputs) {
                OfflineIngest.Outcome outcome = ingest.parse(file);
                if (outcome.failed()) {
                    failures++;
                    spec.commandLine().getErr().println("wirestream enrich: "
                            + Texts.rejection(file.toString(), outcome.error()));
                }
                for (RawArticle article : outcome.articles()) {
                    // Offline there is no version history: each story is new unless it says it is a kill.
                    ChangeKind change = article.getPubStatus() == PubStatus.CANCELED ? ChangeKind.KILL : ChangeKind.NEW;
                    out.println(json.render(enricher.enrich(article, change)));
                }
                progress.file(outcome.articles().size(), outcome.failed());
            }
        }
        out.flush();
        spec.commandLine().getErr().flush();
        return failures == 0 ? 0 : 1;
    }
}
