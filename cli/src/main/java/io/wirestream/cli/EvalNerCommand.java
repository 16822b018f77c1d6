package io.wirestream.cli;

import io.wirestream.enrich.ner.LinkingNameFinder;
import io.wirestream.enrich.ner.PlaceGazetteer;
import io.wirestream.enrich.ner.eval.ConllEvaluator;
import io.wirestream.enrich.ner.eval.NerEvaluation;
import io.wirestream.enrich.ner.perceptron.PerceptronModel;
import io.wirestream.enrich.ner.perceptron.PerceptronNameFinder;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wirestream eval-ner FILE}: scores the entity tagger on CoNLL-2003 data. */
@Command(name = "eval-ner", mixinStandardHelpOptions = true,
        description = {"Score the entity tagger on CoNLL-2003 data, as conlleval does.", "",
                "Document mode, exact span and type. Prints one line per type (PER, ORG, LOC,",
                "MISC) and an overall line, each starting with the name and ending with F1."})
final class EvalNerCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "CoNLL-2003 data (e.g. eng.testa).")
    Path file;

    @Option(names = "--output", paramLabel = "PRED",
            description = "Write the input lines with the predicted tag appended as a last column.")
    Path output;

    @Option(names = "--model", paramLabel = "MODEL", description = "Model file (default: the shipped model).")
    Path model;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PlaceGazetteer places = PlaceGazetteer.bundled();
        PerceptronNameFinder finder;
        if (model == null) {
            finder = new PerceptronNameFinder();
        } else {
            try (InputStream in = Files.newInputStream(model)) {
                finder = new PerceptronNameFinder(PerceptronModel.read(in), places);
            }
        }
        // Scored as the enricher runs it: the model, then acronym joining, surname linking, consistency.
        NerEvaluation evaluation = new NerEvaluation(new LinkingNameFinder(finder, places));
        ConllEvaluator.Report report;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (output == null) {
                report = evaluation.evaluate(in, null);
            } else {
                try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                    report = evaluation.evaluate(in, out);
                }
            }
        }
        spec.commandLine().getOut().println(NerEvaluation.format(report));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
