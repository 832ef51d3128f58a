package org.passerelle.ui.manage.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class BarChartTest {

    private final String svg = BarChart.svg("Par axe <EUR>", List.of("Culture", "Jeunes & mobilité"), List.of(
            new BarChart.Series("Demandé", "#1f5fb8", List.of(new BigDecimal("2000"), new BigDecimal("500"))),
            new BarChart.Series("Accordé", "#c8203a", List.of(new BigDecimal("1000"), BigDecimal.ZERO))));

    @Test
    void draws_well_formed_svg_with_one_bar_per_value_and_a_legend() throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));

        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(document.getElementsByTagName("rect").getLength()).as("4 bars + 2 legend keys").isEqualTo(6);
        assertThat(svg).contains("Jeunes &amp; mobilité", "Par axe &lt;EUR&gt;", "2k");
    }

    @Test
    void scales_the_tallest_bar_to_the_plot_height() {
        assertThat(svg).contains("height='190.0'").contains("height='95.0'");
    }

    @Test
    void serves_as_a_data_url_for_an_image() {
        String url = BarChart.dataUrl(svg);

        assertThat(url).startsWith("data:image/svg+xml;base64,");
        assertThat(new String(Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1)), StandardCharsets.UTF_8))
                .isEqualTo(svg);
    }
}
