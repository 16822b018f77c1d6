package io.wirestream.enrich.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopyrightYearTest {

    @Test
    void takesTheLastYearOfARangeAfterTheMark() {
        assertThat(CopyrightYear.latest(List.of("All rights reserved by Harbour Wire © 2009-2024"))).hasValue(2024);
        assertThat(CopyrightYear.latest(List.of("Copyright (c) 2019 North Sea Press"))).hasValue(2019);
        assertThat(CopyrightYear.latest(List.of("©2023 Fjord News – 2010"))).hasValue(2023);
    }

    @Test
    void latestOfSeveralNoticesAndNothingWithoutAMark() {
        assertThat(CopyrightYear.latest(Arrays.asList(null, "© 2021 A", "Copyright 2018–2022 B"))).hasValue(2022);
        assertThat(CopyrightYear.latest(List.of("In 2024 the agency was founded; all rights reserved."))).isEmpty();
        assertThat(CopyrightYear.latest(List.of("© 20245 is no year"))).isEmpty();
    }
}
