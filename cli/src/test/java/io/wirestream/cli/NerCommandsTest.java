package io.wirestream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** train-ner and eval-ner on invented CoNLL-2003-style data, run through picocli. */
class NerCommandsTest {

    private static final String DATA = """
            -DOCSTART- -X- O O

            Marta NNP I-NP I-PER
            Kvist NNP I-NP I-PER
            visited VBD I-VP O
            Bergen NNP I-NP I-LOC
            for IN I-PP O
            NORFISH NNP I-NP I-ORG
            . . O O

            Norwegian JJ I-NP I-MISC
            prices NNS I-NP O
            rose VBD I-VP O
            . . O O

            """;

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = WirestreamCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void trainsAModelThatEvalNerScoresWithOneLinePerTypeEndingInF1() throws IOException {
        Path data = Files.writeString(dir.resolve("toy.conll"), DATA);
        Path model = dir.resolve("toy.bin.gz");
        Path predictions = dir.resolve("toy.pred");

        Run train = run("train-ner", "--train", data.toString(), "--out", model.toString(), "--epochs", "3",
                "--hash-bits", "12");
        Run eval = run("eval-ner", data.toString(), "--model", model.toString(), "--output", predictions.toString());

        assertThat(train.exitCode()).as(train.err()).isZero();
        assertThat(model).isNotEmptyFile();
        assertThat(eval.exitCode()).as(eval.err()).isZero();
        List<String> lines = eval.out().lines().toList();
        assertThat(lines).extracting(l -> l.split("\\s+")[0]).containsExactly("PER", "ORG", "LOC", "MISC", "overall");
        assertThat(lines).allSatisfy(l -> assertThat(Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .isBetween(0.0, 1.0));
        List<String> written = Files.readAllLines(predictions);
        assertThat(written).hasSize((int) DATA.lines().count());
        assertThat(written.get(2)).startsWith("Marta NNP I-NP I-PER ").matches(".* (O|[BI]-(PER|ORG|LOC|MISC))");
    }

    @Test
    void evalNerFailsInOneLineOnAMissingFile() {
        Run eval = run("eval-ner", dir.resolve("missing.conll").toString());

        assertThat(eval.exitCode()).isEqualTo(1);
        assertThat(eval.err()).startsWith("wirestream eval-ner: ");
    }
}
