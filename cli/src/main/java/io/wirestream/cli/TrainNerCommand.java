package io.wirestream.cli;

import io.wirestream.enrich.ner.eval.NerEvaluation;
import io.wirestream.enrich.ner.perceptron.PerceptronTrainer;
import io.wirestream.enrich.ner.train.NerTrainer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wirestream train-ner}: trains the entity tagger's model from CoNLL-2003 files. */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = {"Train the entity tagger on CoNLL-2003 data and write the model.", "",
                "An averaged perceptron over BILOU tags.",
                "Deterministic for a given seed. The shipped model was made with the",
                "defaults; see",
                "enrich/src/main/resources/io/wirestream/enrich/ner/model/README.md."})
final class TrainNerCommand implements Callable<Integer> {

    @Option(names = "--train", required = true, paramLabel = "FILE", description = "Training data (eng.train).")
    Path train;

    @Option(names = "--dev", paramLabel = "FILE", description = "Development data to score after training (eng.testa).")
    Path dev;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Model file to write (.bin.gz).")
    Path out;

    @Option(names = "--epochs", defaultValue = "10", description = "Passes over the data (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--seed", defaultValue = "42", description = "Shuffle seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--hash-bits", defaultValue = "21",
            description = "log2 of the feature hash buckets (default: ${DEFAULT-VALUE}).")
    int hashBits;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        NerTrainer.Result result = new NerTrainer().train(train, dev,
                new PerceptronTrainer.Options(epochs, seed, hashBits), line -> {
                    err.println(line);
                    err.flush();
                });
        NerTrainer.write(result.model(), out);
        stdout.printf("wrote %s (%d bytes) in %.1f s%n", out, Files.size(out), result.trainTime().toMillis() / 1000.0);
        result.dev().ifPresent(report -> stdout.println(NerEvaluation.format(report)));
        stdout.flush();
        return 0;
    }
}
