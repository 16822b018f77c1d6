package io.wirestream.cli;

import io.wirestream.pipeline.ConfigReference;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code wirestream config}: every setting with its default and meaning, as a Markdown table. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = {"Print every setting (for --config files) with its default and meaning."})
final class ConfigCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(ConfigReference.markdown());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
